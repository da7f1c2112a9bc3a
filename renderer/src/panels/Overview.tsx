// What the side panel shows when no event is open: the library at a glance and how to get around.
import type { JSX } from 'react';
import type { DocumentSummary, Event } from '../../../electron/shared/model';
import { spanOfYears } from '../view/dates';
import { documentDateWords } from '../view/why';

export interface OverviewProps {
  readonly documents: readonly DocumentSummary[];
  /** The shown events, in date order. */
  readonly events: readonly Event[];
  /** Opens the Documents view (dates, removal, watched folders). */
  readonly onManageDocuments?: () => void;
}

export function Overview({ documents, events, onManageDocuments }: OverviewProps): JSX.Element {
  const span = spanOfYears(events.map((e) => e.date));
  return (
    <aside className="event-panel overview" aria-labelledby="overview-title">
      <h2 id="overview-title">Your timeline</h2>
      <p>
        {events.length.toLocaleString('en')} {events.length === 1 ? 'event' : 'events'} from {documents.length.toLocaleString('en')} {documents.length === 1 ? 'document' : 'documents'}
        {span ? (
          <>
            , spanning <strong>{span}</strong>
          </>
        ) : null}
        .
      </p>
      <p className="muted">Select an event on the timeline or in the list to see the sentence it comes from and why it has its date.</p>
      <section className="panel-section" aria-labelledby="overview-docs">
        <h3 id="overview-docs">Documents</h3>
        <ul className="doc-list">
          {documents.slice(0, 50).map((d) => (
            <li key={d.id}>
              <span className="doc-title">{d.title}</span>
              <span className="muted">
                {d.eventCount} {d.eventCount === 1 ? 'event' : 'events'} · {documentDateWords(d)}
              </span>
            </li>
          ))}
        </ul>
        {documents.length > 50 ? <p className="muted">and {documents.length - 50} more.</p> : null}
        {onManageDocuments ? (
          <button type="button" className="overview-manage-documents" aria-haspopup="dialog" onClick={onManageDocuments}>
            Manage documents…
          </button>
        ) : null}
      </section>
      <section className="panel-section" aria-labelledby="overview-keys">
        <h3 id="overview-keys">Keyboard</h3>
        <dl className="keys">
          <dt>↑ ↓</dt>
          <dd>move through the events</dd>
          <dt>Enter / Esc</dt>
          <dd>open / close an event</dd>
          <dt>+ − 0</dt>
          <dd>zoom in, zoom out, fit all</dd>
          <dt>/ or Ctrl+F</dt>
          <dd>search</dd>
        </dl>
      </section>
    </aside>
  );
}
