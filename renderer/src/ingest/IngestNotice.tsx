// What the last ingest did, in one line, with the way to its errors.
import type { JSX } from 'react';
import type { IngestSummary } from '../../../electron/shared/contract';

/** "2 documents added, 1 unchanged; 1 file could not be read." */
export function summaryText(s: IngestSummary): string {
  const parts: string[] = [];
  const n = (k: number, word: string): string => `${k} ${k === 1 ? 'document' : 'documents'} ${word}`;
  if (s.added) parts.push(n(s.added, 'added'));
  if (s.updated) parts.push(n(s.updated, 'updated'));
  if (s.unchanged) parts.push(`${s.unchanged} unchanged`);
  let text = parts.join(', ') || 'No documents added';
  if (s.errors.length) text += `; ${s.errors.length} ${s.errors.length === 1 ? 'file' : 'files'} could not be read`;
  if (s.cancelled) text += ' (cancelled)';
  return `${text}.`;
}

export interface IngestNoticeProps {
  readonly summary: IngestSummary | null;
  readonly failure: string | null;
  readonly onShowErrors: () => void;
  readonly onDismiss: () => void;
}

export function IngestNotice({ summary, failure, onShowErrors, onDismiss }: IngestNoticeProps): JSX.Element | null {
  if (!summary && !failure) return null;
  const hasErrors = (summary?.errors.length ?? 0) > 0 || failure !== null;
  return (
    <div className={`ingest-notice${hasErrors ? ' has-errors' : ''}`} role="status">
      <span>{failure ? `Could not add documents: ${failure}` : summary ? summaryText(summary) : ''}</span>
      {summary && summary.errors.length > 0 ? (
        <button type="button" onClick={onShowErrors}>
          Show errors
        </button>
      ) : null}
      <button type="button" className="icon" aria-label="Dismiss" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
