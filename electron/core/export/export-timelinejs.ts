// TimelineJS export (Knight Lab's JSON format, https://timeline.knightlab.com/docs/json-format.html):
// `{ title?, events: [{ start_date, end_date?, text: { headline, text }, unique_id, group? }] }`.
// TimelineJS renders `text` as HTML, and document text is untrusted, so every string is escaped.
import type { Granularity } from '../../shared/model';
import { exportRows, type ExportInput } from './export-input';
import { parseIsoDate, type DateParts } from './iso-date';

export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface TimelineJsSlide {
  readonly start_date?: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: { readonly headline: string; readonly text: string };
  readonly unique_id?: string;
  readonly group?: string;
}

export interface TimelineJsDocument {
  readonly title?: TimelineJsSlide;
  readonly events: readonly TimelineJsSlide[];
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** How much of a date TimelineJS should show, by the event's granularity. */
const PRECISION: Readonly<Record<Granularity, 'day' | 'month' | 'year'>> = {
  time: 'day', day: 'day', week: 'day',
  month: 'month', season: 'month', quarter: 'month', half: 'month',
  year: 'year', decade: 'year', century: 'year', millennium: 'year',
};

/** ISO years are astronomical (0 is 1 BC); TimelineJS users write 44 BC as -44, so BC years shift by one. */
function toTimelineDate(parts: DateParts, precision: 'day' | 'month' | 'year'): TimelineJsDate {
  const year = parts.year <= 0 ? parts.year - 1 : parts.year;
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month: parts.month };
  return { year, month: parts.month, day: parts.day };
}

const same = (a: TimelineJsDate, b: TimelineJsDate) => a.year === b.year && a.month === b.month && a.day === b.day;

export function toTimelineJs(input: ExportInput): TimelineJsDocument {
  const events = exportRows(input).flatMap(({ event, sentence, document }): TimelineJsSlide[] => {
    const start = parseIsoDate(event.date.start);
    const end = parseIsoDate(event.date.end);
    if (!start || !end) return [];
    const precision = PRECISION[event.date.granularity];
    const startDate = toTimelineDate(start, precision);
    const endDate = toTimelineDate(end, precision);
    const source = document ? `<p><small>${escapeHtml(document.title)}, paragraph ${event.paragraph + 1}</small></p>` : '';
    const note = event.user?.note ? `<p>${escapeHtml(event.user.note)}</p>` : '';
    return [{
      start_date: startDate,
      ...(same(startDate, endDate) ? {} : { end_date: endDate }),
      text: { headline: escapeHtml(event.label), text: `<p>${escapeHtml(sentence)}</p>${note}${source}` },
      unique_id: event.id,
      ...(document ? { group: escapeHtml(document.title) } : {}),
    }];
  });
  return {
    ...(input.title ? { title: { text: { headline: escapeHtml(input.title), text: '' } } } : {}),
    events,
  };
}

export function toTimelineJsString(input: ExportInput): string {
  return `${JSON.stringify(toTimelineJs(input), null, 2)}\n`;
}
