import { describe, expect, it } from 'vitest';
import type { TimexType } from '../../../electron/shared/model';
import { durationLength, timexToDate, type IntervalMod } from '../../../electron/core/temporal/interval';

type Case = { value: string; type?: TimexType; mod?: IntervalMod; out: [string, string, string] | null };

describe('timexToDate: calendar values', () => {
  const cases: Case[] = [
    { value: '2024-10-04', out: ['2024-10-04', '2024-10-04', 'day'] },
    { value: '2024-02-30', out: null },
    { value: '2024-10-04T15:30', type: 'TIME', out: ['2024-10-04', '2024-10-04', 'time'] },
    { value: '2024-10-04TEV', type: 'TIME', out: ['2024-10-04', '2024-10-04', 'time'] },
    { value: '2021-W21', out: ['2021-05-24', '2021-05-30', 'week'] },
    { value: '2021-W01', out: ['2021-01-04', '2021-01-10', 'week'] },
    { value: '2020-W53', out: ['2020-12-28', '2021-01-03', 'week'] },
    { value: '2021-W21-WE', out: ['2021-05-29', '2021-05-30', 'week'] },
    { value: '2024-02', out: ['2024-02-01', '2024-02-29', 'month'] },
    { value: '2023-02', out: ['2023-02-01', '2023-02-28', 'month'] },
    { value: '2022-SP', out: ['2022-03-01', '2022-05-31', 'season'] },
    { value: '2022-SU', out: ['2022-06-01', '2022-08-31', 'season'] },
    { value: '2022-FA', out: ['2022-09-01', '2022-11-30', 'season'] },
    { value: '2022-AU', out: ['2022-09-01', '2022-11-30', 'season'] },
    { value: '2023-WI', out: ['2023-12-01', '2024-02-29', 'season'] },
    { value: '2013-Q1', out: ['2013-01-01', '2013-03-31', 'quarter'] },
    { value: '2013-Q4', out: ['2013-10-01', '2013-12-31', 'quarter'] },
    { value: '2019-H2', out: ['2019-07-01', '2019-12-31', 'half'] },
    { value: '2021', out: ['2021-01-01', '2021-12-31', 'year'] },
    { value: '198', out: ['1980-01-01', '1989-12-31', 'decade'] },
    { value: '200', out: ['2000-01-01', '2009-12-31', 'decade'] },
    { value: '18', out: ['1800-01-01', '1899-12-31', 'century'] },
    { value: '1', out: ['1000-01-01', '1999-12-31', 'millennium'] },
    { value: 'BC0044', out: ['-000043-01-01', '-000043-12-31', 'year'] },
    { value: '-0043', out: ['-000043-01-01', '-000043-12-31', 'year'] },
    { value: '-0043-03-15', out: ['-000043-03-15', '-000043-03-15', 'day'] },
    { value: 'BC0001', out: ['+000000-01-01', '+000000-12-31', 'year'] },
    { value: 'BC04', out: ['-000498-01-01', '-000399-12-31', 'century'] },
    { value: 'BC004', out: ['-000048-01-01', '-000039-12-31', 'decade'] },
    { value: '0033', out: ['0033-01-01', '0033-12-31', 'year'] },
    { value: 'PRESENT_REF', out: null },
    { value: 'PAST_REF', out: null },
    { value: 'FUTURE_REF', out: null },
    { value: 'XXXX-10-04', out: null },
    { value: 'XXXX-WXX-5', out: null },
    { value: '2024-W60', out: null },
    { value: 'P1W', type: 'SET', out: null },
    { value: 'P2Y', type: 'DURATION', out: null },
  ];
  for (const { value, type = 'DATE', mod, out } of cases) {
    it(`${value}${mod ? ` ${mod}` : ''} -> ${out ? out.join(' ') : 'no interval'}`, () => {
      const d = timexToDate({ type, value, mod }, 'absolute');
      expect(d && [d.start, d.end, d.granularity]).toEqual(out);
      if (d) expect([d.startEdge, d.endEdge]).toEqual(['exact', 'exact']);
    });
  }
});

