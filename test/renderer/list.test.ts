import { describe, expect, it } from 'vitest';
import { scrollToReveal, visibleRows } from '../../renderer/src/list/windowing';
import { dateKeyOf, firstIndexFrom, sortByDate } from '../../renderer/src/view/order';
import { relatedEvents } from '../../renderer/src/panels/related';
import { date, event } from './fixtures';

describe('visibleRows', () => {
  it('renders a screenful plus overscan of 100,000 rows, not all of them', () => {
    const r = visibleRows(100_000, 50, 500_000, 400, 5);
    expect(r).toEqual({ first: 9995, last: 10013 });
    expect(r.last - r.first).toBeLessThan(40);
  });
  it('clamps at both ends', () => {
    expect(visibleRows(3, 50, 0, 400)).toEqual({ first: 0, last: 3 });
    expect(visibleRows(0, 50, 0, 400)).toEqual({ first: 0, last: 0 });
  });
});

describe('scrollToReveal', () => {
  it('scrolls up, down, or not at all', () => {
    expect(scrollToReveal(2, 50, 200, 300)).toBe(100);
    expect(scrollToReveal(12, 50, 200, 300)).toBe(350);
    expect(scrollToReveal(5, 50, 200, 300)).toBeNull();
  });
});

describe('date order', () => {
  const events = [
    event('now', date('2024-10-04', '2024-10-04', 'day')),
    event('caesar', date('-000043-03-15', '-000043-03-15', 'day')),
    event('eighties', date('1980-01-01', '1989-12-31', 'decade')),
    event('eighty', date('1980-01-01', '1980-12-31', 'year')),
  ];
  it('sorts chronologically, BC first, shorter interval first on the same start', () => {
    expect(sortByDate(events).map((e) => e.id)).toEqual(['caesar', 'eighty', 'eighties', 'now']);
  });
  it('finds the first event in a window', () => {
    const sorted = sortByDate(events);
    expect(firstIndexFrom(sorted, dateKeyOf(new Date(1985, 0, 1)))).toBe(3);
    expect(firstIndexFrom(sorted, dateKeyOf(new Date(1900, 0, 1)))).toBe(1);
    expect(firstIndexFrom(sorted, dateKeyOf(new Date(2030, 0, 1)))).toBe(4);
  });
});

describe('relatedEvents', () => {
  it('finds events of the same sentence and of the same date, not the event itself', () => {
    const me = event('me', date('2024-10-04', '2024-10-04', 'day'), { sentence: { start: 0, end: 40 } });
    const sameSentence = event('s', date('2021-01-01', '2021-12-31', 'year'), { sentence: { start: 0, end: 40 } });
    const sameDate = event('d', date('2024-10-04', '2024-10-04', 'day'), { documentId: 'doc2' });
    const other = event('o', date('2020-01-01', '2020-12-31', 'year'), { paragraph: 3 });
    const r = relatedEvents(me, [me, sameSentence, other], [me, sameSentence, sameDate, other]);
    expect(r.sameSentence.map((e) => e.id)).toEqual(['s']);
    expect(r.sameDate.map((e) => e.id)).toEqual(['d']);
  });
});
