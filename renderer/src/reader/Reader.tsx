// The source reader: the whole document, paragraphs numbered, scrolled to the event's paragraph with
// its sentence highlighted; every other dated expression is a button back to the timeline.
import { useEffect, useMemo, useRef, type JSX } from 'react';
import type { Document, Event } from '../../../electron/shared/model';
import { Pieces } from '../panels/Excerpt';
import { formatDocumentDate, formatEventDate } from '../view/dates';
import { segmentText, type Mark } from '../view/highlight';
import { documentDateWords } from '../view/why';
import { AddEventFromSelection } from '../corrections/AddEventFromSelection';

export interface ReaderProps {
  readonly document: Document;
  readonly event: Event;
  readonly documentEvents: readonly Event[];
  /** Another event picked in the text: back to the timeline, centred on it. */
  readonly onPick: (id: string) => void;
  readonly onClose: () => void;
}

export function Reader({ document, event, documentEvents, onPick, onClose }: ReaderProps): JSX.Element {
  const target = useRef<HTMLLIElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const textRoot = useRef<HTMLOListElement>(null);
  const marksByParagraph = useMemo(() => {
    const map = new Map<number, Mark[]>();
    for (const e of documentEvents) {
      const list = map.get(e.paragraph) ?? [];
      list.push({ start: e.timex.start, end: e.timex.end, id: e.id });
      map.set(e.paragraph, list);
    }
    return map;
  }, [documentEvents]);
  const byId = useMemo(() => new Map(documentEvents.map((e) => [e.id, e])), [documentEvents]);
  const describe = (id: string): string => {
    const e = byId.get(id);
    return e ? `${e.label} — ${formatEventDate(e.date)} (show on the timeline)` : 'Show on the timeline';
  };

  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
    closeButton.current?.focus({ preventScroll: true });
  }, [document.id, event.id]);

  const docDate = formatDocumentDate(document.dct);
  return (
    <section
      className="reader"
      role="dialog"
      aria-modal="false"
      aria-labelledby="reader-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="reader-header">
        <div>
          <h2 id="reader-title">{document.title}</h2>
          <p className="muted">
            {docDate ? `${docDate} · ` : ''}
            {documentDateWords(document)} · {document.paragraphs.length} paragraphs
          </p>
        </div>
        <button ref={closeButton} type="button" onClick={onClose} title="Back to the timeline (Escape)">
          ← Back to timeline
        </button>
      </header>
      <AddEventFromSelection document={document} textRoot={textRoot} onAdded={onPick} />
      <ol ref={textRoot} className="reader-text" aria-label="Document text">
        {document.paragraphs.map((text, i) => {
          const current = i === event.paragraph;
          return (
            <li key={i} ref={current ? target : undefined} className={current ? 'current' : undefined} data-paragraph={i + 1} aria-current={current ? 'location' : undefined}>
              <span className="para-number" aria-hidden="true">
                {i + 1}
              </span>
              <p>
                <Pieces pieces={segmentText(text, marksByParagraph.get(i) ?? [], current ? event.sentence : null)} currentId={event.id} onPick={onPick} describe={describe} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
