// Correcting an event's date (with its precision) and its label. Dates are typed as the filters take
// them: "1998", "1998-06", "1998-06-15" or "44 BC"; the end defaults to the end of the start's period.
import { useState, type JSX } from 'react';
import type { EventEdit } from '../../../electron/shared/contract';
import type { Event, Granularity } from '../../../electron/shared/model';
import { granularityWords } from '../view/dates';
import { normalizeBound } from '../view/query';

export const GRANULARITIES: readonly Granularity[] = ['time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium'];

/** The edit the form's fields amount to, or an error message. Unchanged fields are left out. */
export function formEdit(event: Event, fields: { start: string; end: string; granularity: Granularity; label: string }): EventEdit | string {
  const start = normalizeBound(fields.start, 'from');
  const end = normalizeBound(fields.end.trim() || fields.start, 'to');
  if (!start) return `“${fields.start}” is not a date (try 1998, 1998-06 or 1998-06-15)`;
  if (!end) return `“${fields.end}” is not a date`;
  const label = fields.label.trim();
  const dateChanged = start !== event.date.start || end !== event.date.end || fields.granularity !== event.date.granularity;
  return {
    ...(dateChanged ? { date: { start, end, granularity: fields.granularity } } : {}),
    ...(label && label !== event.label ? { label } : {}),
  };
}

export interface DateLabelFormProps {
  readonly event: Event;
  readonly busy: boolean;
  onSave(edit: EventEdit): void;
  onCancel(): void;
}

export function DateLabelForm({ event, busy, onSave, onCancel }: DateLabelFormProps): JSX.Element {
  const [start, setStart] = useState(event.date.start);
  const [end, setEnd] = useState(event.date.end);
  const [granularity, setGranularity] = useState<Granularity>(event.date.granularity);
  const [label, setLabel] = useState(event.label);
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <form
      className="correction-form"
      aria-label="Correct date and label"
      onSubmit={(e) => {
        e.preventDefault();
        const edit = formEdit(event, { start, end, granularity, label });
        if (typeof edit === 'string') setProblem(edit);
        else if (Object.keys(edit).length === 0) onCancel();
        else onSave(edit);
      }}
    >
      <label>
        Label
        <input value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <div className="correction-row">
        <label>
          Start
          <input value={start} onChange={(e) => setStart(e.target.value)} placeholder="1998-06-15" aria-describedby="date-help" />
        </label>
        <label>
          End
          <input value={end} onChange={(e) => setEnd(e.target.value)} placeholder="same period" aria-describedby="date-help" />
        </label>
        <label>
          Precision
          <select value={granularity} onChange={(e) => setGranularity(e.target.value as Granularity)}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>
                {granularityWords(g)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="date-help" className="muted small">A year, month or day (1998, 1998-06, 1998-06-15, 44 BC). An empty end means the end of the start’s period.</p>
      {problem ? <p role="alert" className="correction-error">{problem}</p> : null}
      <div className="correction-actions">
        <button type="submit" className="primary" disabled={busy}>
          Save correction
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
