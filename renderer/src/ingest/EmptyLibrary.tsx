// The first thing a user sees with no documents: what to do next.
import type { JSX } from 'react';

export function EmptyLibrary({ onOpenFiles, onOpenFolder }: { readonly onOpenFiles: () => void; readonly onOpenFolder: () => void }): JSX.Element {
  return (
    <div className="empty-library">
      <h2>Your timeline is empty</h2>
      <p>Add articles, reports or notes — text, Markdown, HTML, PDF or Word — and Eventline will place every date they mention on a timeline, each linked to its sentence.</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={onOpenFiles}>
          Open files…
        </button>
        <button type="button" onClick={onOpenFolder}>
          Open folder…
        </button>
      </div>
      <p className="muted">or drop documents anywhere on this window.</p>
    </div>
  );
}
