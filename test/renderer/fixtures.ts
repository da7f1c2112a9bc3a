// Small builders for renderer view-logic tests.
import type { Event, EventDate } from '../../electron/shared/model';

export function date(start: string, end: string, granularity: EventDate['granularity'], extra: Partial<EventDate> = {}): EventDate {
  return { start, end, granularity, anchor: 'absolute', startEdge: 'exact', endEdge: 'exact', ...extra };
}

export function event(id: string, d: EventDate, extra: Partial<Event> = {}): Event {
  return {
    id,
    documentId: 'doc1',
    paragraph: 0,
    sentence: { start: 0, end: 10 },
    label: `event ${id}`,
    timex: { text: 'Friday', start: 0, end: 6, type: 'DATE', value: d.start },
    date: d,
    ...extra,
  };
}
