// Date order for the list (and for the timeline's data): chronological, signed years included.
import type { Event } from '../../../electron/shared/model';
import { dateSortKey } from './dates';

/** Events sorted by start, then end, then position in their document; a new array. */
export function sortByDate(events: readonly Event[]): Event[] {
  const keyed = events.map((e) => ({ e, s: dateSortKey(e.date.start), t: dateSortKey(e.date.end) }));
  keyed.sort((a, b) => a.s - b.s || a.t - b.t || a.e.documentId.localeCompare(b.e.documentId) || a.e.paragraph - b.e.paragraph || a.e.sentence.start - b.e.sentence.start);
  return keyed.map((k) => k.e);
}

/** A Date as the same sortable key as an ISO date (local calendar, as the timeline shows it). */
export function dateKeyOf(d: Date): number {
  return d.getFullYear() * 10_000 + (d.getMonth() + 1) * 100 + d.getDate();
}

/** Index of the first event (in date order) that starts on or after `key`; events.length if none. */
export function firstIndexFrom(sorted: readonly Event[], key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = sorted[mid];
    if (e && dateSortKey(e.date.start) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
