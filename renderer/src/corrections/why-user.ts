// "Why this date" when the date is the user's: a corrected date must not be explained as if the text
// stated it. Called first by view/why.ts.
import type { Event } from '../../../electron/shared/model';
import { formatEventDate } from '../view/dates';

/** The explanation of a date the user set or an event the user added; null for extracted dates. */
export function userDateWhy(event: Event): string | null {
  const u = event.user;
  if (u?.origin === 'user') return `${formatEventDate(event.date)}: you added this event from the text you selected.`;
  if (u?.edited && u.original && (u.original.date.start !== event.date.start || u.original.date.end !== event.date.end || u.original.date.granularity !== event.date.granularity)) {
    return `${formatEventDate(event.date)}: you corrected this date. The text says “${event.timex.text}”, which was read as ${formatEventDate(u.original.date)}.`;
  }
  return null;
}
