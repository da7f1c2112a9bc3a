// Centre the timeline on events that a change is about to bring in (an event added from the reader,
// a document whose date changed): the change is saved first and the list reloads later, so the
// timeline can only find them once the new events arrive. Waits for the next events that differ
// from the ones shown when asked, then focuses (one event) or shows (a document's events).
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Event } from '../../../electron/shared/model';
import type { TimelineHandle } from '../timeline/TimelineView';

type Target = { readonly kind: 'event'; readonly id: string } | { readonly kind: 'document'; readonly id: string };
interface Pending { readonly target: Target; readonly since: readonly Event[]; readonly until: number }

/** How long a request waits for its events (a filter may keep them out of the list for good). */
const WAIT_MS = 15_000;

export interface FocusAfterReload {
  /** Focus this event (select and centre) once it is in the list. */
  focusEvent(id: string): void;
  /** Show this document's events once the list has reloaded. */
  focusDocument(documentId: string): void;
}

/** Apply a request to these events; true when done. */
function apply(timeline: TimelineHandle | null, target: Target, events: readonly Event[]): boolean {
  if (timeline === null) return false;
  if (target.kind === 'event') {
    if (!events.some((e) => e.id === target.id)) return false;
    timeline.focus(target.id);
    return true;
  }
  const ids = events.filter((e) => e.documentId === target.id).map((e) => e.id);
  if (ids.length === 0) return false;
  timeline.focusEvents(ids);
  return true;
}

export function useFocusAfterReload(timeline: RefObject<TimelineHandle | null>, events: readonly Event[]): FocusAfterReload {
  const pending = useRef<Pending | null>(null);
  const shown = useRef(events);
  shown.current = events;

  // Runs after the timeline's own effects (children first), so its lanes already hold these events.
  useEffect(() => {
    const p = pending.current;
    if (p === null || p.since === events) return;
    if (Date.now() > p.until || apply(timeline.current, p.target, events)) pending.current = null;
  }, [events, timeline]);

  const request = useCallback((target: Target) => {
    pending.current = { target, since: shown.current, until: Date.now() + WAIT_MS };
  }, []);
  const focusEvent = useCallback(
    (id: string) => {
      // Already listed (an event picked in the reader): focus now; else when it arrives.
      if (!apply(timeline.current, { kind: 'event', id }, shown.current)) request({ kind: 'event', id });
    },
    [request, timeline],
  );
  const focusDocument = useCallback(
    (documentId: string) => {
      request({ kind: 'document', id: documentId });
      // If the reload already came in before the save answered, these are the new events; if not,
      // the reload moves the window again when it arrives.
      apply(timeline.current, { kind: 'document', id: documentId }, shown.current);
    },
    [request, timeline],
  );
  return { focusEvent, focusDocument };
}
