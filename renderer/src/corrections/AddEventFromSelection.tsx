// "Add event" in the reader: the user selects text in a paragraph; the event takes its date from the
// selection (or its sentence), or from what the user types when the text states none.
import { useEffect, useState, type JSX, type RefObject } from 'react';
import type { Document } from '../../../electron/shared/model';
import { api } from '../api';
import { normalizeBound } from '../view/query';
import { readerSelection, type ReaderSelection } from './selection-offsets';
import { useAction } from './use-action';
import './corrections.css';

export interface AddEventFromSelectionProps {
  readonly document: Document;
  /** The reader's text (selections elsewhere are ignored). */
  readonly textRoot: RefObject<HTMLElement | null>;
  /** The new event: back to the timeline, centred on it. */
  onAdded(id: string): void;
}

export function AddEventFromSelection({ document, textRoot, onAdded }: AddEventFromSelectionProps): JSX.Element {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const [date, setDate] = useState('');
  const action = useAction();

  useEffect(() => {
    const update = () => {
      const root = textRoot.current;
      const next = root ? readerSelection(window.getSelection(), root) : null;
      // Keep the last selection while the user types a date in the form.
      if (next) setSelection(next);
    };
    window.document.addEventListener('selectionchange', update);
    return () => window.document.removeEventListener('selectionchange', update);
  }, [textRoot]);

  const add = async () => {
    if (!selection) return;
    const typed = date.trim();
    const start = typed ? normalizeBound(typed, 'from') : null;
    const end = typed ? normalizeBound(typed, 'to') : null;
    const given = start && end ? { start, end, granularity: /^\S+-\d{1,2}-\d{1,2}$/.test(typed) ? 'day' as const : /^\S+-\d{1,2}$/.test(typed) ? 'month' as const : 'year' as const } : undefined;
    if (typed && !given) {
      await action.run(() => Promise.reject(new Error(`“${typed}” is not a date (try 1998, 1998-06 or 1998-06-15)`)));
      return;
    }
    const added = await action.run(() => api().addEvent({ documentId: document.id, paragraph: selection.paragraph, start: selection.start, end: selection.end, ...(given ? { date: given } : {}) }));
    if (added) {
      setSelection(null);
      setDate('');
      onAdded(added.id);
    }
  };

  return (
    <form
      className="add-event"
      aria-label="Add an event from the selected text"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <span className="muted small" data-testid="selection-preview">
        {selection ? `Selected: “${selection.text.length > 60 ? `${selection.text.slice(0, 60)}…` : selection.text}” (paragraph ${selection.paragraph + 1})` : 'Select text in a paragraph to add an event.'}
      </span>
      <label>
        Date <span className="visually-hidden">(optional: read from the text when empty)</span>
        <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="from the text" size={12} />
      </label>
      <button type="submit" disabled={!selection || action.busy}>
        Add event
      </button>
      {action.error ? <p role="alert" className="correction-error">{action.error}</p> : null}
    </form>
  );
}
