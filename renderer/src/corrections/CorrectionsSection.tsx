// The event panel's corrections: what the user changed, correcting date and label, hiding a false
// positive, a note and tags, and merging the same happening told twice. Every change goes to main,
// which stores it apart from extraction results and tells the app the library changed.
import { useState, type JSX } from 'react';
import type { EventEdit } from '../../../electron/shared/contract';
import type { Event } from '../../../electron/shared/model';
import { api } from '../api';
import { formatEventDate } from '../view/dates';
import { DateLabelForm } from './DateLabelForm';
import { MergeControl } from './MergeControl';
import { NotesTags } from './NotesTags';
import { useAction } from './use-action';
import './corrections.css';

export interface CorrectionsSectionProps {
  readonly event: Event;
  /** The events currently shown (merge candidates). */
  readonly shownEvents: readonly Event[];
}

/** What the user did to this event, in words ("Corrected by you; extracted as …"). */
export function userStatus(event: Event): string | null {
  const u = event.user;
  if (!u) return null;
  const parts: string[] = [];
  if (u.origin === 'user') parts.push('Added by you');
  if (u.edited && u.original) {
    const was: string[] = [];
    if (u.original.date.start !== event.date.start || u.original.date.end !== event.date.end || u.original.date.granularity !== event.date.granularity) {
      was.push(`date ${formatEventDate(u.original.date)}`);
    }
    if (u.original.label !== event.label) was.push(`label “${u.original.label}”`);
    parts.push(was.length ? `Corrected by you (extracted: ${was.join(', ')})` : 'Corrected by you');
  }
  if (u.hidden) parts.push('Hidden from the timeline');
  return parts.length ? parts.join(' · ') : null;
}

export function CorrectionsSection({ event, shownEvents }: CorrectionsSectionProps): JSX.Element {
  const [editing, setEditing] = useState(false);
  const action = useAction();
  const edit = (change: EventEdit) => action.run(() => api().editEvent({ id: event.id, edit: change }));
  const status = userStatus(event);
  const hidden = event.user?.hidden ?? false;

  return (
    <section aria-labelledby="corrections-title" className="panel-section corrections">
      <h3 id="corrections-title">Your corrections</h3>
      {status ? <p className="correction-status" data-testid="correction-status">{status}</p> : null}
      {editing ? (
        <DateLabelForm
          key={event.id}
          event={event}
          busy={action.busy}
          onCancel={() => setEditing(false)}
          onSave={(change) => void edit(change).then((saved) => saved && setEditing(false))}
        />
      ) : (
        <div className="correction-actions">
          <button type="button" onClick={() => setEditing(true)}>
            Correct date or label
          </button>
          {event.user?.edited && event.user.original ? (
            <button type="button" disabled={action.busy} onClick={() => {
              const o = event.user?.original;
              if (o) void edit({ label: o.label, date: { start: o.date.start, end: o.date.end, granularity: o.date.granularity } });
            }} title="Back to the date and label read from the text">
              Revert to extracted
            </button>
          ) : null}
          <button type="button" aria-pressed={hidden} onClick={() => void edit({ hidden: !hidden })} disabled={action.busy} title={hidden ? 'Show this event again' : 'Not a real event: hide it from the timeline'}>
            {hidden ? 'Unhide' : 'Hide (false positive)'}
          </button>
        </div>
      )}
      <NotesTags event={event} busy={action.busy} onSave={(note, tags) => void edit({ note, tags })} />
      <MergeControl event={event} shownEvents={shownEvents} busy={action.busy} onMerge={(ids) => void action.run(() => api().mergeEvents({ keepId: event.id, mergeIds: ids }))} />
      {action.error ? <p role="alert" className="correction-error">{action.error}</p> : null}
    </section>
  );
}
