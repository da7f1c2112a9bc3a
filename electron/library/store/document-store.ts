// Documents with their paragraphs and events in SQLite. Writing a document replaces all of its
// rows in ONE transaction, so a crash leaves either the old version or the new one, never half.
import type { DctSource, Document, DocumentFormat, DocumentSummary, Event } from '../../shared/model';
import { dateKey } from './date-key';
import type { Db } from './open-store';

/** What the store remembers about a file, to decide whether it must be read again. */
export interface StoredFile {
  readonly id: string;
  readonly path: string;
  readonly contentHash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly userDct: string | null;
}

interface DocumentRow {
  id: string;
  path: string;
  title: string;
  format: DocumentFormat;
  dct: string | null;
  dct_source: DctSource | null;
  extracted_dct: string | null;
  extracted_dct_source: DctSource | null;
  user_dct: string | null;
  content_hash: string;
  paragraph_count: number;
  event_count: number;
  size: number;
  mtime_ms: number;
}

const toSummary = (r: DocumentRow): DocumentSummary => ({
  id: r.id,
  path: r.path,
  title: r.title,
  format: r.format,
  dct: r.dct,
  dctSource: r.dct_source,
  contentHash: r.content_hash,
  paragraphCount: r.paragraph_count,
  eventCount: r.event_count,
});

const toStoredFile = (r: DocumentRow): StoredFile => ({ id: r.id, path: r.path, contentHash: r.content_hash, size: r.size, mtimeMs: r.mtime_ms, userDct: r.user_dct });

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

export interface DocumentStore {
  /** Replaces a document and its rows in one transaction. `extracted` is the date the file itself gave. */
  put(doc: Document, events: readonly Event[], stamp: FileStamp, extracted: { dct: string | null; dctSource: DctSource | null }, userDct: string | null): void;
  remove(ids: readonly string[]): void;
  findByPath(p: string): StoredFile | null;
  touch(id: string, stamp: FileStamp): void;
  list(): DocumentSummary[];
  get(id: string): Document | null;
  extractedDate(id: string): { dct: string | null; dctSource: DctSource | null } | null;
  stamp(id: string): (FileStamp & { userDct: string | null }) | null;
  idsUnder(folder: string, sep: string): string[];
  allFiles(): StoredFile[];
  isEmpty(): boolean;
}

export function createDocumentStore(db: Db): DocumentStore {
  const q = {
    insertDoc: db.prepare(`INSERT INTO documents (id, path, title, format, dct, dct_source, extracted_dct, extracted_dct_source, user_dct,
      content_hash, paragraph_count, event_count, size, mtime_ms, ingested_at)
      VALUES (@id, @path, @title, @format, @dct, @dct_source, @extracted_dct, @extracted_dct_source, @user_dct,
      @content_hash, @paragraph_count, @event_count, @size, @mtime_ms, @ingested_at)`),
    insertParagraph: db.prepare('INSERT INTO paragraphs (document_id, idx, text) VALUES (?, ?, ?)'),
    insertEvent: db.prepare(`INSERT INTO events (id, document_id, paragraph, start_key, end_key, granularity, label, sentence_text, json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteEvents: db.prepare('DELETE FROM events WHERE document_id = ?'),
    deleteParagraphs: db.prepare('DELETE FROM paragraphs WHERE document_id = ?'),
    deleteDoc: db.prepare('DELETE FROM documents WHERE id = ?'),
    byPath: db.prepare('SELECT * FROM documents WHERE path = ?'),
    byId: db.prepare('SELECT * FROM documents WHERE id = ?'),
    all: db.prepare('SELECT * FROM documents ORDER BY dct IS NULL, dct, title'),
    paragraphs: db.prepare('SELECT text FROM paragraphs WHERE document_id = ? ORDER BY idx').pluck(),
    under: db.prepare("SELECT id FROM documents WHERE path = @folder OR substr(path, 1, length(@prefix)) = @prefix").pluck(),
    touch: db.prepare('UPDATE documents SET size = ?, mtime_ms = ? WHERE id = ?'),
    any: db.prepare('SELECT 1 FROM documents LIMIT 1').pluck(),
    setUserDct: db.prepare('UPDATE documents SET user_dct = ? WHERE id = ?'),
  };

  const removeRows = (id: string) => {
    q.deleteEvents.run(id);
    q.deleteParagraphs.run(id);
    q.deleteDoc.run(id);
  };

  /** Replaces a document and its events. `extracted` is the date the file gave (before a user date). */
  const put = db.transaction((doc: Document, events: readonly Event[], stamp: FileStamp, extracted: { dct: string | null; dctSource: DctSource | null }, userDct: string | null) => {
    removeRows(doc.id);
    q.insertDoc.run({
      id: doc.id,
      path: doc.path,
      title: doc.title,
      format: doc.format,
      dct: doc.dct,
      dct_source: doc.dctSource,
      extracted_dct: extracted.dct,
      extracted_dct_source: extracted.dctSource,
      user_dct: userDct,
      content_hash: doc.contentHash,
      paragraph_count: doc.paragraphs.length,
      event_count: events.length,
      size: stamp.size,
      mtime_ms: stamp.mtimeMs,
      ingested_at: new Date().toISOString(),
    });
    doc.paragraphs.forEach((text, i) => q.insertParagraph.run(doc.id, i, text));
    for (const e of events) {
      const sentence = doc.paragraphs[e.paragraph]?.slice(e.sentence.start, e.sentence.end) ?? '';
      q.insertEvent.run(e.id, doc.id, e.paragraph, dateKey(e.date.start), dateKey(e.date.end), e.date.granularity, e.label, sentence, JSON.stringify(e));
    }
  });

  const getRow = (id: string) => q.byId.get(id) as DocumentRow | undefined;

  return {
    put,
    remove: db.transaction((ids: readonly string[]) => {
      for (const id of ids) removeRows(id);
    }),
    findByPath: (p: string): StoredFile | null => {
      const row = q.byPath.get(p) as DocumentRow | undefined;
      return row ? toStoredFile(row) : null;
    },
    touch: (id: string, stamp: FileStamp) => void q.touch.run(stamp.size, stamp.mtimeMs, id),
    list: (): DocumentSummary[] => (q.all.all() as DocumentRow[]).map(toSummary),
    get: (id: string): Document | null => {
      const row = getRow(id);
      if (!row) return null;
      const { paragraphCount: _p, eventCount: _e, ...rest } = toSummary(row);
      return { ...rest, paragraphs: q.paragraphs.all(id) as string[] };
    },
    /** The date the file itself gave, for re-extraction under a user date. */
    extractedDate: (id: string): { dct: string | null; dctSource: DctSource | null } | null => {
      const row = getRow(id);
      return row ? { dct: row.extracted_dct, dctSource: row.extracted_dct_source } : null;
    },
    stamp: (id: string): (FileStamp & { userDct: string | null }) | null => {
      const row = getRow(id);
      return row ? { size: row.size, mtimeMs: row.mtime_ms, userDct: row.user_dct } : null;
    },
    idsUnder: (folder: string, sep: string): string[] => q.under.all({ folder, prefix: folder.endsWith(sep) ? folder : folder + sep }) as string[],
    allFiles: (): StoredFile[] => (q.all.all() as DocumentRow[]).map(toStoredFile),
    isEmpty: (): boolean => q.any.get() === undefined,
  };
}
