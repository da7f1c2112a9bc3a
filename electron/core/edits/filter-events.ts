// The event query over events that carry their user layer: edited dates and labels are what filters
// see; hidden events stay out unless asked for; tags narrow to events with any of the given tags.
import type { EventQuery } from '../../shared/contract';
import type { Event } from '../../shared/model';
import { compareIso } from '../export/export-input';

/**
 * @param textMatches ids the library's full-text index matched for `query.text` (sentences are not
 *   in the event); without it, labels, notes and tags are searched as plain text.
 */
export function filterEvents(events: readonly Event[], query: EventQuery | undefined, textMatches?: ReadonlySet<string>): Event[] {
  const q = query ?? {};
  const text = q.text?.trim().toLowerCase();
  const tags = q.tags?.length ? new Set(q.tags) : null;
  return events.filter((e) =>
    (q.includeHidden || !e.user?.hidden)
    && (!q.documentIds || q.documentIds.includes(e.documentId))
    && (!q.granularities || q.granularities.includes(e.date.granularity))
    && (!q.from || compareIso(e.date.end, q.from) >= 0)
    && (!q.to || compareIso(e.date.start, q.to) <= 0)
    && (!tags || (e.user?.tags ?? []).some((t) => tags.has(t)))
    && (!text || textMatches?.has(e.id) || matchesText(e, text)));
}

function matchesText(e: Event, text: string): boolean {
  return e.label.toLowerCase().includes(text)
    || (e.user?.note ?? '').toLowerCase().includes(text)
    || (e.user?.tags ?? []).some((t) => t.toLowerCase().includes(text));
}

/** Every tag in use, for the tag filter. */
export function tagsInUse(events: readonly Event[]): string[] {
  return [...new Set(events.flatMap((e) => e.user?.tags ?? []))].sort((a, b) => a.localeCompare(b));
}
