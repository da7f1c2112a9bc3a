// "Are you sure?" for removals: a small modal alert dialog over the Documents view. Cancel has the
// focus first, so Enter or Escape never removes anything by accident.
import { useId, useRef, type JSX } from 'react';
import { useModal } from './modal';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly message: string;
  /** The confirming button's text, e.g. "Remove". */
  readonly confirm: string;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmDialog({ title, message, confirm, onConfirm, onClose }: ConfirmDialogProps): JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const restoreFocus = useModal(dialog);
  const id = useId();
  const confirmed = useRef(false);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onClose={(e) => {
        e.stopPropagation(); // the Documents dialog around this one stays open
        if (!confirmed.current) restoreFocus();
        onClose();
        if (confirmed.current) onConfirm();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="confirm-actions">
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            confirmed.current = true;
            dialog.current?.close();
          }}
        >
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
