import { describe, expect, it } from 'vitest';
import type { Document, Event } from '../../electron/shared/model';
import { extractEvents } from '../../electron/core/events/extract-events';
import { applyEdits } from '../../electron/core/edits/apply-edits';
import { applyEventEdit, applyMerge, anchorOfEvent } from '../../electron/core/edits/edit-ops';
import { newUserRecord } from '../../electron/core/edits/add-event';
import { filterEvents, tagsInUse } from '../../electron/core/edits/filter-events';
import { locateAnchor } from '../../electron/core/edits/locate-anchor';
import type { EditRecord } from '../../electron/core/edits/edit-record';

const NOW = '2026-01-01T00:00:00Z';

function docOf(paragraphs: string[], hash: string): Document {
  return { id: hash, path: '/corpus/report.txt', title: 'report', format: 'txt', dct: '2024-10-04', dctSource: 'header', paragraphs, contentHash: hash };
}

const v1 = docOf(['The treaty was signed in 1998 after long talks.', 'Prices fell in March 2019 and rose again in 2021.'], 'h1');
// The same report, revised: a paragraph inserted first, words added before the dates.
const v2 = docOf(['An introduction now opens the report.', 'After many years, the treaty was finally signed in 1998 after long talks.', 'Prices fell sharply in March 2019 and rose again in 2021.'], 'h2');
// Revised again: the 1998 sentence is gone.
const v3 = docOf(['An introduction now opens the report.', 'Prices fell sharply in March 2019 and rose again in 2021.'], 'h3');

const byPath = (doc: Document) => new Map([[doc.path, doc]]);
const find = (events: readonly Event[], text: string) => events.find((e) => e.timex.text === text)!;

/** Edits the extracted event whose expression is `text`, the way the service does. */
function edit(doc: Document, records: EditRecord[], text: string, change: Parameters<typeof applyEventEdit>[3]): EditRecord[] {
  const applied = applyEdits(extractEvents(doc), records, byPath(doc));
  const event = find(applied.events, text);
  const existingId = applied.recordByEventId.get(event.id);
  const existing = records.find((r) => r.id === existingId);
  const next = applyEventEdit(existing, event, doc, change, existing?.id ?? `r${records.length}`, NOW);
  return [...records.filter((r) => r.id !== next.id), next];
}

