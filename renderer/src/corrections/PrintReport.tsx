// The PDF report: printed (Electron's printToPDF, Chromium's page.pdf) with the timeline image on
// top and, below it, the shown events with their excerpts. Invisible on screen; the print styles in
// corrections.css show only the timeline and this report.
import { useEffect, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import type { Document, Event } from '../../../electron/shared/model';
import { api } from '../api';
import { formatEventDate } from '../view/dates';

/** Beyond this many events the report lists the first ones and says how many it left out. */
export const REPORT_LIMIT = 1000;

/** Loads the documents of the events, then calls `onReady` once the report is in the page. */
export function PrintReport({ events, onReady }: { readonly events: readonly Event[]; readonly onReady: () => void }): JSX.Element {
  const [docs, setDocs] = useState<ReadonlyMap<string, Document> | null>(null);
  const shown = events.slice(0, REPORT_LIMIT);

  useEffect(() => {
    let live = true;
    const ids = [...new Set(shown.map((e) => e.documentId))];
    void Promise.all(ids.map((id) => api().getDocument({ id }).catch(() => null))).then((list) => {
      if (live) setDocs(new Map(list.filter((d): d is Document => d !== null).map((d) => [d.id, d])));
    });
    return () => {
      live = false;
    };
    // The events are fixed for the life of one print.
  }, []);

  useEffect(() => {
    if (!docs) return;
    // Two frames: the report is laid out before the page is printed.
    requestAnimationFrame(() => requestAnimationFrame(onReady));
  }, [docs, onReady]);

  return createPortal(
    <section className="print-report" aria-hidden="true">
      <h1>Eventline report</h1>
      <p>
        {events.length} events{events.length > shown.length ? ` (the first ${shown.length} listed)` : ''} · printed {new Date().toLocaleString()}
      </p>
      <ol>
        {shown.map((e) => {
          const doc = docs?.get(e.documentId);
          const sentence = doc?.paragraphs[e.paragraph]?.slice(e.sentence.start, e.sentence.end) ?? '';
          return (
            <li key={e.id}>
              <strong>{formatEventDate(e.date)}</strong> — {e.label}
              {e.user?.edited ? ' (corrected)' : ''}
              <blockquote>{sentence}</blockquote>
              <small>
                {doc?.title ?? ''}, paragraph {e.paragraph + 1}
                {e.user?.note ? ` · Note: ${e.user.note}` : ''}
              </small>
            </li>
          );
        })}
      </ol>
    </section>,
    document.body,
  );
}
