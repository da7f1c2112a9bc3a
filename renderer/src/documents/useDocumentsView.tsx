// Whether the Documents view is open, and for which document's date: one place the toolbar, the
// overview and the event panel's "Set the document's date" link all open it through.
import { useCallback, useState, type JSX } from 'react';
import type { DocumentSummary } from '../../../electron/shared/model';
import { DocumentsDialog } from './DocumentsDialog';

export interface DocumentsView {
  /** Opens the view; with a document id, straight on that document's "Set date…" form. */
  open(dateDocumentId?: string): void;
  /** The dialog when open, to be mounted once by the app. */
  readonly dialog: JSX.Element | null;
}

export function useDocumentsView(documents: readonly DocumentSummary[], revision: number, onDateSet?: (documentId: string) => void): DocumentsView {
  const [state, setState] = useState<{ readonly dateDocumentId: string | null } | null>(null);
  const open = useCallback((dateDocumentId?: string) => setState({ dateDocumentId: dateDocumentId ?? null }), []);
  const dialog = state ? <DocumentsDialog documents={documents} revision={revision} dateDocumentId={state.dateDocumentId} onClose={() => setState(null)} onDateSet={onDateSet} /> : null;
  return { open, dialog };
}
