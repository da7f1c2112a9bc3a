// Date range, documents and precision: the filters that narrow both the timeline and the list.
import type { JSX } from 'react';
import type { DocumentSummary, Granularity } from '../../../electron/shared/model';
import { NO_FILTERS, normalizeBound, type Filters } from '../view/query';

const GRANULARITIES: readonly Granularity[] = ['time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium'];

export interface FiltersPanelProps {
  readonly filters: Filters;
  readonly documents: readonly DocumentSummary[];
  readonly onChange: (f: Filters) => void;
  readonly onClose: () => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function FiltersPanel({ filters, documents, onChange, onClose }: FiltersPanelProps): JSX.Element {
  const set = (patch: Partial<Filters>): void => onChange({ ...filters, ...patch });
  const badFrom = filters.from.trim() !== '' && normalizeBound(filters.from, 'from') === null;
  const badTo = filters.to.trim() !== '' && normalizeBound(filters.to, 'to') === null;
  return (
    <div
      className="filters-panel"
      role="group"
      aria-label="Filters"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <fieldset>
        <legend>Date range</legend>
        <label>
          From
          <input type="text" inputMode="numeric" placeholder="1980 or 44 BC" value={filters.from} aria-invalid={badFrom} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="text" inputMode="numeric" placeholder="2024-10-04" value={filters.to} aria-invalid={badTo} onChange={(e) => set({ to: e.target.value })} />
        </label>
        {badFrom || badTo ? <p className="field-error">Write a year (1980, 44 BC), a month (1980-05) or a day (1980-05-17).</p> : null}
      </fieldset>
      <fieldset>
        <legend>Precision</legend>
        <div className="chips">
          {GRANULARITIES.map((g) => (
            <label key={g} className="chip">
              <input type="checkbox" checked={filters.granularities.includes(g)} onChange={() => set({ granularities: toggle(filters.granularities, g) })} />
              {g}
            </label>
          ))}
        </div>
      </fieldset>
      {documents.length > 1 ? (
        <fieldset>
          <legend>Documents</legend>
          <div className="doc-filter">
            {documents.map((d) => (
              <label key={d.id}>
                <input type="checkbox" checked={filters.documentIds.includes(d.id)} onChange={() => set({ documentIds: toggle(filters.documentIds, d.id) })} />
                {d.title} <span className="muted">({d.eventCount})</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="filters-actions">
        <button type="button" onClick={() => onChange({ ...NO_FILTERS, text: filters.text })}>
          Clear filters
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
