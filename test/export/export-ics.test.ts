import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../electron/core/export/export-ics';
import { doc, events } from './sample-timeline';

const now = new Date('2026-01-02T03:04:05Z');

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('iCalendar export', () => {
  const ics = toIcs({ documents: [doc], events, title: 'My, timeline' }, { now });
  const parsed = parseEvents(ics);
  const byUid = new Map(parsed.map((e) => [e.uid, e]));

  it('parses with ical.js into one VEVENT per event that a calendar can hold', () => {
    // 44 BC cannot be written with iCalendar's four-digit years; every other event is there.
    expect(parsed).toHaveLength(events.length - 1);
    expect(byUid.has('e-bc@eventline')).toBe(false);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
  });

  it('writes a day as an all-day event ending the next day', () => {
    const day = byUid.get('e-day@eventline')!;
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2024-10-04');
    expect(day.endDate.toString()).toBe('2024-10-05');
  });

  it('writes longer intervals from their first day to the day after their last', () => {
    expect(byUid.get('e-month@eventline')!.endDate.toString()).toBe('2019-04-01');
    const decade = byUid.get('e-decade@eventline')!;
    expect([decade.startDate.toString(), decade.endDate.toString(), decade.startDate.isDate]).toEqual(['1980-01-01', '1990-01-01', true]);
    // 2023 is not a leap year: the day after 28 February is 1 March.
    expect(byUid.get('e-leap@eventline')!.endDate.toString()).toBe('2023-03-01');
  });

  it('writes an expression with a clock time as a timed event', () => {
    const timed = byUid.get('e-time@eventline')!;
    expect(timed.startDate.isDate).toBe(false);
    expect([timed.startDate.hour, timed.startDate.minute]).toEqual([14, 30]);
  });

  it('carries the label as SUMMARY and the sentence as DESCRIPTION, escaped and unescaped intact', () => {
    const month = byUid.get('e-month@eventline')!;
    expect(month.summary).toBe('Prices, "rose"\nsharply');
    expect(month.description.startsWith('In March 2019 prices rose; nobody knew why.')).toBe(true);
    expect(month.description).toContain('Note: check; source, please');
    expect(month.description).toContain('Relazione "finale", Ünïcödé, paragraph 2');
    expect(month.description).not.toContain('/corpus/');
    expect(month.component.getFirstProperty('categories')?.getValues()).toEqual(['economy', 'to-check']);
    const long = byUid.get('e-year@eventline')!;
    expect(long.description).toContain('naïvely 日本語 text that is long enough');
    expect(long.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-02T03:04:05Z');
  });

  it('folds lines at 75 octets with CRLF and never splits a character', () => {
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const folded = foldLine(`DESCRIPTION:${'日'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'日'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
