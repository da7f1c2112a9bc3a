// The edit layer through the real library service on a temp SQLite file: edits survive
// re-extraction of a changed document and reopening the library; gone text is reported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createLibraryService, type Library } from '../../electron/library/service';

const libraries: Library[] = [];
const dirs: string[] = [];
afterEach(() => {
  libraries.splice(0).forEach((l) => l.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'eventline-edits-'));
  dirs.push(dir);
  const file = path.join(dir, 'report.txt');
  const dbPath = path.join(dir, 'library.sqlite');
  const open = () => {
    const library = createLibraryService({ dbPath, watch: false, rescanOnOpen: false });
    libraries.push(library);
    return library;
  };
  return { dir, file, open };
}

const V1 = 'date 2024-10-04\nThe treaty was signed in 1998 after long talks.\nPrices fell in March 2019 and rose again in 2021.\n';
const V2 = 'date 2024-10-04\nAn introduction now opens the report.\nAfter many years, the treaty was finally signed in 1998 after long talks.\nPrices fell sharply in March 2019 and rose again in 2021.\n';
const V3 = 'date 2024-10-04\nAn introduction now opens the report.\nPrices fell sharply in March 2019 and rose again in 2021.\n';

const byText = <E extends { readonly timex: { readonly text: string } }>(events: readonly E[], text: string): E | undefined => events.find((e) => e.timex.text === text);

describe('edits through the library service', () => {
  it('keeps a corrected date through re-extraction of the changed file and reopening the library', async () => {
    const { file, open } = setup();
    writeFileSync(file, V1);
    let library = open();
    await library.addPaths({ paths: [file] });
    const event = byText(library.listEvents({}), '1998')!;
    const edited = library.editEvent({ id: event.id, edit: { date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' }, label: 'Treaty signed' } });
    expect(edited).toMatchObject({ label: 'Treaty signed', date: { start: '1998-06-01', granularity: 'month' }, user: { edited: true } });

    writeFileSync(file, V2);
    await library.addPaths({ paths: [file] });
    library.close();
    library = open();
    const after = byText(library.listEvents({}), '1998')!;
    expect(after).toMatchObject({ label: 'Treaty signed', paragraph: 1, date: { start: '1998-06-01', end: '1998-06-30' } });
    expect(library.listOrphanEdits({})).toEqual([]);

    writeFileSync(file, V3);
    await library.addPaths({ paths: [file] });
    expect(byText(library.listEvents({}), '1998')).toBeUndefined();
    expect(library.listOrphanEdits({})).toEqual([expect.objectContaining({ documentPath: file, text: '1998' })]);
  });

  it('hides, tags, notes, merges and adds events, and exports what the filters show', async () => {
    const { file, open } = setup();
    writeFileSync(file, V1);
    const library = open();
    await library.addPaths({ paths: [file] });
    const events = library.listEvents({});
    const e1998 = byText(events, '1998')!;
    const e2019 = byText(events, 'March 2019')!;
    const e2021 = byText(events, '2021')!;

    library.editEvent({ id: e2021.id, edit: { hidden: true } });
    expect(library.listEvents({}).map((e) => e.id)).not.toContain(e2021.id);
    expect(library.listEvents({ query: { includeHidden: true } }).map((e) => e.id)).toContain(e2021.id);

    library.editEvent({ id: e2019.id, edit: { tags: ['economy'], note: 'check the figures' } });
    expect(library.listEvents({ query: { tags: ['economy'] } }).map((e) => e.id)).toEqual([e2019.id]);
    expect(library.listEvents({ query: { text: 'figures' } }).map((e) => e.id)).toEqual([e2019.id]);

    const kept = library.mergeEvents({ keepId: e2019.id, mergeIds: [e1998.id] });
    expect(kept.user?.mergedIds).toEqual([e1998.id]);
    expect(kept.user?.note).toBe('check the figures');
    expect(library.listEvents({}).map((e) => e.id)).toEqual([e2019.id]);

    const doc = library.listDocuments({})[0]!;
    const paragraph = library.getDocument({ id: doc.id })!.paragraphs[1]!;
    const start = paragraph.indexOf('rose again');
    const added = library.addEvent({ documentId: doc.id, paragraph: 1, start, end: start + 'rose again'.length, date: { start: '2021-05-01', end: '2021-05-31', granularity: 'month' } });
    expect(added).toMatchObject({ label: 'rose again', date: { start: '2021-05-01', granularity: 'month' }, user: { origin: 'user' } });
    expect(library.listEvents({}).map((e) => e.id)).toEqual([e2019.id, added.id]);
    const relabeled = library.editEvent({ id: added.id, edit: { label: 'Prices rose' } });
    expect(relabeled.label).toBe('Prices rose');

    const csv = parse(library.exportData({ format: 'csv', query: { tags: ['economy'] } }), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.start, r.note, r.tags])).toEqual([['2019-03-01', 'check the figures', 'economy']]);
    const whole = parse(library.exportData({ format: 'csv' }), { bom: true, columns: true }) as Record<string, string>[];
    expect(whole.map((r) => r.label)).toEqual([kept.label, 'Prices rose']);
  });

  it('merges events of different documents, and editing the kept one keeps the merge', async () => {
    const { dir, file, open } = setup();
    const other = path.join(dir, 'other.txt');
    writeFileSync(file, V1);
    writeFileSync(other, 'date 2020-01-01\nThe treaty, signed in 1998, still holds.\n');
    const library = open();
    await library.addPaths({ paths: [file, other] });
    const events = library.listEvents({});
    const keep = events.find((e) => e.timex.text === '1998' && e.paragraph === 0 && library.getDocument({ id: e.documentId })!.path === file)!;
    const gone = events.find((e) => e.timex.text === '1998' && library.getDocument({ id: e.documentId })!.path === other)!;
    expect(library.mergeEvents({ keepId: keep.id, mergeIds: [gone.id] }).user?.mergedIds).toEqual([gone.id]);
    expect(library.editEvent({ id: keep.id, edit: { note: 'one treaty' } }).user).toMatchObject({ mergedIds: [gone.id], note: 'one treaty' });
    expect(library.listEvents({}).map((e) => e.id)).not.toContain(gone.id);
  });

  it('rejects edits of unknown events and nonsense merges', async () => {
    const { file, open } = setup();
    writeFileSync(file, V1);
    const library = open();
    await library.addPaths({ paths: [file] });
    const id = library.listEvents({})[0]!.id;
    expect(() => library.editEvent({ id: 'nope', edit: { hidden: true } })).toThrow(/no event/);
    expect(() => library.mergeEvents({ keepId: id, mergeIds: [id] })).toThrow(/itself/);
  });
});
