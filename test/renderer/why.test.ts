import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../electron/shared/model';
import { contextSource, documentDateWords, whyThisDate } from '../../renderer/src/view/why';
import { date, event } from './fixtures';

const dated = { dct: '2024-10-04', dctSource: 'header' } as const satisfies Pick<DocumentSummary, 'dct' | 'dctSource'>;
const friday = event('f', date('2024-10-04', '2024-10-04', 'day', { anchor: 'document-date' }), { label: 'Lavrov calls on West' });

describe('whyThisDate', () => {
  it('explains a weekday resolved against the document date', () => {
    expect(whyThisDate(friday, dated)).toBe('“Friday” → Fri 4 Oct 2024: resolved against the document\'s date; the document is dated Friday 4 October 2024 (its date line).');
  });

  it('says an absolute date stands on its own', () => {
    const e = event('a', date('2021-01-01', '2021-12-31', 'year'), { timex: { text: '2021', start: 0, end: 4, type: 'DATE', value: '2021' } });
    expect(whyThisDate(e, dated)).toBe('“2021” → 2021: the text states this date outright.');
  });

  it('names the passage a text-context date came from', () => {
    const forum = event('c', date('2024-10-04', '2024-10-04', 'day', { anchor: 'text-context' }), { paragraph: 4, timex: { text: 'the opening', start: 0, end: 11, type: 'DATE', value: '2024-10-04' } });
    expect(whyThisDate(forum, dated, [friday, forum])).toBe('“the opening” → Fri 4 Oct 2024: taken from the passage about “Lavrov calls on West” (Fri 4 Oct 2024).');
  });

  it('falls back to plain words when no source event is known', () => {
    const forum = event('c', date('2024-10-04', '2024-10-04', 'day', { anchor: 'text-context' }));
    expect(whyThisDate(forum, dated, [forum])).toMatch(/taken from the surrounding passage/);
  });

  it('warns when the date comes from the file, not the document', () => {
    const e = event('m', date('2023-01-02', '2023-01-02', 'day', { anchor: 'file-date' }));
    expect(whyThisDate(e, { dct: '2023-01-02', dctSource: 'file-mtime' })).toBe("“Friday” → Mon 2 Jan 2023: from the file's modification date — no date found in the document.");
  });

  it('admits an unresolved expression', () => {
    const e = event('u', date('2024-10-04', '2024-10-04', 'day', { anchor: 'unresolved' }));
    expect(whyThisDate(e, { dct: null, dctSource: null })).toMatch(/could not be placed/);
  });
});

describe('documentDateWords', () => {
  it('distinguishes a file date from a document date', () => {
    expect(documentDateWords({ dct: '2024-10-04', dctSource: 'file-mtime' })).toBe('the document has no date of its own; the file was last modified Friday 4 October 2024');
    expect(documentDateWords({ dct: '2024-10-04', dctSource: 'user' })).toBe('the document is dated Friday 4 October 2024 (a date you set)');
    expect(documentDateWords({ dct: null, dctSource: null })).toBe('the document has no date');
  });
});

describe('contextSource', () => {
  it('prefers the nearest earlier event of the same date that is not itself inferred', () => {
    const early = event('e1', date('2024-10-04', '2024-10-04', 'day', { anchor: 'document-date' }), { paragraph: 0 });
    const near = event('e2', date('2024-10-04', '2024-10-04', 'day', { anchor: 'document-date' }), { paragraph: 3 });
    const later = event('e3', date('2024-10-04', '2024-10-04', 'day', { anchor: 'document-date' }), { paragraph: 9 });
    const other = event('e4', date('2021-01-01', '2021-12-31', 'year'), { paragraph: 4 });
    const target = event('t', date('2024-10-04', '2024-10-04', 'day', { anchor: 'text-context' }), { paragraph: 5 });
    expect(contextSource(target, [early, near, later, other, target])?.id).toBe('e2');
  });
});

describe('a sentence without a time expression of its own', () => {
  it('says so, and where its date comes from', () => {
    const forum = event('c', date('2024-10-04', '2024-10-04', 'day', { anchor: 'text-context' }), { paragraph: 4, timex: { text: '', start: 0, end: 0, type: 'DATE', value: '2024-10-04' } });
    expect(whyThisDate(forum, dated, [friday, forum])).toBe('Fri 4 Oct 2024 (no date in this sentence): taken from the passage about “Lavrov calls on West” (Fri 4 Oct 2024).');
  });
});
