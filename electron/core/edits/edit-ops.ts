// Turning a user action (edit, merge, add) into the stored record it becomes. Pure: ids and clock come in.
import type { EventEdit } from '../../shared/contract';
import type { Event } from '../../shared/model';
import type { EditRecord, EditableDocument, TextAnchor, UserDate } from './edit-record';

/** The span an event is found by: its time expression, or its sentence when it has none (a sentence
 * dated by its context carries an empty expression); user events: the selection they were made from. */
export function eventSpan(event: Event): { readonly start: number; readonly end: number } {
  return event.timex.end > event.timex.start ? event.timex : event.sentence;
}

/** The anchor of an event: document, paragraph, span and the span's text. */
export function anchorOfEvent(event: Event, doc: EditableDocument): TextAnchor {
  const span = eventSpan(event);
  const paragraph = doc.paragraphs[event.paragraph] ?? '';
  const context = paragraph.slice(event.sentence.start, event.sentence.end);
  return {
    documentPath: doc.path,
    contentHash: doc.contentHash,
    paragraph: event.paragraph,
    start: span.start,
    end: span.end,
    text: paragraph.slice(span.start, span.end) || event.timex.text,
    ...(context ? { context } : {}),
  };
}

/** Tags trimmed, empty ones dropped, each once. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}

/** Throws on a date whose end is before its start, or that is not ISO. */
export function checkDate(date: UserDate): UserDate {
  const iso = /^([+-]\d{6}|\d{4})-\d{2}-\d{2}$/;
  if (!iso.test(date.start) || !iso.test(date.end)) throw new Error('dates must be ISO YYYY-MM-DD');
  const key = (d: string) => Number(d.replace(/-(\d{2})-(\d{2})$/, '$1$2'));
  if (key(date.end) < key(date.start)) throw new Error('the end date is before the start date');
  return { start: date.start, end: date.end, granularity: date.granularity };
}

/**
 * The record after an edit: the existing one updated, or a new one anchored on the event.
 * The anchor is refreshed to where the event is now, so the next re-extraction starts from here.
 */
export function applyEventEdit(existing: EditRecord | undefined, event: Event, doc: EditableDocument, edit: EventEdit, id: string, now: string): EditRecord {
  const base: EditRecord = existing ?? { id, kind: 'extracted', anchor: anchorOfEvent(event, doc) };
  const anchor = base.kind === 'extracted' ? anchorOfEvent(event, doc) : { ...base.anchor, contentHash: doc.contentHash, paragraph: event.paragraph, start: event.timex.start, end: event.timex.end };
  const next: EditRecord = {
    ...base,
    anchor,
    ...(edit.label !== undefined ? { label: edit.label.trim() || (event.user?.original?.label ?? event.label) } : {}),
    ...(edit.date !== undefined ? { date: checkDate(edit.date) } : {}),
    ...(edit.hidden !== undefined ? { hidden: edit.hidden } : {}),
    ...(edit.note !== undefined ? { note: edit.note } : {}),
    ...(edit.tags !== undefined ? { tags: cleanTags(edit.tags) } : {}),
    updatedAt: now,
  };
  return next.kind === 'extracted' ? withoutReverted(next, event) : next;
}

/** Setting an extracted event's date or label back to what extraction said reverts the correction:
 * the record stops overriding it (so a later re-extraction's reading applies again). */
function withoutReverted(record: EditRecord, event: Event): EditRecord {
  const original = event.user?.original ?? { label: event.label, date: event.date };
  const { date, label, ...rest } = record;
  const sameDate = date && date.start === original.date.start && date.end === original.date.end && date.granularity === original.date.granularity;
  return { ...rest, ...(date && !sameDate ? { date } : {}), ...(label !== undefined && label !== original.label ? { label } : {}) };
}

/** The kept event's record after merging others into it (their own merges come along). */
export function applyMerge(keep: EditRecord, merged: readonly { readonly anchor: TextAnchor; readonly record?: EditRecord }[], now: string): EditRecord {
  const anchors = [...(keep.merged ?? [])];
  const key = (a: TextAnchor) => `${a.documentPath}\u0000${a.paragraph}\u0000${a.start}\u0000${a.text}`;
  const seen = new Set(anchors.map(key));
  for (const m of merged) {
    for (const a of [m.anchor, ...(m.record?.merged ?? [])]) {
      if (!seen.has(key(a))) {
        seen.add(key(a));
        anchors.push(a);
      }
    }
  }
  return { ...keep, merged: anchors, updatedAt: now };
}
