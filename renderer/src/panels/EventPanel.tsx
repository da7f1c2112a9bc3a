// The side panel of the selected event: what happened, when (as written and as normalized), why
// that date, the sentence with its time expression marked, its document, and its neighbours.
import type { JSX } from 'react';
import type { Document, DocumentSummary, Event } from '../../../electron/shared/model';
import { formatDocumentDate, formatEventDate, granularityWords } from '../view/dates';
import { sentencePieces } from '../view/highlight';
import { whyThisDate } from '../view/why';
import { Pieces } from './Excerpt';
import { relatedEvents } from './related';
import { CorrectionsSection } from '../corrections/CorrectionsSection';

export interface EventPanelProps {
  readonly event: Event;
  readonly summary: DocumentSummary | null;
  /** The full document, once loaded (for the sentence text). */
  readonly document: Document | null;
  readonly documentEvents: readonly Event[];
  /** The events currently shown (for "on the same date"). */
  readonly shownEvents: readonly Event[];
  readonly onSelect: (id: string) => void;
  readonly onOpenSource: () => void;
  readonly onClose: () => void;
  /** Opens the Documents view on this document's date (offered when the date is the file's). */
  readonly onSetDocumentDate?: (documentId: string) => void;
}

export function EventPanel({ event, summary, document, documentEvents, shownEvents, onSelect, onOpenSource, onClose, onSetDocumentDate }: EventPanelProps): JSX.Element {
  const paragraph = document?.paragraphs[event.paragraph] ?? null;
  const { sameSentence, sameDate } = relatedEvents(event, documentEvents, shownEvents);
  const docDate = formatDocumentDate(summary?.dct ?? null);
  const inferred = event.date.anchor === 'text-context' || event.date.anchor === 'file-date' || event.date.anchor === 'unresolved';

  return (
    <aside className={`event-panel${event.user?.hidden ? ' is-hidden' : ''}`} aria-labelledby="event-panel-title">
      <header className="panel-header">
        <h2 id="event-panel-title">{event.label}</h2>
        <button type="button" className="icon" onClick={onClose} aria-label="Close event panel" title="Close (Escape)">
          ✕
        </button>
      </header>

      <p className="panel-date">
        <span className="as-written">{event.timex.text.trim() ? `“${event.timex.text}”` : 'no date in this sentence'}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden">means </span>
        <strong className="normalized" data-testid="normalized-date">{formatEventDate(event.date)}</strong>
      </p>
      <p className="panel-precision muted">
        Precision: {granularityWords(event.date.granularity)}
        {inferred ? <span className="badge warn">inferred</span> : null}
        {userBadges(event).map((b) => (
          <span key={b} className={`badge user-badge user-badge-${b.replace(/ /g, '-')}`}>
            {b}
          </span>
        ))}
      </p>

      <section aria-labelledby="excerpt-title" className="panel-section">
        <h3 id="excerpt-title">From the text</h3>
        <blockquote className="excerpt" data-testid="excerpt">
          {paragraph === null ? <span className="muted">Loading…</span> : <Pieces pieces={sentencePieces(paragraph, event.sentence, event.timex, event.id)} currentId={event.id} />}
        </blockquote>
        <div className="panel-source">
          <p className="muted">
            <span className="doc-title">{summary?.title ?? 'Unknown document'}</span>
            {docDate ? ` · ${docDate}` : ''} · paragraph {event.paragraph + 1}
          </p>
          <button type="button" className="primary" onClick={onOpenSource} data-open-source>
            Open source
          </button>
        </div>
      </section>

      <section aria-labelledby="why-title" className="panel-section">
        <h3 id="why-title">Why this date</h3>
        <p className="why" data-testid="why-this-date">{whyThisDate(event, summary, documentEvents)}</p>
        {summary?.dctSource === 'file-mtime' && onSetDocumentDate ? (
          <p className="set-document-date-link">
            <button type="button" className="link" aria-haspopup="dialog" onClick={() => onSetDocumentDate(summary.id)}>
              Set the document's date
            </button>
          </p>
        ) : null}
      </section>

      <CorrectionsSection event={event} shownEvents={shownEvents} />

      {sameSentence.length + sameDate.length > 0 ? (
        <section aria-labelledby="related-title" className="panel-section">
          <h3 id="related-title">Related events</h3>
          <RelatedList title="In the same sentence" events={sameSentence} onSelect={onSelect} />
          <RelatedList title="On the same date" events={sameDate} onSelect={onSelect} />
        </section>
      ) : null}
    </aside>
  );
}

/** The user's layer, named: "hidden", "corrected", "added by you". */
export function userBadges(event: Event): string[] {
  const user = event.user;
  if (user === undefined) return [];
  const out: string[] = [];
  if (user.origin === 'user') out.push('added by you');
  else if (user.edited) out.push('corrected');
  if (user.hidden) out.push('hidden');
  return out;
}

function RelatedList({ title, events, onSelect }: { readonly title: string; readonly events: readonly Event[]; readonly onSelect: (id: string) => void }): JSX.Element | null {
  if (events.length === 0) return null;
  return (
    <div className="related">
      <h4>{title}</h4>
      <ul>
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" className="link" onClick={() => onSelect(e.id)}>
              {e.label}
            </button>{' '}
            <span className="muted">— {formatEventDate(e.date)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
