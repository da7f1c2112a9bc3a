// iCalendar export (RFC 5545). A day is an all-day VEVENT (DTSTART;VALUE=DATE, DTEND the next day);
// a longer interval spans its days with an exclusive DTEND; an expression with a clock time is a
// timed (floating) VEVENT. The sentence is the DESCRIPTION. Lines are folded at 75 octets.
import type { Event } from '../../shared/model';
import { exportRows, type ExportInput, type ExportRow } from './export-input';
import { compact, nextDayCompact, parseIsoDate } from './iso-date';

export interface IcsOptions {
  /** DTSTAMP of every VEVENT; the time of export. */
  readonly now?: Date;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space,
 * never splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A clock time from the expression's TIMEX3 value (`2024-10-04T14:30`), if it has one. */
function clockTime(event: Event): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(event.timex.value);
  return event.date.granularity === 'time' && m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6] ?? '00'}` : null;
}

function vevent({ event, sentence, document }: ExportRow, stamp: string): string[] | null {
  const start = parseIsoDate(event.date.start);
  const end = parseIsoDate(event.date.end);
  // iCalendar dates have four-digit years: events before year 1 or after 9999 cannot be written.
  if (!start || !end || start.year < 1 || end.year > 9999) return null;
  const time = clockTime(event);
  const when = time ? [`DTSTART:${time}`] : [`DTSTART;VALUE=DATE:${compact(start)}`, `DTEND;VALUE=DATE:${nextDayCompact(end)}`];
  // The title, not the path: a calendar gets shared, and local paths name users and folders.
  const source = document ? `\n\n${document.title}, paragraph ${event.paragraph + 1}` : '';
  const note = event.user?.note ? `\n\nNote: ${event.user.note}` : '';
  const tags = event.user?.tags.length ? [`CATEGORIES:${event.user.tags.map(escapeText).join(',')}`] : [];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.id)}@eventline`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(event.label)}`,
    `DESCRIPTION:${escapeText(sentence + source + note)}`,
    ...tags,
    'END:VEVENT',
  ];
}

export function toIcs(input: ExportInput, options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Eventline//Eventline//EN',
    'CALSCALE:GREGORIAN',
    ...(input.title ? [`X-WR-CALNAME:${escapeText(input.title)}`] : []),
    ...exportRows(input).flatMap((row) => vevent(row, stamp) ?? []),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
