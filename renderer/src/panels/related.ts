// The neighbours of an event worth a click: others told in the same sentence, and others on the same date.
import type { Event } from '../../../electron/shared/model';

const MAX_SAME_DATE = 12;

export function relatedEvents(event: Event, documentEvents: readonly Event[], shownEvents: readonly Event[]): { sameSentence: Event[]; sameDate: Event[] } {
  const sameSentence = documentEvents.filter(
    (e) => e.id !== event.id && e.paragraph === event.paragraph && e.sentence.start === event.sentence.start && e.sentence.end === event.sentence.end,
  );
  const inSentence = new Set(sameSentence.map((e) => e.id));
  const sameDate = shownEvents
    .filter((e) => e.id !== event.id && !inSentence.has(e.id) && e.date.start === event.date.start && e.date.end === event.date.end)
    .slice(0, MAX_SAME_DATE);
  return { sameSentence, sameDate };
}
