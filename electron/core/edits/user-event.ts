// Builds the Event a user added from a reader selection, from its stored record and where its text is now.
import type { Event, EventDate, Timex } from '../../shared/model';
import { splitSentences } from '../text/segment';
import { userEventDate, userEventId, type EditRecord, type EditableDocument } from './edit-record';
import type { LocatedSpan } from './locate-anchor';

/** A TIMEX3-style value for a date the user gave, at its granularity (`2019-03`, `2019`, `198`). */
export function timexValueOf(date: Pick<EventDate, 'start' | 'granularity'>): string {
  const m = /^([+-]?\d+)-(\d{2})-(\d{2})$/.exec(date.start);
  const y = m?.[1];
  const mo = m?.[2];
  if (!y || !mo) return date.start;
  switch (date.granularity) {
    case 'month': return `${y}-${mo}`;
    case 'year': return y;
    case 'decade': return y.slice(0, -1);
    case 'century': return y.slice(0, -2);
    case 'millennium': return y.slice(0, -3);
    default: return date.start;
  }
}

/** The sentence holding the span (widened to the span when the span crosses sentences). */
export function sentenceAround(paragraph: string, start: number, end: number): { start: number; end: number } {
  const sentences = splitSentences(paragraph);
  const first = sentences.find((s) => s.start <= start && start < s.end);
  const last = sentences.find((s) => s.start < end && end <= s.end);
  return { start: Math.min(first?.start ?? start, start), end: Math.max(last?.end ?? end, end) };
}

export function buildUserEvent(record: EditRecord, doc: EditableDocument, at: LocatedSpan): Event | null {
  if (!record.date) return null;
  const paragraph = doc.paragraphs[at.paragraph] ?? '';
  const date = userEventDate(record.date, record.anchorKind ?? 'absolute');
  const timex: Timex = { text: record.anchor.text, start: at.start, end: at.end, type: 'DATE', value: timexValueOf(date) };
  return {
    id: userEventId(record),
    documentId: doc.id,
    paragraph: at.paragraph,
    sentence: sentenceAround(paragraph, at.start, at.end),
    label: record.label ?? record.anchor.text,
    timex,
    date,
  };
}
