// Adding documents: runs an ingest (dialog or dropped paths), follows its progress, keeps its outcome.
import { useCallback, useEffect, useState } from 'react';
import type { IngestProgress, IngestSummary } from '../../../electron/shared/contract';
import { api } from '../api';

const SUCCESS_NOTICE_MS = 8000;

export interface IngestState {
  /** Progress of the running ingest, or null when none runs. */
  readonly progress: IngestProgress | null;
  /** The outcome of the last ingest, until dismissed. */
  readonly summary: IngestSummary | null;
  readonly failure: string | null;
  openFiles: () => void;
  openFolder: () => void;
  addPaths: (paths: readonly string[]) => void;
  cancel: () => void;
  dismiss: () => void;
}

export function useIngest(): IngestState {
  const [progress, setProgress] = useState<IngestProgress | null>(null);
  const [summary, setSummary] = useState<IngestSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => api().on('ingestProgress', (p) => setProgress(p.done >= p.total && p.total > 0 ? null : p)), []);

  // Good news fades after a while; errors stay until the user has seen them.
  useEffect(() => {
    if (!summary || summary.errors.length > 0) return;
    const t = setTimeout(() => setSummary(null), SUCCESS_NOTICE_MS);
    return () => clearTimeout(t);
  }, [summary]);

  const run = useCallback((start: () => Promise<IngestSummary>) => {
    setFailure(null);
    setProgress({ done: 0, total: 0, current: null });
    start()
      .then((s) => {
        // Nothing picked (dialog cancelled) is not worth a message.
        const nothing = s.added + s.updated + s.unchanged === 0 && s.errors.length === 0 && !s.cancelled;
        setSummary(nothing ? null : s);
      })
      .catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))
      .finally(() => setProgress(null));
  }, []);

  return {
    progress,
    summary,
    failure,
    openFiles: useCallback(() => run(() => api().openDocuments({ kind: 'files' })), [run]),
    openFolder: useCallback(() => run(() => api().openDocuments({ kind: 'folder' })), [run]),
    addPaths: useCallback((paths: readonly string[]) => run(() => api().addDroppedFiles({ paths })), [run]),
    cancel: useCallback(() => void api().cancelIngest({}).catch(() => undefined), []),
    dismiss: useCallback(() => {
      setSummary(null);
      setFailure(null);
    }, []),
  };
}
