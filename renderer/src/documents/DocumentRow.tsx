// One document in the Documents view: title, format, date and where it came from (a guess flagged),
// events, and its two actions — set the date, remove from the library.
import { useRef, type JSX } from 'react';
import type { DocumentSummary } from '../../../electron/shared/model';
import { formatDocumentDate } from '../view/dates';
import { countWords, dateSourceWords, formatWords } from './document-words';
import { SetDateForm } from './SetDateForm';

export interface DocumentRowProps {
  readonly document: DocumentSummary;
  readonly editing: boolean;
  onEdit(id: string | null): void;
  onSaveDate(id: string, dct: string): Promise<void>;
  onRemove(doc: DocumentSummary): void;
}

export function DocumentRow({ document: doc, editing, onEdit, onSaveDate, onRemove }: DocumentRowProps): JSX.Element {
  const source = dateSourceWords(doc);
  const when = formatDocumentDate(doc.dct);
  const setDate = useRef<HTMLButtonElement>(null);
  return (
    <li className={`document-row${source.guess ? ' is-guess' : ''}`} aria-label={doc.title} data-document-id={doc.id}>
      <div className="document-info">
        <span className="doc-title">{doc.title}</span>
        <span className="document-meta muted">
          {formatWords(doc.format)} · {countWords(doc.eventCount, 'event', 'events')} · <span className="document-path" title={doc.path}>{doc.path}</span>
        </span>
        <span className="document-date" data-testid="document-date">
          {when ? (
            <>
              Dated <strong>{when}</strong>
            </>
          ) : (
            'No date'
          )}
        </span>
        <span className="document-source" data-testid="document-source">
          {when ? `Source: ${source.text}` : source.text}
          {source.guess ? <span className="badge warn">guess — please check</span> : null}
        </span>
      </div>
      <div className="document-actions">
        <button ref={setDate} type="button" aria-expanded={editing} aria-label={`Set date… of ${doc.title}`} onClick={() => onEdit(editing ? null : doc.id)}>
          Set date…
        </button>
        <button type="button" aria-label={`Remove from library: ${doc.title}`} onClick={() => onRemove(doc)}>
          Remove from library
        </button>
      </div>
      {editing ? <SetDateForm document={doc} onSave={onSaveDate} onCancel={() => (onEdit(null), setDate.current?.focus())} /> : null}
    </li>
  );
}