describe('timexToDate: mods narrow, widen or open the band', () => {
  const cases: { value: string; mod: IntervalMod; out: [string, string, string, string] }[] = [
    { value: '199', mod: 'START', out: ['1990-01-01', '1993-04-30', 'exact', 'approximate'] },
    { value: '199', mod: 'EARLY', out: ['1990-01-01', '1993-04-30', 'exact', 'approximate'] },
    { value: '199', mod: 'MID', out: ['1993-05-01', '1996-08-31', 'approximate', 'approximate'] },
    { value: '199', mod: 'LATE', out: ['1996-09-01', '1999-12-31', 'approximate', 'exact'] },
    { value: '199', mod: 'END', out: ['1996-09-01', '1999-12-31', 'approximate', 'exact'] },
    { value: '2021', mod: 'APPROX', out: ['2020-09-01', '2022-04-30', 'approximate', 'approximate'] },
    { value: '2024', mod: 'AFTER', out: ['2025-01-01', '2025-01-01', 'exact', 'open'] },
    { value: '2024', mod: 'BEFORE', out: ['2023-12-31', '2023-12-31', 'open', 'exact'] },
    { value: '2021-W21', mod: 'START', out: ['2021-05-24', '2021-05-25', 'exact', 'approximate'] },
    { value: '2024-10-04', mod: 'START', out: ['2024-10-04', '2024-10-04', 'exact', 'exact'] },
  ];
  for (const { value, mod, out } of cases) {
    it(`${value} ${mod}`, () => {
      const d = timexToDate({ type: 'DATE', value, mod }, 'absolute');
      expect(d && [d.start, d.end, d.startEdge, d.endEdge]).toEqual(out);
    });
  }
  it('keeps the granularity of the value it narrows', () => {
    expect(timexToDate({ type: 'DATE', value: '199', mod: 'EARLY' }, 'absolute')?.granularity).toBe('decade');
  });
});

describe('timexToDate: durations', () => {
  it('is no event without an anchored end', () => {
    expect(timexToDate({ type: 'DURATION', value: 'P20Y', mod: 'MORE_THAN' }, 'document-date')).toBeNull();
  });
  const cases: { value: string; mod?: IntervalMod; at: { start?: string; end?: string }; out: [string, string, string, string, string] }[] = [
    { value: 'P20Y', mod: 'MORE_THAN', at: { end: '2024-10-04' }, out: ['2004-10-04', '2024-10-04', 'open', 'exact', 'year'] },
    { value: 'P2DE', at: { end: '2024-10-04' }, out: ['2004-10-04', '2024-10-04', 'approximate', 'exact', 'decade'] },
    { value: 'P3Y', at: { start: '2010-01-01' }, out: ['2010-01-01', '2012-12-31', 'exact', 'approximate', 'year'] },
    { value: 'P1M', mod: 'MORE_THAN', at: { start: '2024-01-31' }, out: ['2024-01-31', '2024-02-28', 'exact', 'open', 'month'] },
    { value: 'P2W', at: { end: '2024-03-01' }, out: ['2024-02-16', '2024-03-01', 'approximate', 'exact', 'week'] },
    { value: 'PT5H', at: { end: '2024-03-01' }, out: ['2024-03-01', '2024-03-01', 'approximate', 'exact', 'day'] },
  ];
  for (const { value, mod, at, out } of cases) {
    it(`${value}${mod ? ` ${mod}` : ''} anchored at ${JSON.stringify(at)}`, () => {
      const d = timexToDate({ type: 'DURATION', value, mod }, 'document-date', at);
      expect(d && [d.start, d.end, d.startEdge, d.endEdge, d.granularity]).toEqual(out);
      expect(d?.anchor).toBe('document-date');
    });
  }
  it('measures durations in months and days', () => {
    expect(durationLength('P1Y6M')).toEqual({ months: 18, days: 0, granularity: 'year' });
    expect(durationLength('P1.5M')).toEqual({ months: 1, days: 15, granularity: 'month' });
    expect(durationLength('PXY')).toBeNull();
    expect(durationLength('P')).toBeNull();
  });
});
