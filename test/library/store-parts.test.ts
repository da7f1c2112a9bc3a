// The store's small parts: migrations applied in order and only once, sortable date keys (BC too),
// the zip directory reader behind the DOCX limits, and FTS query quoting.
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../electron/library/loaders/load-docx';
import { readZipDirectory } from '../../electron/library/loaders/zip-directory';
import { dateKey } from '../../electron/library/store/date-key';
import { ftsQuery } from '../../electron/library/store/event-query';
import { MIGRATIONS, type Migration } from '../../electron/library/store/migrations';
import { migrate } from '../../electron/library/store/open-store';

describe('migrations', () => {
  it('applies pending migrations once, in order, and records the version', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const extra: Migration = { name: 'test table', up: 'CREATE TABLE later (x INTEGER)' };
    const all = [...MIGRATIONS, extra];
    migrate(db, all);
    migrate(db, all); // nothing left to do: a second CREATE TABLE would throw
    expect(db.pragma('user_version', { simple: true })).toBe(all.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'later'").pluck().get()).toBe('later');
  });

  it('refuses a database written by a newer schema', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer Eventline/);
  });

  it('rolls back a failing migration whole', () => {
    const db = new Database(':memory:');
    const broken: Migration = { name: 'half', up: 'CREATE TABLE a (x); CREATE TABLE a (x);' };
    expect(() => migrate(db, [broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
  });
});

describe('dateKey', () => {
  it('orders ISO dates, expanded BC years included', () => {
    const dates = ['-000043-03-15', '-000043-12-31', '-000001-06-01', '0001-01-01', '1066-10-14', '2024-10-04', '+012000-01-01'];
    const keys = dates.map(dateKey);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(dates.length);
  });
});

describe('zip directory and DOCX limits', () => {
  it('lists entries with their declared sizes', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'x'.repeat(10_000));
    const entries = readZipDirectory(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(entries).toEqual([{ name: 'word/', compressedSize: 0, uncompressedSize: 0 }, { name: 'word/document.xml', compressedSize: expect.any(Number), uncompressedSize: 10_000 }]);
  });

  it('refuses a zip without word/document.xml as not a DOCX', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    await expect(loadDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow('not a valid DOCX file (no word/document.xml in the archive)');
  });
});

describe('ftsQuery', () => {
  it.each([
    ['Moscow forum', '"Moscow"* "forum"*'],
    ['"quoted" AND (x OR y)', '"quoted"* "AND"* "x"* "OR"* "y"*'],
    ['  ', null],
    ['café 1998', '"café"* "1998"*'],
  ])('%s -> %s', (input, out) => expect(ftsQuery(input)).toBe(out));
});
