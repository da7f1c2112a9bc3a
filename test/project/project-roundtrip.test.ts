// A project saved from one library and opened in a fresh one (another machine) gives the same
// timeline: documents re-ingested by path, edits and view restored; missing ones listed, not fatal.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLibraryService, type Library } from '../../electron/library/service';
import { parseProject } from '../../electron/core/project/project-file';

const libraries: Library[] = [];
const dirs: string[] = [];
afterEach(() => {
  libraries.splice(0).forEach((l) => l.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eventline-project-'));
  dirs.push(dir);
  return dir;
};
const open = (dbPath: string) => {
  const library = createLibraryService({ dbPath, watch: false, rescanOnOpen: false });
  libraries.push(library);
  return library;
};

/** A library with two documents and edits of every kind. */
async function editedLibrary(docsDir: string) {
  mkdirSync(docsDir, { recursive: true });
  const a = path.join(docsDir, 'a.txt');
  const b = path.join(docsDir, 'b.txt');
  writeFileSync(a, 'date 2024-10-04\nThe treaty was signed in 1998 after long talks.\nPrices fell in March 2019 and rose again in 2021.\n');
  writeFileSync(b, 'date 2020-01-01\nThe bridge opened in 1932 and closed in 2015.\n');
  const library = open(path.join(tempDir(), 'one.sqlite'));
  await library.addPaths({ paths: [a, b] });
  const events = library.listEvents({});
  const find = (t: string) => events.find((e) => e.timex.text === t)!;
  library.editEvent({ id: find('1998').id, edit: { date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' }, label: 'Treaty' } });
  library.editEvent({ id: find('2021').id, edit: { hidden: true } });
  library.editEvent({ id: find('1932').id, edit: { note: 'opening', tags: ['bridges'] } });
  library.mergeEvents({ keepId: find('March 2019').id, mergeIds: [find('2015').id] });
  const docB = library.listDocuments({}).find((d) => d.path === b)!;
  const para = library.getDocument({ id: docB.id })!.paragraphs[0]!;
  library.addEvent({ documentId: docB.id, paragraph: 0, start: para.indexOf('The bridge'), end: para.indexOf('The bridge') + 'The bridge opened'.length, date: { start: '1932-05-27', end: '1932-05-27', granularity: 'day' } });
  return { library, a, b };
}

const timeline = (library: Library) =>
  library.listEvents({ query: { includeHidden: true } }).map((e) => ({ label: e.label, date: e.date, user: e.user, text: e.timex.text, paragraph: e.paragraph }));

describe('project files', () => {
  it('reproduces the same timeline in a fresh library', async () => {
    const { library } = await editedLibrary(path.join(tempDir(), 'docs'));
    const file = path.join(tempDir(), 'work.eventline');
    const view = { lanesByDocument: true, query: { tags: ['bridges'] }, window: { start: '1900-01-01', end: '2030-01-01' } };
    await library.saveProject({ path: file, view });
    const project = parseProject(readFileSync(file, 'utf8'));
    expect(project.documents).toHaveLength(2);
    expect(project.edits).toHaveLength(5);

    const other = open(path.join(tempDir(), 'two.sqlite'));
    const opened = await other.openProject({ path: file });
    expect(opened).toEqual({ view, missing: [] });
    expect(other.getViewState({})).toEqual(view);
    const before = timeline(library);
    expect(before.some((e) => e.user?.origin === 'user')).toBe(true);
    // Event ids of user-added events are the edit's id: the same on both sides, like everything else.
    expect(timeline(other)).toEqual(before);
    expect(other.listEvents({}).map((e) => e.id)).toEqual(library.listEvents({}).map((e) => e.id));
  });

  it('finds documents that moved with the project, and lists missing and changed ones', async () => {
    const root = tempDir();
    const { library } = await editedLibrary(path.join(root, 'docs'));
    await library.saveProject({ path: path.join(root, 'work.eventline'), view: {} });
    // "Another machine": the project folder copied elsewhere, one document lost, the other edited.
    const moved = path.join(tempDir(), 'copy');
    cpSync(root, moved, { recursive: true, filter: (src) => !src.endsWith('.sqlite') && !src.includes('.sqlite-') });
    rmSync(path.join(root, 'docs'), { recursive: true });
    rmSync(path.join(moved, 'docs', 'b.txt'));
    writeFileSync(path.join(moved, 'docs', 'a.txt'), 'date 2024-10-04\nNew first line.\nThe treaty was signed in 1998 after long talks.\n');

    const other = open(path.join(tempDir(), 'two.sqlite'));
    const { missing } = await other.openProject({ path: path.join(moved, 'work.eventline') });
    expect([...missing].sort()).toEqual([path.join(root, 'docs', 'a.txt'), path.join(root, 'docs', 'b.txt')].sort());
    // The changed document was still opened from its new place, and its edit found its text.
    const treaty = other.listEvents({}).find((e) => e.timex.text === '1998')!;
    expect(treaty).toMatchObject({ label: 'Treaty', paragraph: 1, date: { granularity: 'month' } });
    // Edits of the lost document and of the text that is gone are reported.
    const orphans = other.listOrphanEdits({});
    expect(orphans.map((o) => o.text).sort()).toEqual(['1932', '2021', 'The bridge opened', 'March 2019'].sort());
  });

  it('refuses a damaged project file with a readable message', async () => {
    const file = path.join(tempDir(), 'bad.eventline');
    writeFileSync(file, '{"format":"eventline-project","version":1}');
    const library = open(path.join(tempDir(), 'x.sqlite'));
    await expect(library.openProject({ path: file })).rejects.toThrow(/damaged/);
  });
});
