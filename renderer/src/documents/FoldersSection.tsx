// The watched folders: each added folder is watched for new, changed and deleted files. "Stop
// watching and remove" forgets the folder and takes its documents off the timeline.
import type { JSX } from 'react';
import type { DocumentSummary } from '../../../electron/shared/model';
import { baseName, countWords, documentsUnder } from './document-words';

export interface FoldersSectionProps {
  /** Null while the list loads. */
  readonly folders: readonly string[] | null;
  readonly documents: readonly DocumentSummary[];
  onRemove(folder: string): void;
}

export function FoldersSection({ folders, documents, onRemove }: FoldersSectionProps): JSX.Element {
  return (
    <section className="panel-section documents-section" aria-labelledby="folders-title">
      <h3 id="folders-title">Watched folders</h3>
      {folders === null ? (
        <p className="muted">Loading…</p>
      ) : folders.length === 0 ? (
        <p className="muted">No watched folders. A folder added with “Open folder” is watched: new, changed and deleted files update the timeline.</p>
      ) : (
        <ul className="folder-list">
          {folders.map((folder) => (
            <li key={folder} className="folder-row" aria-label={folder}>
              <div className="document-info">
                <span className="doc-title">{baseName(folder)}</span>
                <span className="document-meta muted">
                  <span className="document-path" title={folder}>{folder}</span> · {countWords(documentsUnder(documents, folder).length, 'document', 'documents')}
                </span>
              </div>
              <div className="document-actions">
                <button type="button" aria-label={`Stop watching and remove: ${folder}`} onClick={() => onRemove(folder)}>
                  Stop watching and remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
