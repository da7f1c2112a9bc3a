// Merging other events into this one (the same happening told twice): the others leave the timeline
// and this event lists them. Candidates are the shown events nearest in date.
import { useMemo, useState, type JSX } from 'react';
import type { Event } from '../../../electron/shared/model';
import { dateSortKey, formatEventDate } from '../view/dates';

const MAX_CANDIDATES = 50;

export function mergeCandidates(event: Event, shown: readonly Event[]): Event[] {
  const key = dateSortKey(event.date.start);
  return shown
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, d: Math.abs(dateSortKey(e.date.start) - key) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, MAX_CANDIDATES)
    .map(({ e }) => e);
}

export interface MergeControlProps {
  readonly event: Event;
  readonly shownEvents: readonly Event[];
  readonly busy: boolean;
  onMerge(ids: string[]): void;
}

export function MergeControl({ event, shownEvents, busy, onMerge }: MergeControlProps): JSX.Element {
  const candidates = useMemo(() => mergeCandidates(event, shownEvents), [event, shownEvents]);
  const [choice, setChoice] = useState('');
  const merged = event.user?.mergedIds.length ?? 0;
  return (
    <form
      className="correction-form merge"
      aria-label="Merge events"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) onMerge([choice]);
        setChoice('');
      }}
    >
      {merged > 0 ? <p className="muted small">{merged === 1 ? 'One event was' : `${merged} events were`} merged into this one.</p> : null}
      <label>
        Same happening as
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose an event…</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {formatEventDate(c.date)} — {c.label}
            </option>
          ))}
        </select>
      </label>
      <div className="correction-actions">
        <button type="submit" disabled={busy || !choice}>
          Merge into this event
        </button>
      </div>
    </form>
  );
}
