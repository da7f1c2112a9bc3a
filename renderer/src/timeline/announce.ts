// The sentence a screen reader hears after the window moves. Pure.
import { DAY_MS, formatMs } from './deep-time';

/** "Showing 1979 to 2025, 3 events": years for wide windows, months or days as it narrows.
 * The end is exclusive, so the last instant shown is end - 1 ms. */
export function describeWindow(start: number, end: number, count: number): string {
  const span = end - start;
  const precision = span > 3 * 365 * DAY_MS ? 'year' : span > 60 * DAY_MS ? 'month' : 'day';
  const from = formatMs(start, precision);
  const to = formatMs(end - 1, precision);
  const events = `${count.toLocaleString('en-US')} ${count === 1 ? 'event' : 'events'}`;
  return from === to ? `Showing ${from}, ${events}` : `Showing ${from} to ${to}, ${events}`;
}
