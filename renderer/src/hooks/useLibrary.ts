// The library as the renderer sees it: documents, and the events the current query shows (in date
// order), refreshed whenever main says the library changed.
import { useEffect, useState } from 'react';
import type { EventQuery } from '../../../electron/shared/contract';
import type { DocumentSummary, Event } from '../../../electron/shared/model';
import { api } from '../api';
import { sortByDate } from '../view/order';

export interface LibraryView {
  readonly documents: readonly DocumentSummary[];
  /** The filtered events, sorted by date. */
  readonly events: readonly Event[];
  /** False until the first answer arrives (so the empty state does not flash). */
  readonly loaded: boolean;
  /** Bumped on every library change, so caches of documents can be dropped. */
  readonly revision: number;
  readonly error: string | null;
  /** The query (as JSON) the events answer, so callers can tell a fresh answer from a stale one. */
  readonly queryKey: string | null;
}

export function useLibrary(query: EventQuery): LibraryView {
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<Omit<LibraryView, 'revision'>>({ documents: [], events: [], loaded: false, error: null, queryKey: null });

  useEffect(() => api().on('libraryChanged', () => setRevision((r) => r + 1)), []);

  const queryKey = JSON.stringify(query);
  useEffect(() => {
    let stale = false; // a slower, older answer must not overwrite a newer one
    const q = JSON.parse(queryKey) as EventQuery;
    Promise.all([api().listDocuments({}), api().listEvents({ query: q })])
      .then(([documents, events]) => {
        if (!stale) setState({ documents, events: sortByDate(events), loaded: true, error: null, queryKey });
      })
      .catch((e: unknown) => {
        if (!stale) setState((s) => ({ ...s, loaded: true, error: e instanceof Error ? e.message : String(e) }));
      });
    return () => {
      stale = true;
    };
  }, [queryKey, revision]);

  return { ...state, revision };
}
