// One full document (with its paragraphs) and its events, fetched on demand for the panel and reader.
import { useEffect, useState } from 'react';
import type { Document, Event } from '../../../electron/shared/model';
import { api } from '../api';
import { sortByDate } from '../view/order';

export interface DocumentView {
  readonly document: Document | null;
  /** Every event of the document (unfiltered), in date order. */
  readonly events: readonly Event[];
}

export function useDocument(id: string | null, revision: number): DocumentView {
  const [view, setView] = useState<DocumentView & { id: string | null }>({ id: null, document: null, events: [] });
  useEffect(() => {
    if (!id) return;
    let stale = false;
    Promise.all([api().getDocument({ id }), api().listEvents({ query: { documentIds: [id] } })])
      .then(([document, events]) => {
        if (!stale) setView({ id, document, events: sortByDate(events) });
      })
      .catch(() => {
        if (!stale) setView({ id, document: null, events: [] });
      });
    return () => {
      stale = true;
    };
  }, [id, revision]);
  return view.id === id ? view : { document: null, events: [] };
}
