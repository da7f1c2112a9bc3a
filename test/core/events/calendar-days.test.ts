import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendar, civilFromDays, daysFromCivil, formatIso, isoWeekMonday, parseIso } from '../../../electron/core/events/calendar-days';

describe('calendar days', () => {
  it('agrees with Date for every day of years 1..9999', () => {
    fc.assert(fc.property(fc.integer({ min: daysFromCivil(1, 1, 1), max: daysFromCivil(9999, 12, 31) }), (days) => {
      expect(formatIso(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
    }));
  });
  it('round-trips days and dates, BC included', () => {
    fc.assert(fc.property(fc.integer({ min: -5_000_000, max: 5_000_000 }), (days) => {
      const { y, m, d } = civilFromDays(days);
      expect(daysFromCivil(y, m, d)).toBe(days);
      expect(parseIso(formatIso(days))).toBe(days);
    }));
  });
  it('writes years outside 1..9999 in the expanded form', () => {
    expect(formatIso(daysFromCivil(-43, 3, 15))).toBe('-000043-03-15');
    expect(formatIso(daysFromCivil(12000, 1, 1))).toBe('+012000-01-01');
  });
  it('finds ISO week Mondays', () => {
    expect(formatIso(isoWeekMonday(2021, 21))).toBe('2021-05-24');
    expect(formatIso(isoWeekMonday(2026, 1))).toBe('2025-12-29');
  });
  it('adds months clamping to the month end', () => {
    expect(formatIso(addCalendar(daysFromCivil(2024, 1, 31), 0, 1, 0))).toBe('2024-02-29');
    expect(formatIso(addCalendar(daysFromCivil(2024, 10, 4), 0, -240, 0))).toBe('2004-10-04');
  });
  it('rejects dates that do not exist', () => {
    expect(parseIso('2023-02-29')).toBeNull();
    expect(parseIso('2024-13-01')).toBeNull();
  });
});
