// From a TIMEX3 value to the calendar interval an event occupies. First version: days, months, years.
import type { EventDate, Timex } from '../../shared/model';

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function timexToDate(timex: Timex, anchor: EventDate['anchor']): EventDate | null {
  const base = { anchor, startEdge: 'exact', endEdge: 'exact' } as const;
  let m: RegExpMatchArray | null;
  if ((m = timex.value.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    return { ...base, start: timex.value, end: timex.value, granularity: 'day' };
  }
  if ((m = timex.value.match(/^(\d{4})-(\d{2})$/))) {
    return { ...base, start: `${m[0]}-01`, end: `${m[0]}-${lastDay(+m[1]!, +m[2]!)}`, granularity: 'month' };
  }
  if ((m = timex.value.match(/^(\d{4})$/))) {
    return { ...base, start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, granularity: 'year' };
  }
  return null;
}
