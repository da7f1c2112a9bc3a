// The files the last ingest could not read, each with a message a person can act on.
import { useEffect, useRef, useState, type JSX } from 'react';
import type { FileError } from '../../../electron/shared/model';
import { api } from '../api';

export function ErrorList({ onClose }: { readonly onClose: () => void }): JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<readonly FileError[] | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    let stale = false;
    api()
      .listIngestErrors({})
      .then((list) => !stale && setErrors(list))
      .catch(() => !stale && setErrors([]));
    return () => {
      stale = true;
    };
  }, []);

  return (
    <dialog ref={dialog} className="error-dialog" aria-labelledby="errors-title" onClose={onClose} onCancel={onClose}>
      <header className="panel-header">
        <h2 id="errors-title">Files that could not be read</h2>
        <button type="button" className="icon" aria-label="Close" onClick={() => dialog.current?.close()}>
          ✕
        </button>
      </header>
      {errors === null ? (
        <p className="muted">Loading…</p>
      ) : errors.length === 0 ? (
        <p className="muted">No errors in the last import.</p>
      ) : (
        <ul className="error-list" aria-label={`${errors.length} files with errors`}>
          {errors.map((e, i) => (
            <li key={`${e.path}-${i}`}>
              <code className="error-path">{e.path}</code>
              <span className="error-message">{e.message}</span>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
