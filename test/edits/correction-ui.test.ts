// @vitest-environment jsdom
// The pure parts of the renderer's corrections: what the date form sends, the user filters added to
// the query, the status line, merge candidates, and reader selections as paragraph offsets.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../electron/shared/model';
import { formEdit } from '../../renderer/src/corrections/DateLabelForm';
import { mergeCandidates } from '../../renderer/src/corrections/MergeControl';
import { userStatus } from '../../renderer/src/corrections/CorrectionsSection';
import { readerSelection } from '../../renderer/src/corrections/selection-offsets';
import { parseTags, withUserFilters } from '../../renderer/src/corrections/user-filters';

const event = (id: string, start: string, end: string, extra: Partial<Event> = {}): Event => ({
  id, documentId: 'd', paragraph: 0, sentence: { start: 0, end: 10 }, label: `Event ${id}`,
  timex: { text: '1998', start: 0, end: 4, type: 'DATE', value: '1998' },
  date: { start, end, granularity: 'year', anchor: 'absolute', startEdge: 'exact', endEdge: 'exact' },
  ...extra,
});
const e1998 = event('a', '1998-01-01', '1998-12-31');

describe('the date and label form', () => {
  it.each([
    [{ start: '1998-06-15', end: '', granularity: 'day', label: 'Event a' }, { date: { start: '1998-06-15', end: '1998-06-15', granularity: 'day' } }],
    [{ start: '1998-06', end: '', granularity: 'month', label: 'Event a' }, { date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' } }],
    [{ start: '44 BC', end: '', granularity: 'year', label: 'Event a' }, { date: { start: '-000043-01-01', end: '-000043-12-31', granularity: 'year' } }],
    [{ start: '1998-01-01', end: '1998-12-31', granularity: 'year', label: ' New label ' }, { label: 'New label' }],
    [{ start: '1998-01-01', end: '1998-12-31', granularity: 'year', label: 'Event a' }, {}],
  ] as const)('%o becomes %o', (fields, edit) => {
    expect(formEdit(e1998, fields)).toEqual(edit);
  });

  it('explains a date it cannot read', () => {
    expect(formEdit(e1998, { start: 'June', end: '', granularity: 'day', label: '' })).toMatch(/not a date/);
  });
});

describe('user filters and tags', () => {
  it('adds tags and hidden events to the query only when they narrow or widen it', () => {
    expect(withUserFilters({ text: 'x' }, { tags: [], includeHidden: false })).toEqual({ text: 'x' });
    expect(withUserFilters({}, { tags: ['a'], includeHidden: true })).toEqual({ tags: ['a'], includeHidden: true });
  });
  it('parses typed tags', () => {
    expect(parseTags(' a, b ,, a ')).toEqual(['a', 'b']);
  });
});

describe('status and merge candidates', () => {
  it('says what the user changed', () => {
    const edited = event('a', '1998-06-15', '1998-06-15', {
      user: { origin: 'extracted', hidden: true, edited: true, original: { label: 'Event a', date: e1998.date }, note: '', tags: [], mergedIds: [] },
    });
    expect(userStatus(edited)).toBe('Corrected by you (extracted: date 1998) · Hidden from the timeline');
    expect(userStatus(e1998)).toBeNull();
  });
  it('offers the nearest events in date, never the event itself', () => {
    const shown = [e1998, event('b', '2020-01-01', '2020-12-31'), event('c', '1997-01-01', '1997-12-31'), event('d', '1800-01-01', '1800-12-31')];
    expect(mergeCandidates(e1998, shown).map((e) => e.id)).toEqual(['c', 'b', 'd']);
  });
});

describe('reader selections', () => {
  const root = document.createElement('ol');
  root.innerHTML = '<li data-paragraph="3"><p><span>The treaty was </span><mark>signed in 1998</mark><span> after talks.</span></p></li><li data-paragraph="4"><p><span>Other.</span></p></li>';
  document.body.append(root);
  const select = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) => {
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return readerSelection(selection, root);
  };
  const spans = root.querySelectorAll('li[data-paragraph="3"] p > *');

  it('gives paragraph offsets across the marks, trimmed of spaces', () => {
    const first = spans[0]!.firstChild!;
    const mark = spans[1]!.firstChild!;
    expect(select(first, 4, mark, 6)).toEqual({ paragraph: 2, start: 4, end: 21, text: 'treaty was signed' });
    expect(select(first, 14, mark, 14)).toEqual({ paragraph: 2, start: 15, end: 29, text: 'signed in 1998' });
  });

  it('ignores selections across paragraphs or outside the reader', () => {
    const other = root.querySelector('li[data-paragraph="4"] span')!.firstChild!;
    expect(select(spans[0]!.firstChild!, 0, other, 3)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    expect(select(outside.firstChild!, 0, outside.firstChild!, 4)).toBeNull();
  });
});
