// The Documents view: every document with its date and where that date came from, "Set date…" and
// "Remove from library", and the watched folders with "Stop watching and remove". A native modal
// dialog: Escape closes it and focus goes back to the button or link that opened it.
import { useEffect, useRef, useState, type JSX } from 'react';
import type { DocumentSummary } from '../../../electron/shared/model';
import { api } from '../api';
import { formatDocumentDate } from '../view/dates';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentRow } from './DocumentRow';
import { countWords, documentsUnder, removalWords } from './document-words';
import { FoldersSection } from './FoldersSection';
import { useModal } from './modal';
import './documents.css';

export interface DocumentsDialogProps {
  readonly documents: readonly DocumentSummary[];
  /** The library's revision: the folder list reloads when it changes. */
  readonly revision: number;
  /** Opens with this document's "Set date…" form (from the event panel's link). */
  readonly dateDocumentId?: string | null;
  onClose(): void;
  /** A document's date was set (its events move): the app centres the timeline on them. */
  onDateSet?(documentId: string): void;
}

type Pending = { readonly kind: 'document'; readonly doc: DocumentSummary } | { readonly kind: 'folder'; readonly folder: string };

export const DOCUMENTS_BUTTON_ID = 'documents-button';

export function DocumentsDialog({ documents, revision, dateDocumentId = null, onClose, onDateSet }: DocumentsDialogProps): JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const restoreFocus = useModal(dialog, () => document.getElementById(DOCUMENTS_BUTTON_ID));
  const [editing, setEditing] = useState<string | null>(dateDocumentId);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [folders, setFolders] = useState<readonly string[] | null>(null);

  useEffect(() => {
    let stale = false;
    api()
      .listFolders({})
      .then((list) => !stale && setFolders(list))
      .catch((e: unknown) => !stale && (setFolders([]), setProblem(messageOf(e))));
    return () => {
      stale = true;
    };
  }, [revision]);

  const saveDate = async (id: string, dct: string) => {
    await api().setDocumentDate({ id, dct });
    onDateSet?.(id);
    const title = documents.find((d) => d.id === id)?.title ?? 'The document';
    setEditing(null);
    setStatus(`${title} is now dated ${formatDocumentDate(dct) ?? dct}; its relative dates were counted again from that day.`);
  };

  const remove = async (p: Pending) => {
    setProblem(null);
    try {
      if (p.kind === 'document') {
        await api().removeDocuments({ ids: [p.doc.id] });
        setStatus(`Removed ${p.doc.title} from the library.`);
      } else {
        await api().removeFolder({ path: p.folder });
        setStatus(`Stopped watching ${p.folder} and removed its documents.`);
      }
    } catch (e) {
      setProblem(`Could not remove: ${messageOf(e)}`);
    }
    heading.current?.focus(); // the row that had the focus is gone
  };

  return (
    <dialog
      ref={dialog}
      className="documents-dialog"
      aria-labelledby="documents-title"
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation() /* the app's own Escape (close panel) waits */}
      onClose={() => {
        restoreFocus();
        onClose();
      }}
    >
      <header className="panel-header">
        <h2 id="documents-title" ref={heading} tabIndex={-1}>
          Documents <span className="muted documents-count">{countWords(documents.length, 'document', 'documents')}</span>
        </h2>
        <button type="button" className="icon" aria-label="Close documents" title="Close (Escape)" onClick={() => dialog.current?.close()}>
          ✕
        </button>
      </header>
      <p className="muted documents-intro">Relative dates such as “yesterday” are counted from each document’s date. Dates marked as a guess come from the file, not the text: set them when you know better.</p>
      <p className="documents-status" role="status">
        {status}
      </p>
      {problem ? (
        <p className="set-date-problem" role="alert">
          {problem}
        </p>
      ) : null}

      <section className="panel-section documents-section" aria-labelledby="library-docs-title">
        <h3 id="library-docs-title">In the library</h3>
        {documents.length === 0 ? (
          <p className="muted">No documents yet. Use “Open files” or “Open folder” to add some.</p>
        ) : (
          <ul className="documents-list">
            {documents.map((d) => (
              <DocumentRow key={d.id} document={d} editing={editing === d.id} onEdit={setEditing} onSaveDate={saveDate} onRemove={(doc) => setPending({ kind: 'document', doc })} />
            ))}
          </ul>
        )}
      </section>

      <FoldersSection folders={folders} documents={documents} onRemove={(folder) => setPending({ kind: 'folder', folder })} />

      {pending ? <Confirm pending={pending} documents={documents} onDone={() => setPending(null)} onConfirm={() => void remove(pending)} /> : null}
    </dialog>
  );
}

function Confirm({ pending, documents, onDone, onConfirm }: { readonly pending: Pending; readonly documents: readonly DocumentSummary[]; onDone(): void; onConfirm(): void }): JSX.Element {
  const files = 'The files stay on disk; add them again to bring them back.';
  return pending.kind === 'document' ? (
    <ConfirmDialog
      title={`Remove “${pending.doc.title}” from the library?`}
      message={`This takes ${removalWords([pending.doc])} off the timeline. The file stays on disk; add it again to bring it back.`}
      confirm="Remove"
      onConfirm={onConfirm}
      onClose={onDone}
    />
  ) : (
    <ConfirmDialog
      title="Stop watching this folder?"
      message={`Eventline stops watching ${pending.folder} and takes ${removalWords(documentsUnder(documents, pending.folder))} off the timeline. ${files}`}
      confirm="Stop watching and remove"
      onConfirm={onConfirm}
      onClose={onDone}
    />
  );
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
