// The library on a real SQLite file: what is remembered across reopening, what is skipped, what
// is re-extracted, and how events are found.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryService, type Library } from '../../electron/library/service';
import { createDocumentStore } from '../../electron/library/store/document-store';
import { MIGRATIONS } from '../../electron/library/store/migrations';
import { openDatabase } from '../../electron/library/store/open-store';
import { removeTempDirs, tempDir } from './helpers';

let dir = '';
let docs = '';
let dbPath = '';
let lib: Library;
const open = () => createLibraryService({ dbPath, watch: false });

beforeEach(() => {
  dir = tempDir();
  docs = path.join(dir, 'docs');
  dbPath = path.join(dir, 'library.sqlite');
  mkdirSync(docs);
  lib = open();
});
afterEach(() => {
  lib.close();
  removeTempDirs();
});

const write = (name: string, text: string, mtime?: Date) => {
  const p = path.join(docs, name);
  writeFileSync(p, text);
  if (mtime) utimesSync(p, mtime, mtime);
  return p;
};

describe('ingest into the store', () => {
  it('remembers documents and events after reopening', async () => {
    write('a.txt', 'date 2024-10-04 Talks began on Friday.\nA treaty was signed in 1998.');
    const summary = await lib.addPaths({ paths: [docs] });
    expect(summary).toMatchObject({ added: 1, updated: 0, unchanged: 0, errors: [], cancelled: false });
    const events = lib.listEvents({});
    expect(events.length).toBeGreaterThanOrEqual(2);
    lib.close();
    lib = open();
    expect(lib.isEmpty()).toBe(false);
    expect(lib.listDocuments({})).toMatchObject([{ dct: '2024-10-04', dctSource: 'header', paragraphCount: 2, eventCount: events.length }]);
    expect(lib.listEvents({})).toEqual(events);
    expect(lib.listFolders({})).toEqual([docs]);
    expect(lib.getDocument({ id: events[0]!.documentId })?.paragraphs).toEqual(['Talks began on Friday.', 'A treaty was signed in 1998.']);
  });

  it('does no work for an unchanged file, even when touched', async () => {
    const p = write('a.txt', 'In 1998 it began.');
    await lib.addPaths({ paths: [p] });
    expect(await lib.addPaths({ paths: [p] })).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    utimesSync(p, new Date(), new Date(Date.now() + 5000)); // same bytes, new time: the hash decides
    expect(await lib.addPaths({ paths: [p] })).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it('re-extracts a changed file, keeping the ids of events in unchanged paragraphs', async () => {
    const p = write('a.txt', 'A treaty was signed in 1998.\nThe war ended in 1945.');
    await lib.addPaths({ paths: [p] });
    const before = lib.listEvents({});
    const kept = before.find((e) => e.timex.text === '1945')!;
    write('a.txt', 'A new first line about 2010.\nA treaty was signed in 1998.\nThe war ended in 1945.');
    expect(await lib.addPaths({ paths: [p] })).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const after = lib.listEvents({});
    expect(after.map((e) => e.timex.text).sort()).toEqual(['1945', '1998', '2010']);
    expect(after.find((e) => e.timex.text === '1945')).toMatchObject({ id: kept.id, paragraph: 2 });
    expect(lib.listDocuments({})).toHaveLength(1);
  });

  it('drops files that left an added folder when it is added again', async () => {
    write('a.txt', 'In 1998 it began.');
    const gone = write('b.txt', 'In 2003 it ended.');
    await lib.addPaths({ paths: [docs] });
    rmSync(gone);
    await lib.addPaths({ paths: [docs] });
    expect(lib.listDocuments({}).map((d) => path.basename(d.path))).toEqual(['a.txt']);
  });

  it('writes a document in one transaction: a failure midway leaves the previous version whole', async () => {
    write('a.txt', 'A treaty was signed in 1998.\nThe war ended in 1945.');
    await lib.addPaths({ paths: [docs] });
    const doc = lib.getDocument({ id: lib.listDocuments({})[0]!.id })!;
    const events = lib.listEvents({});
    lib.close();
    const db = openDatabase(dbPath);
    const store = createDocumentStore(db);
    const broken = { ...events[1]!, id: 'broken', date: { ...events[1]!.date, start: 'not a date' } };
    const changed = { ...doc, paragraphs: ['New text in 2020.', ...doc.paragraphs] };
    // The document row and its paragraphs go in first; the bad event fails after them.
    expect(() => store.put(changed, [events[0]!, broken], { size: 1, mtimeMs: 1 }, { dct: null, dctSource: null }, null)).toThrow(/not an ISO date/);
    expect(store.get(doc.id)).toEqual(doc);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(events.length);
    db.close();
    lib = open();
    expect(lib.listEvents({})).toEqual(events);
  });

  it('records the schema version and keeps the database sound', async () => {
    write('a.txt', 'In 1998 it began.');
    await lib.addPaths({ paths: [docs] });
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('listEvents', () => {
  beforeEach(async () => {
    write('a.txt', 'date 2024-10-04 Sanctions were imposed in 1999.\nThe forum opened in March 2024 in Moscow.');
    write('b.txt', 'date 2020-01-01 The museum burned in 1850.\nIn the 1990s, visitors returned.');
    await lib.addPaths({ paths: [docs] });
  });

  const texts = (query: Parameters<Library['listEvents']>[0]['query']) => lib.listEvents({ query }).map((e) => e.timex.text);

  it('orders events by date', () => {
    const starts = lib.listEvents({}).map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('filters by overlap with [from, to]', () => {
    expect(texts({ from: '1995-01-01', to: '1999-06-30' })).toEqual(expect.arrayContaining(['1999']));
    expect(texts({ from: '1995-01-01', to: '1999-06-30' })).not.toContain('March 2024');
    expect(texts({ from: '1995-01-01', to: '1999-06-30' })).not.toContain('1850');
  });

  it('filters by document and granularity', () => {
    const b = lib.listDocuments({}).find((d) => d.path.endsWith('b.txt'))!;
    expect(lib.listEvents({ query: { documentIds: [b.id] } }).every((e) => e.documentId === b.id)).toBe(true);
    expect(lib.listEvents({ query: { granularities: ['month'] } }).map((e) => e.timex.text)).toEqual(['March 2024']);
  });

  it('searches sentences and labels by word prefix, all words required', () => {
    expect(texts({ text: 'museum' })).toEqual(['1850']);
    expect(texts({ text: 'Mosc' })).toEqual(['March 2024']);
    expect(texts({ text: 'forum museum' })).toEqual([]);
    expect(texts({ text: '"); DROP TABLE events; --' })).toEqual([]);
  });

  it('forgets removed documents in the search index too', () => {
    const b = lib.listDocuments({}).find((d) => d.path.endsWith('b.txt'))!;
    lib.removeDocuments({ ids: [b.id] });
    expect(texts({ text: 'museum' })).toEqual([]);
    expect(lib.listDocuments({})).toHaveLength(1);
  });
});

describe('user changes', () => {
  it('re-resolves relative dates when the user sets the document date, and keeps it on re-extraction', async () => {
    const p = write('a.txt', 'The ministers met on Friday.', new Date('2024-10-09T12:00:00Z'));
    await lib.addPaths({ paths: [p] });
    const doc = lib.listDocuments({})[0]!;
    expect(doc).toMatchObject({ dct: '2024-10-09', dctSource: 'file-mtime' });
    const before = lib.listEvents({})[0]!.date.start;
    lib.setDocumentDate({ id: doc.id, dct: '2021-03-10' });
    expect(lib.listDocuments({})[0]).toMatchObject({ dct: '2021-03-10', dctSource: 'user' });
    const after = lib.listEvents({})[0]!.date.start;
    expect(after).not.toBe(before);
    expect(after.slice(0, 7)).toBe('2021-03');
    write('a.txt', 'The ministers met on Friday. Then on Monday.');
    await lib.addPaths({ paths: [p] });
    expect(lib.listDocuments({})[0]).toMatchObject({ dct: '2021-03-10', dctSource: 'user' });
    expect(() => lib.setDocumentDate({ id: doc.id, dct: 'March' })).toThrow(/ISO date/);
  });

  it('removes a folder with its documents and stops listing it', async () => {
    write('a.txt', 'In 1998 it began.');
    const changes: string[] = [];
    lib.onChange((c) => changes.push(c.reason));
    await lib.addPaths({ paths: [docs] });
    lib.removeFolder({ path: docs });
    expect(lib.listFolders({})).toEqual([]);
    expect(lib.isEmpty()).toBe(true);
    expect(changes).toEqual(['ingest', 'remove']);
  });

  it('saves the view state', () => {
    expect(lib.getViewState({})).toEqual({});
    lib.setViewState({ view: { lanesByDocument: true, window: { start: '1990-01-01', end: '2000-01-01' } } });
    lib.close();
    lib = open();
    expect(lib.getViewState({})).toEqual({ lanesByDocument: true, window: { start: '1990-01-01', end: '2000-01-01' } });
  });

  it('keeps the errors of the last ingest', async () => {
    const bad = write('bad.txt', '');
    await lib.addPaths({ paths: [bad] });
    expect(lib.listIngestErrors({})).toEqual([{ path: bad, message: 'empty file' }]);
    await lib.addPaths({ paths: [write('good.txt', 'In 1998.')] });
    expect(lib.listIngestErrors({})).toEqual([]);
  });
});
