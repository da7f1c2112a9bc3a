import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDocumentDate, formatEventDate, formatYear, granularityWords, parseIsoDate, spanOfYears } from '../../renderer/src/view/dates';
import { date } from './fixtures';

describe('formatEventDate', () => {
  const cases = [
    { in: date('2024-10-04', '2024-10-04', 'day'), out: 'Fri 4 Oct 2024' },
    { in: date('2024-10-04', '2024-10-04', 'time'), out: 'Fri 4 Oct 2024' },
    { in: date('2021-05-24', '2021-05-30', 'week'), out: 'week of Mon 24 May 2021' },
    { in: date('2024-10-01', '2024-10-31', 'month'), out: 'October 2024' },
    { in: date('2022-03-01', '2022-05-31', 'season'), out: 'spring 2022' },
    { in: date('2013-01-01', '2013-03-31', 'quarter'), out: 'Q1 2013' },
    { in: date('2019-07-01', '2019-12-31', 'half'), out: 'second half of 2019' },
    { in: date('2021-01-01', '2021-12-31', 'year'), out: '2021' },
    { in: date('1980-01-01', '1989-12-31', 'decade'), out: 'the 1980s' },
    { in: date('1800-01-01', '1899-12-31', 'century'), out: '19th century' },
    { in: date('2000-01-01', '2099-12-31', 'century'), out: '21st century' },
    { in: date('1000-01-01', '1999-12-31', 'millennium'), out: '2nd millennium' },
    // BC: astronomical year -43 is 44 BC; -499..-400 is the 5th century BC.
    { in: date('-000043-03-15', '-000043-03-15', 'day'), out: '15 Mar 44 BC' },
    { in: date('-000043-01-01', '-000043-12-31', 'year'), out: '44 BC' },
    { in: date('-000499-01-01', '-000400-12-31', 'century'), out: '5th century BC' },
    { in: date('-000049-01-01', '-000040-12-31', 'decade'), out: '50 BC – 41 BC' },
    { in: date('0033-04-03', '0033-04-03', 'day'), out: 'Sun 3 Apr 33' },
    { in: date('2024-10-04', '2024-10-06', 'day'), out: 'Fri 4 Oct 2024 – Sun 6 Oct 2024' },
    // Edges say how sure the interval is.
    { in: date('2004-01-01', '2024-10-04', 'year', { startEdge: 'approximate' }), out: 'about 2004 – 2024' },
    { in: date('2004-10-04', '2024-10-04', 'year', { startEdge: 'open' }), out: '2004 or earlier – 2024' },
    { in: date('2024-10-04', '2034-10-04', 'day', { endEdge: 'open' }), out: 'Fri 4 Oct 2024 – Wed 4 Oct 2034 or later' },
    { in: date('2024-10-04', '9999-12-31', 'day', { endEdge: 'open' }), out: 'from Fri 4 Oct 2024 onwards' },
    // "after 2024" is the day after it, open-ended; "before 2024" the day before, open towards the past.
    { in: date('2025-01-01', '2025-01-01', 'year', { endEdge: 'open' }), out: 'from 2025 onwards' },
    { in: date('2023-12-31', '2023-12-31', 'day', { startEdge: 'open' }), out: 'until Sun 31 Dec 2023' },
    // "2024 or later" (on or after): the year itself, open on one side.
    { in: date('2024-01-01', '2024-12-31', 'year', { endEdge: 'open' }), out: '2024 or later' },
    { in: date('2024-01-01', '2024-12-31', 'year', { startEdge: 'open' }), out: '2024 or earlier' },
    { in: date('2019-03-01', '2019-05-31', 'month', { endEdge: 'approximate' }), out: 'March 2019 – about May 2019' },
  ];
  for (const c of cases) {
    it(`${c.in.start}..${c.in.end} ${c.in.granularity} -> ${c.out}`, () => expect(formatEventDate(c.in)).toBe(c.out));
  }
});

describe('parseIsoDate and dateSortKey', () => {
  it('reads expanded and signed years', () => {
    expect(parseIsoDate('-000043-03-15')).toEqual({ year: -43, month: 3, day: 15 });
    expect(parseIsoDate('+012000-01-01')).toEqual({ year: 12000, month: 1, day: 1 });
    expect(parseIsoDate('2024')).toEqual({ year: 2024, month: 1, day: 1 });
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('Friday')).toBeNull();
  });
  it('orders BC before AD, unlike string order', () => {
    const sorted = ['2024-10-04', '-000043-03-15', '1980-01-01', '-000499-01-01'].sort((a, b) => dateSortKey(a) - dateSortKey(b));
    expect(sorted).toEqual(['-000499-01-01', '-000043-03-15', '1980-01-01', '2024-10-04']);
  });
});

describe('small formatters', () => {
  it('writes years before 1 as BC', () => {
    expect(formatYear(0)).toBe('1 BC');
    expect(formatYear(-43)).toBe('44 BC');
    expect(formatYear(1)).toBe('1');
  });
  it('names the precision', () => expect(granularityWords('decade')).toBe('a decade'));
  it('writes a document date in full, or null', () => {
    expect(formatDocumentDate('2024-10-04')).toBe('Friday 4 October 2024');
    expect(formatDocumentDate(null)).toBeNull();
  });
});

describe('spanOfYears', () => {
  it('spans the known edges and skips open ones', () => {
    expect(spanOfYears([date('1980-01-01', '1989-12-31', 'decade'), date('2004-10-04', '2024-10-04', 'year', { startEdge: 'open' }), date('2021-01-01', '2021-12-31', 'year')])).toBe('1980 – 2024');
    expect(spanOfYears([date('2004-10-04', '2024-10-04', 'year', { startEdge: 'open' })])).toBe('2004 – 2024');
    expect(spanOfYears([date('2021-01-01', '+010000-12-31', 'year', { endEdge: 'open' })])).toBe('from 2021');
    expect(spanOfYears([date('-000043-03-15', '-000043-03-15', 'day')])).toBe('44 BC');
    expect(spanOfYears([date('2024-10-04', '2024-10-04', 'day', { endEdge: 'open' })])).toBe('2024');
    expect(spanOfYears([])).toBeNull();
  });
});
