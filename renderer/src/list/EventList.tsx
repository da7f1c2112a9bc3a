// The event list beside the timeline: date order, one row per event, a windowed listbox (only visible
// rows exist in the DOM). The keyboard path through the timeline: arrows select, Enter opens, Escape closes.
import { useEffect, useLayoutEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { DocumentSummary, Event } from '../../../electron/shared/model';
import { documentColor } from '../timeline/TimelineView';
import { formatEventDate } from '../view/dates';
import { scrollToReveal, visibleRows } from './windowing';

const ROW_HEIGHT = 54;

export interface EventListProps {
  readonly events: readonly Event[];
  readonly documents: readonly DocumentSummary[];
  readonly selectedId: string | null;
  /** Index of the first event in the timeline's window: the list scrolls there when the window moves. */
  readonly windowIndex: number | null;
  readonly onSelect: (id: string) => void;
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

/** The user's layer on a row: muted and struck when hidden, marked when corrected or added. */
export function userRowClasses(e: Event): string {
  const user = e.user;
  if (user === undefined) return '';
  return `${user.hidden ? ' hidden-event' : ''}${user.origin === 'user' ? ' user-added' : user.edited ? ' corrected' : ''}`;
}

export function optionId(eventId: string): string {
  return `event-option-${eventId}`;
}

export function EventList({ events, documents, selectedId, windowIndex, onSelect, onOpen, onClose }: EventListProps): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const selectedIndex = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // Keep the selected row in view.
  useEffect(() => {
    const el = box.current;
    if (!el || selectedIndex < 0) return;
    const to = scrollToReveal(selectedIndex, ROW_HEIGHT, el.scrollTop, el.clientHeight);
    if (to === null) return;
    el.scrollTop = to;
    setScrollTop(to); // render the rows now, not after the scroll event
  }, [selectedIndex]);

  // Follow the timeline's window, unless the selection is what the user is looking at.
  useEffect(() => {
    const el = box.current;
    if (!el || windowIndex === null || selectedIndex >= 0) return;
    const to = Math.min(windowIndex, Math.max(0, events.length - 1)) * ROW_HEIGHT;
    el.scrollTop = to;
    setScrollTop(el.scrollTop);
  }, [windowIndex, selectedIndex, events.length]);

  const move = (index: number): void => {
    const e = events[Math.max(0, Math.min(events.length - 1, index))];
    if (e) onSelect(e.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const from = selectedIndex < 0 ? -1 : selectedIndex;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(from + 1),
      ArrowUp: () => move(from < 0 ? 0 : from - 1),
      PageDown: () => move(from + page),
      PageUp: () => move(from - page),
      Home: () => move(0),
      End: () => move(events.length - 1),
      Enter: () => selectedId && onOpen(selectedId),
      ' ': () => selectedId && onOpen(selectedId),
      Escape: onClose,
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const { first, last } = visibleRows(events.length, ROW_HEIGHT, scrollTop, height);
  const rows = events.slice(first, last);

  return (
    <div
      ref={box}
      className="event-list"
      role="listbox"
      tabIndex={0}
      aria-label={`Events in date order, ${events.length} ${events.length === 1 ? 'event' : 'events'}`}
      aria-activedescendant={selectedIndex >= first && selectedIndex < last && selectedId ? optionId(selectedId) : undefined}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="event-list-spacer" style={{ height: events.length * ROW_HEIGHT }}>
        {rows.map((e, i) => {
          const index = first + i;
          const selected = e.id === selectedId;
          return (
            <div
              key={e.id}
              id={optionId(e.id)}
              role="option"
              aria-selected={selected}
              aria-posinset={index + 1}
              aria-setsize={events.length}
              className={`event-row${selected ? ' selected' : ''}${e.date.anchor === 'text-context' || e.date.anchor === 'file-date' ? ' inferred' : ''}${userRowClasses(e)}`}
              style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
              onClick={() => {
                onSelect(e.id);
                onOpen(e.id);
                box.current?.focus();
              }}
            >
              <span className="event-row-label">
                <span className="doc-dot" style={{ background: documentColor(e.documentId, documents) }} aria-hidden="true" />
                {e.label}
              </span>
              <span className="event-row-meta">
                <span className="event-row-date">{formatEventDate(e.date)}</span>
                {documents.length > 1 ? <span className="event-row-doc"> · {titles.get(e.documentId) ?? ''}</span> : null}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
