// The progress of a running ingest, with Cancel; the other files continue when one fails.
import type { JSX } from 'react';
import type { IngestProgress } from '../../../electron/shared/contract';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function IngestProgressBar({ progress, onCancel }: { readonly progress: IngestProgress; readonly onCancel: () => void }): JSX.Element {
  const known = progress.total > 0;
  return (
    <div className="ingest-progress" role="status" aria-live="polite">
      <div className="ingest-progress-text">
        {known ? `Reading documents: ${progress.done} of ${progress.total}` : 'Reading documents…'}
        {progress.current ? <span className="muted"> — {baseName(progress.current)}</span> : null}
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Ingest progress"
        aria-valuemin={0}
        aria-valuemax={known ? progress.total : undefined}
        aria-valuenow={known ? progress.done : undefined}
      >
        <div className={`progress-fill${known ? '' : ' indeterminate'}`} style={{ width: known ? `${(100 * progress.done) / progress.total}%` : '30%' }} />
      </div>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
