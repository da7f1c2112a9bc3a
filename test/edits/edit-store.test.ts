// The store of edits on a real SQLite file: records come back as written, replaceAll is all or
// nothing, and a damaged row is an error rather than an edit silently lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/library/store/open-store';
import { createEditStore } from '../../electron/library/edits/edit-store';
import type { EditRecord } from '../../electron/core/edits/edit-record';

const dbs: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  dbs.splice(0).forEach((d) => d.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
function open(): { db: Db; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'eventline-store-'));
  dirs.push(dir);
  const file = path.join(dir, 'lib.sqlite');
  const db = openDatabase(file);
  dbs.push(db);
  return { db, file };
}

const record = (id: string, extra: Partial<EditRecord> = {}): EditRecord => ({
  id, kind: 'extracted', anchor: { documentPath: '/a.txt', contentHash: 'h', paragraph: 0, start: 0, end: 4, text: '1998', context: '1998 was a year.' },
  updatedAt: `2026-01-0${id.length}T00:00:00Z`, ...extra,
});

describe('edit store', () => {
  it('keeps records across reopening', () => {
    const { db, file } = open();
    const store = createEditStore(db);
    store.put(record('a', { note: 'n', tags: ['x'] }));
    store.put(record('a', { note: 'changed' }));
    store.put(record('bb', { hidden: true }));
    db.close();
    dbs.pop();
    const again = openDatabase(file);
    dbs.push(again);
    const reopened = createEditStore(again);
    expect(reopened.all()).toEqual([record('a', { note: 'changed' }), record('bb', { hidden: true })]);
    expect(reopened.get('bb')?.hidden).toBe(true);
    expect(reopened.count()).toBe(2);
  });

  it('replaces everything in one transaction, or nothing when a record is invalid', () => {
    const store = createEditStore(open().db);
    store.put(record('a'));
    const broken = { ...record('c'), anchor: { ...record('c').anchor, text: '' } };
    expect(() => store.replaceAll([record('b'), broken])).toThrow();
    expect(store.all().map((r) => r.id)).toEqual(['a']);
    store.replaceAll([record('b')]);
    expect(store.all().map((r) => r.id)).toEqual(['b']);
  });

  it('reports a damaged row instead of skipping it', () => {
    const { db } = open();
    db.prepare('INSERT INTO user_edits (id, document_path, json, updated_at) VALUES (?, ?, ?, ?)').run('z', '/a.txt', '{"id":"z"}', 'x');
    expect(() => createEditStore(db).all()).toThrow(/damaged/);
  });
});
