// Ingests a list of files into the store through the extraction pool: unchanged files cost no work,
// each changed or new file is written in one transaction, errors are collected per file, progress
// is reported after each file, and an abort stops the run between (and during) files.
import type { IngestProgress, IngestSummary } from '../../shared/contract';
import type { FileError } from '../../shared/model';
import type { DocumentStore } from '../store/document-store';
import type { ExtractPool } from './worker-pool';

export interface IngestRun {
  readonly files: readonly string[];
  readonly store: DocumentStore;
  readonly pool: ExtractPool;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: IngestProgress) => void;
}

export interface IngestCounts {
  added: number;
  updated: number;
  unchanged: number;
  errors: FileError[];
  cancelled: boolean;
}

export async function ingestFiles(run: IngestRun): Promise<IngestSummary> {
  const { files, store, pool, signal, onProgress } = run;
  const counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, errors: [], cancelled: false };
  let next = 0;
  let done = 0;
  const total = files.length;
  onProgress?.({ done, total, current: null });
  const onAbort = () => pool.cancelAll();
  signal?.addEventListener('abort', onAbort);

  const lane = async () => {
    while (next < files.length && !signal?.aborted) {
      const file = files[next++]!;
      onProgress?.({ done, total, current: file });
      const known = store.findByPath(file);
      const result = await pool.run({ path: file, known, userDct: known?.userDct ?? null });
      if (result.kind === 'cancelled' || signal?.aborted) break;
      if (result.kind === 'unchanged') {
        counts.unchanged++;
        if (known && (known.size !== result.stamp.size || known.mtimeMs !== result.stamp.mtimeMs)) store.touch(known.id, result.stamp);
      } else if (result.kind === 'error') {
        counts.errors.push({ path: file, message: result.message });
      } else {
        try {
          store.put(result.doc, result.events, result.stamp, result.extracted, known?.userDct ?? null);
          if (known) counts.updated++;
          else counts.added++;
        } catch (e) {
          counts.errors.push({ path: file, message: `could not be stored: ${e instanceof Error ? e.message : String(e)}` });
        }
      }
      done++;
      onProgress?.({ done, total, current: done === total ? null : file });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(pool.size, Math.max(1, files.length)) }, lane));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  counts.cancelled = signal?.aborted ?? false;
  return counts;
}
