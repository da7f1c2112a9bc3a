// Synthetic events for the timeline's pure modules.
import type { Event, EventDate, Granularity } from '../../../electron/shared/model';

export function makeEvent(
  id: string,
  start: string,
  end: string = start,
  granularity: Granularity = 'day',
  extra: Partial<Pick<EventDate, 'startEdge' | 'endEdge'>> & { documentId?: string } = {},
): Event {
  return {
    id,
    documentId: extra.documentId ?? 'doc-a',
    paragraph: 0,
    sentence: { start: 0, end: 10 },
    label: `event ${id}`,
    timex: { text: start, start: 0, end: start.length, type: 'DATE', value: start },
    date: {
      start,
      end,
      granularity,
      anchor: 'absolute',
      startEdge: extra.startEdge ?? 'exact',
      endEdge: extra.endEdge ?? 'exact',
    },
  };
}

/** `count` one-day events, one every `everyDays` days from 1 Jan of `fromYear`. */
export function dailyEvents(count: number, fromYear: number, everyDays = 1, documentId = 'doc-a'): Event[] {
  const out: Event[] = [];
  const t0 = Date.UTC(fromYear, 0, 1);
  for (let i = 0; i < count; i++) {
    const iso = new Date(t0 + i * everyDays * 86_400_000).toISOString().slice(0, 10);
    out.push(makeEvent(`${documentId}-${i}`, iso, iso, 'day', { documentId }));
  }
  return out;
}
