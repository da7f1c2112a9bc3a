// The "Set date…" form of one document: a date input, Save and Cancel. Saving asks main to date the
// document; its relative dates ("yesterday", "last week") are re-resolved from the new day, and the
// timeline and list refresh through the library's change notification.
import { useEffect, useId, useRef, useState, type JSX } from 'react';
import type { DocumentSummary } from '../../../electron/shared/model';
import { isCalendarDay } from './document-words';

export interface SetDateFormProps {
  readonly document: Pick<DocumentSummary, 'id' | 'title' | 'dct'>;
  /** Saves the date; rejects with the reason when main refuses it. */
  onSave(id: string, dct: string): Promise<void>;
  onCancel(): void;
}

export function SetDateForm({ document: doc, onSave, onCancel }: SetDateFormProps): JSX.Element {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // A date input only holds four-digit years; other dates start empty.
  const [value, setValue] = useState(doc.dct !== null && isCalendarDay(doc.dct) ? doc.dct : '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const save = async () => {
    if (!isCalendarDay(value)) {
      setProblem('Enter a full date: day, month and year.');
      input.current?.focus();
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await onSave(doc.id, value);
    } catch (e) {
      setProblem(`The date could not be saved: ${e instanceof Error ? e.message : String(e)}`);
      setSaving(false);
    }
  };

  return (
    <form
      className="set-date-form"
      aria-label={`Set the date of ${doc.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        // Escape leaves the form, not the whole Documents view.
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-date`}>Date of this document</label>
      <div className="set-date-row">
        <input
          ref={input}
          id={`${id}-date`}
          type="date"
          value={value}
          required
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem !== null}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save date'}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
      <p id={`${id}-hint`} className="muted set-date-hint">
        Relative dates in the text, such as “yesterday” or “last week”, will be counted from this day.
      </p>
      {problem ? (
        <p id={`${id}-problem`} className="set-date-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
