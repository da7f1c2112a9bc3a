// The user's edits in the library database, one row per edit record, apart from the extraction
// tables (re-ingesting a document rewrites those and never touches these). Rows are validated on the
// way out: a damaged row is an error, never silently skipped.
import type { Db } from '../store/open-store';
import { editRecordSchema, type EditRecord } from '../../core/edits/edit-record';

// The table is created by the library's migration list (store/migrations.ts, 'user edits').

export interface EditStore {
  all(): EditRecord[];
  get(id: string): EditRecord | null;
  put(record: EditRecord): void;
  remove(id: string): void;
  /** Replaces every edit at once (opening a project), in one transaction. */
  replaceAll(records: readonly EditRecord[]): void;
  count(): number;
}

function parseRow(json: string): EditRecord {
  const parsed = editRecordSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`a stored edit is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

export function createEditStore(db: Db): EditStore {
  const all = db.prepare('SELECT json FROM user_edits ORDER BY updated_at, id').pluck();
  const get = db.prepare('SELECT json FROM user_edits WHERE id = ?').pluck();
  const put = db.prepare(`INSERT INTO user_edits (id, document_path, json, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET document_path = excluded.document_path, json = excluded.json, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM user_edits WHERE id = ?');
  const clear = db.prepare('DELETE FROM user_edits');
  const count = db.prepare('SELECT count(*) FROM user_edits').pluck();
  const write = (record: EditRecord) => {
    const valid = editRecordSchema.parse(record);
    put.run(valid.id, valid.anchor.documentPath, JSON.stringify(valid), valid.updatedAt ?? new Date().toISOString());
  };
  const replaceAll = db.transaction((records: readonly EditRecord[]) => {
    clear.run();
    records.forEach(write);
  });
  return {
    all: () => (all.all() as string[]).map(parseRow),
    get: (id) => {
      const json = get.get(id) as string | undefined;
      return json === undefined ? null : parseRow(json);
    },
    put: write,
    remove: (id) => void remove.run(id),
    replaceAll: (records) => replaceAll(records),
    count: () => count.get() as number,
  };
}
