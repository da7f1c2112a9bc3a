// Text pieces as elements: marks for time expressions, links that open only through the app after a
// click. Document text is always rendered as text, never as HTML.
import type { JSX } from 'react';
import { api } from '../api';
import { splitLinks, type Piece } from '../view/highlight';

function Runs({ text }: { readonly text: string }): JSX.Element {
  return (
    <>
      {splitLinks(text).map((run, i) =>
        run.url ? (
          <a
            key={i}
            href={run.url}
            rel="noreferrer noopener"
            title={`Open ${run.url} in your browser`}
            onClick={(e) => {
              e.preventDefault();
              void api().openExternal({ url: run.url ?? '' }).catch(() => undefined);
            }}
          >
            {run.text}
          </a>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}

export interface PiecesProps {
  readonly pieces: readonly Piece[];
  /** The mark shown as "this event". */
  readonly currentId: string | null;
  /** Makes other marks buttons that pick their event. */
  readonly onPick?: (id: string) => void;
  readonly describe?: (id: string) => string;
}

export function Pieces({ pieces, currentId, onPick, describe }: PiecesProps): JSX.Element {
  return (
    <>
      {pieces.map((p) => {
        const cls = p.inSentence ? 'in-sentence' : undefined;
        if (!p.markId) return <span key={p.start} className={cls}><Runs text={p.text} /></span>;
        if (p.markId === currentId || !onPick) {
          return (
            <mark key={p.start} className={`timex${p.markId === currentId ? ' current' : ''}${p.inSentence ? ' in-sentence' : ''}`}>
              {p.text}
            </mark>
          );
        }
        const id = p.markId;
        return (
          <button key={p.start} type="button" className={`timex-link${p.inSentence ? ' in-sentence' : ''}`} title={describe?.(id)} aria-label={describe?.(id)} onClick={() => onPick(id)}>
            {p.text}
          </button>
        );
      })}
    </>
  );
}
