import { describe, expect, it } from 'vitest';
import {
  MAX_MS, MIN_MS, axisLabel, clampMs, formatMs, isoToMs, utcMs, yearLabel,
} from '../../../renderer/src/timeline/deep-time';

describe('isoToMs: ISO dates, including the expanded form for BC years', () => {
  const cases: { input: string; year: number; month: number; day: number }[] = [
    { input: '2024-10-04', year: 2024, month: 9, day: 4 },
    { input: '1980', year: 1980, month: 0, day: 1 },
    { input: '2022-03', year: 2022, month: 2, day: 1 },
    { input: '0044-03-15', year: 44, month: 2, day: 15 },
    { input: '0001-01-01', year: 1, month: 0, day: 1 },
    { input: '0000-01-01', year: 0, month: 0, day: 1 },
    { input: '-000043-03-15', year: -43, month: 2, day: 15 },
    { input: '-004999-01-01', year: -4999, month: 0, day: 1 },
    { input: '+012000-01-01', year: 12000, month: 0, day: 1 },
  ];
  for (const { input, year, month, day } of cases) {
    it(`${input} is year ${year}, month ${month + 1}, day ${day}`, () => {
      const d = new Date(isoToMs(input));
      expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([year, month, day]);
    });
  }
  it('does not let Date.UTC move years 0..99 into the 1900s', () => {
    expect(new Date(utcMs(44, 2, 15)).getUTCFullYear()).toBe(44);
    expect(new Date(isoToMs('0099-12-31')).getUTCFullYear()).toBe(99);
  });
  it('gives NaN for text that is not a date', () => {
    expect(isoToMs('PRESENT_REF')).toBeNaN();
    expect(isoToMs('2024-13-01')).toBeNaN();
  });
});

describe('BC-aware labels', () => {
  const cases: { year: number; out: string }[] = [
    { year: -43, out: '44 BC' },
    { year: 0, out: '1 BC' },
    { year: -499, out: '500 BC' },
    { year: 1, out: 'AD 1' },
    { year: 476, out: 'AD 476' },
    { year: 2024, out: '2024' },
  ];
  for (const { year, out } of cases) it(`year ${year} reads "${out}"`, () => expect(yearLabel(year)).toBe(out));

  it('formats days and months with the BC year', () => {
    expect(formatMs(isoToMs('-000043-03-15'), 'day')).toBe('15 Mar 44 BC');
    expect(formatMs(isoToMs('2024-10-04'), 'month')).toBe('Oct 2024');
  });

  it('labels the axis with BC years from a moment-like value (valueOf only)', () => {
    const moment = { valueOf: () => utcMs(-43, 0, 1) };
    expect(axisLabel(moment, 'year', false)).toBe('44 BC');
    expect(axisLabel(moment, 'month', true)).toBe('44 BC');
    expect(axisLabel({ valueOf: () => utcMs(2024, 9, 4) }, 'day', false)).toBe('4');
    expect(axisLabel({ valueOf: () => utcMs(2024, 9, 4) }, 'day', true)).toBe('Oct 2024');
  });
});

describe('clampMs: the drawable range of about ±10,000 years', () => {
  it('keeps dates inside and moves dates beyond onto the edge, saying so', () => {
    expect(clampMs(isoToMs('-000043-03-15'))).toEqual({ ms: isoToMs('-000043-03-15'), clamped: false });
    expect(clampMs(isoToMs('-020000-01-01'))).toEqual({ ms: MIN_MS, clamped: true });
    expect(clampMs(isoToMs('+012000-01-01'))).toEqual({ ms: MAX_MS, clamped: true });
  });
});
