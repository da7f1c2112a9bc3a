// Added folders are watched: new, changed and deleted files reach the library (and onChange) within 2 s.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryService, type Library } from '../../electron/library/service';
import { removeTempDirs, tempDir } from './helpers';

let docs = '';
let dbPath = '';
let lib: Library;

beforeEach(() => {
  const dir = tempDir();
  docs = path.join(dir, 'docs');
  dbPath = path.join(dir, 'lib.sqlite');
  mkdirSync(path.join(docs, 'sub'), { recursive: true });
  lib = createLibraryService({ dbPath });
});
afterEach(() => {
  lib.close();
  removeTempDirs();
});

/** Resolves with the time the next 'watch' change took, failing after 2 s. */
const nextWatchChange = () =>
  new Promise<number>((resolve, reject) => {
    const started = Date.now();
    const timer = setTimeout(() => reject(new Error('no library change within 2 s')), 2000);
    const off = lib.onChange((c) => {
      if (c.reason !== 'watch') return;
      clearTimeout(timer);
      off();
      resolve(Date.now() - started);
    });
  });

const titles = () => lib.listDocuments({}).map((d) => d.title).sort();

describe('watched folders', { timeout: 20_000 }, () => {
  it('picks up new, changed and deleted files within 2 s', async () => {
    writeFileSync(path.join(docs, 'a.txt'), 'In 1998 it began.');
    await lib.addPaths({ paths: [docs] });
    await new Promise((r) => setTimeout(r, 300)); // let the watcher finish its first scan

    let change = nextWatchChange();
    writeFileSync(path.join(docs, 'sub', 'b.txt'), 'In 2003 it ended.');
    await change;
    expect(titles()).toEqual(['a', 'b']);

    change = nextWatchChange();
    writeFileSync(path.join(docs, 'a.txt'), 'In 1999 it began, and in 2001 it grew.');
    await change;
    expect(lib.listEvents({ query: { text: 'grew' } }).map((e) => e.timex.text)).toEqual(['1999', '2001']);

    change = nextWatchChange();
    rmSync(path.join(docs, 'sub', 'b.txt'));
    await change;
    expect(titles()).toEqual(['a']);
  });

  it('ignores unsupported files and stops watching a removed folder', async () => {
    await lib.addPaths({ paths: [docs] });
    await new Promise((r) => setTimeout(r, 300));
    const changes: string[] = [];
    lib.onChange((c) => changes.push(c.reason));
    writeFileSync(path.join(docs, 'image.png'), 'not a document');
    lib.removeFolder({ path: docs });
    writeFileSync(path.join(docs, 'late.txt'), 'In 2010.');
    await new Promise((r) => setTimeout(r, 1200));
    await lib.idle();
    expect(changes).toEqual(['remove']);
    expect(lib.isEmpty()).toBe(true);
  });

  it('catches up on changes made while the library was closed', async () => {
    writeFileSync(path.join(docs, 'a.txt'), 'In 1998 it began.');
    writeFileSync(path.join(docs, 'b.txt'), 'In 2003 it ended.');
    await lib.addPaths({ paths: [docs] });
    lib.close();
    rmSync(path.join(docs, 'b.txt'));
    writeFileSync(path.join(docs, 'sub', 'c.txt'), 'In 2011 it came back.');
    lib = createLibraryService({ dbPath });
    await lib.idle();
    expect(titles()).toEqual(['a', 'c']);
    expect(lib.listFolders({})).toEqual([docs]);
  });
});