describe('applying the edit layer', () => {
  it('applies a corrected date and label, keeping the extracted ones as the original', () => {
    const records = edit(v1, [], '1998', { date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' }, label: 'Treaty signed' });
    const event = find(applyEdits(extractEvents(v1), records, byPath(v1)).events, '1998');
    expect(event.label).toBe('Treaty signed');
    expect(event.date).toMatchObject({ start: '1998-06-01', end: '1998-06-30', granularity: 'month', startEdge: 'exact' });
    expect(event.user).toMatchObject({ origin: 'extracted', edited: true, hidden: false });
    expect(event.user?.original?.date.granularity).toBe('year');
    expect(event.date.anchor).toBe(event.user?.original?.date.anchor);
  });

  it('keeps a correction through re-extraction of a changed document whose text moved', () => {
    const records = edit(v1, [], '1998', { date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' }, note: 'checked' });
    const fresh = extractEvents(v2);
    const applied = applyEdits(fresh, records, byPath(v2));
    const event = find(applied.events, '1998');
    expect(event.paragraph).toBe(1);
    expect(event.date.start).toBe('1998-06-01');
    expect(event.user?.note).toBe('checked');
    expect(applied.orphans).toEqual([]);
    // Other events are untouched.
    expect(find(applied.events, '2021').user).toBeUndefined();
  });

  it('reports an edit whose text is gone instead of dropping it', () => {
    const records = edit(v1, [], '1998', { date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' } });
    const applied = applyEdits(extractEvents(v3), records, byPath(v3));
    expect(applied.events.some((e) => e.user)).toBe(false);
    expect(applied.orphans).toHaveLength(1);
    expect(applied.orphans[0]).toMatchObject({ documentPath: '/corpus/report.txt', text: '1998' });
    expect(applied.orphans[0]!.description).toMatch(/date set to 1998-06-01 to 1998-06-30 \(month\).*no longer in the document/i);
    // The text coming back brings the edit back.
    expect(find(applyEdits(extractEvents(v2), records, byPath(v2)).events, '1998').date.granularity).toBe('month');
  });

  it('reports edits of a document no longer in the library', () => {
    const records = edit(v1, [], '2021', { hidden: true });
    expect(applyEdits([], records, new Map()).orphans[0]!.description).toMatch(/Hidden: the document is no longer in the library/);
  });

  it('finds the nearest occurrence when the text appears more than once', () => {
    const anchor = { documentPath: 'p', contentHash: 'old', paragraph: 1, start: 10, end: 14, text: '2021' };
    const doc = { paragraphs: ['In 2021 a.', 'x', 'Zero. Then in 2021 and later in 2021 again.'] };
    expect(locateAnchor(anchor, doc)).toEqual({ paragraph: 2, start: 14, end: 18, unmoved: false });
    expect(locateAnchor({ ...anchor, paragraph: 0, start: 3, end: 7 }, doc)).toEqual({ paragraph: 0, start: 3, end: 7, unmoved: true });
    expect(locateAnchor({ ...anchor, text: '1999' }, doc)).toBeNull();
  });

  it('hides false positives unless hidden ones are asked for, and filters by tag', () => {
    let records = edit(v1, [], '2021', { hidden: true });
    records = edit(v1, records, 'March 2019', { tags: [' economy ', 'prices', 'economy', ''] });
    const events = applyEdits(extractEvents(v1), records, byPath(v1)).events;
    expect(filterEvents(events, {}).map((e) => e.timex.text)).toEqual(['1998', 'March 2019']);
    expect(filterEvents(events, { includeHidden: true })).toHaveLength(3);
    expect(filterEvents(events, { tags: ['economy'] }).map((e) => e.timex.text)).toEqual(['March 2019']);
    expect(find(events, 'March 2019').user?.tags).toEqual(['economy', 'prices']);
    expect(tagsInUse(events)).toEqual(['economy', 'prices']);
  });

  it('filters on the corrected date, not the extracted one', () => {
    const records = edit(v1, [], '1998', { date: { start: '2030-01-01', end: '2030-12-31', granularity: 'year' } });
    const events = applyEdits(extractEvents(v1), records, byPath(v1)).events;
    expect(filterEvents(events, { from: '2029-01-01' }).map((e) => e.timex.text)).toEqual(['1998']);
  });

  it('merges events: the merged ones leave the list, the kept one names them, through re-extraction', () => {
    const events = extractEvents(v1);
    const keep = find(events, 'March 2019');
    const gone = find(events, '2021');
    const keepRecord = applyEventEdit(undefined, keep, v1, {}, 'k', NOW);
    const merged = applyMerge(keepRecord, [{ anchor: anchorOfEvent(gone, v1) }], NOW);
    const after = applyEdits(extractEvents(v2), [merged], byPath(v2));
    expect(after.events.map((e) => e.timex.text)).toEqual(['1998', 'March 2019']);
    const kept = find(after.events, 'March 2019');
    expect(kept.user?.mergedIds).toEqual([find(extractEvents(v2), '2021').id]);
  });

  it('adds a user event from a selection, dated from its text, and finds it again after the text moves', () => {
    const selection = 'signed in 1998 after long talks';
    const start = v1.paragraphs[0]!.indexOf(selection);
    const record = newUserRecord(v1, { documentId: v1.id, paragraph: 0, start, end: start + selection.length }, 'u1', NOW);
    expect(record.date).toEqual({ start: '1998-01-01', end: '1998-12-31', granularity: 'year' });
    const applied = applyEdits(extractEvents(v2), [record], byPath(v2));
    const added = applied.events.find((e) => e.id === 'user:u1')!;
    expect(added).toMatchObject({ paragraph: 1, label: selection, user: { origin: 'user' } });
    expect(v2.paragraphs[1]!.slice(added.timex.start, added.timex.end)).toBe(selection);
    expect(applyEdits(extractEvents(v3), [record], byPath(v3)).orphans[0]!.description).toMatch(/^Added event/);
  });

  it('refuses a selection with no date, an empty one, or a date that ends before it starts', () => {
    const p = v1.paragraphs[0]!;
    expect(() => newUserRecord(v1, { documentId: v1.id, paragraph: 0, start: 0, end: 3 }, 'u', NOW)).not.toThrow(); // "The": dated from its sentence
    expect(() => newUserRecord(docOf(['No dates here at all.'], 'z'), { documentId: 'z', paragraph: 0, start: 0, end: 2 }, 'u', NOW)).toThrow(/no date/);
    expect(() => newUserRecord(v1, { documentId: v1.id, paragraph: 0, start: 5, end: p.length + 5 }, 'u', NOW)).toThrow(/selection/);
    expect(() => newUserRecord(v1, { documentId: v1.id, paragraph: 0, start: 0, end: 3, date: { start: '2020-02-01', end: '2020-01-01', granularity: 'day' } }, 'u', NOW)).toThrow(/before/);
  });
});

describe('TIMEX3 values of user dates', () => {
  it.each([
    ['2019-03-01', 'month', '2019-03'],
    ['2019-01-01', 'year', '2019'],
    ['1980-01-01', 'decade', '198'],
    ['1801-01-01', 'century', '18'],
    ['2019-03-05', 'day', '2019-03-05'],
  ] as const)('%s at %s precision is %s', async (start, granularity, value) => {
    const { timexValueOf } = await import('../../electron/core/edits/user-event');
    expect(timexValueOf({ start, granularity })).toBe(value);
  });
});

describe('events dated by their context (no expression of their own)', () => {
  it('are anchored on their sentence and found again when it moves', () => {
    const sentence = 'Lavrov was speaking at a forum.';
    const make = (paragraphs: string[], hash: string) => docOf(paragraphs, hash);
    const contextEvent = (doc: Document, p: number): Event => {
      const start = doc.paragraphs[p]!.indexOf(sentence);
      return {
        id: `${doc.id}:ctx`, documentId: doc.id, paragraph: p, sentence: { start, end: start + sentence.length }, label: 'Lavrov speaking',
        timex: { text: '', start, end: start, type: 'DATE', value: '2024-10-04' },
        date: { start: '2024-10-04', end: '2024-10-04', granularity: 'day', anchor: 'text-context', startEdge: 'exact', endEdge: 'exact' },
      };
    };
    const a = make([`Intro. ${sentence}`], 'c1');
    const record = applyEventEdit(undefined, contextEvent(a, 0), a, { note: 'same forum' }, 'r', NOW);
    expect(record.anchor).toMatchObject({ text: sentence, start: 7 });
    const b = make(['New first paragraph.', `A longer intro here. ${sentence}`], 'c2');
    const applied = applyEdits([contextEvent(b, 1)], [record], byPath(b));
    expect(applied.orphans).toEqual([]);
    expect(applied.events[0]!.user?.note).toBe('same forum');
  });
});

describe('telling apart occurrences of the same text', () => {
  it('follows the sentence, not the nearest paragraph index, when paragraphs shift', () => {
    const before = docOf(['Sales grew in 2021.', 'The merger closed in 2021.'], 'o1');
    // A paragraph mentioning 2021 is inserted between: index 1 now holds another "2021".
    const after = docOf(['Sales grew in 2021.', 'Staff doubled in 2021.', 'The merger closed in 2021.'], 'o2');
    const merger = extractEvents(before).find((e) => e.paragraph === 1)!;
    const record = applyEventEdit(undefined, merger, before, { note: 'merger' }, 'm', NOW);
    expect(record.anchor.context).toBe('The merger closed in 2021.');
    const applied = applyEdits(extractEvents(after), [record], byPath(after));
    const noted = applied.events.find((e) => e.user?.note === 'merger')!;
    expect(noted.paragraph).toBe(2);
  });
});

describe('reverting a correction', () => {
  it('setting the extracted date and label back removes the override', () => {
    let records = edit(v1, [], '1998', { date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' }, label: 'Treaty', note: 'kept' });
    const extracted = find(extractEvents(v1), '1998');
    records = edit(v1, records, '1998', { date: { start: extracted.date.start, end: extracted.date.end, granularity: extracted.date.granularity }, label: extracted.label });
    expect(records).toHaveLength(1);
    expect(records[0]!.date).toBeUndefined();
    expect(records[0]!.label).toBeUndefined();
    const event = find(applyEdits(extractEvents(v1), records, byPath(v1)).events, '1998');
    expect(event.user).toMatchObject({ edited: false, note: 'kept' });
    expect(event.date).toEqual(extracted.date);
  });
});
