// The toolbar's way into the Documents view.
import type { JSX } from 'react';
import { DOCUMENTS_BUTTON_ID } from './DocumentsDialog';

export function DocumentsButton({ count, onOpen }: { readonly count: number; onOpen(): void }): JSX.Element {
  return (
    <button type="button" id={DOCUMENTS_BUTTON_ID} onClick={onOpen} aria-haspopup="dialog" aria-label="Documents" title={`Documents in the library (${count}): dates, removal, watched folders`}>
      <svg className="icon-svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M8 3h8l4 4v11H8z M16 3v4h4 M4 7v14h12 M11 11h6 M11 14h6" />
      </svg>
      <span className="label-text">Documents</span>
    </button>
  );
}
