// Edits whose text is gone after documents changed: listed for the user, never dropped silently.
import { useEffect, useState, type JSX } from 'react';
import type { OrphanEdit } from '../../../electron/shared/contract';
import { api } from '../api';

export function useOrphanEdits(): readonly OrphanEdit[] {
  const [orphans, setOrphans] = useState<readonly OrphanEdit[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void api().listOrphanEdits({}).then((o) => live && setOrphans(o), () => undefined);
    load();
    const stop = api().on('libraryChanged', load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return orphans;
}

export function OrphanEditsList({ orphans, onClose }: { readonly orphans: readonly OrphanEdit[]; readonly onClose: () => void }): JSX.Element {
  return (
    <div className="corrections-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onClose())}>
      <section className="corrections-dialog" role="dialog" aria-modal="true" aria-labelledby="orphans-title">
        <header className="panel-header">
          <h2 id="orphans-title">Corrections that lost their text</h2>
          <button type="button" className="icon" onClick={onClose} aria-label="Close" autoFocus>
            ✕
          </button>
        </header>
        <p className="muted small">These documents changed and the text your correction was made on is gone. The corrections are kept: they come back if the text does.</p>
        <ul className="orphan-list">
          {orphans.map((o, i) => (
            <li key={i}>
              <strong>{o.description}</strong>
              <br />
              <span className="muted small">{o.documentPath}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
