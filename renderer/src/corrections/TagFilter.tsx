// The tag filter and the "show hidden" switch: what the user's layer adds to the search filters.
import { useMemo, type JSX } from 'react';
import type { Event } from '../../../electron/shared/model';
import type { UserFilterState } from './user-filters';

/** Tags on the shown events plus the ones selected (which may narrow the list to nothing). */
export function tagChoices(events: readonly Event[], selected: readonly string[]): string[] {
  return [...new Set([...selected, ...events.flatMap((e) => e.user?.tags ?? [])])].sort((a, b) => a.localeCompare(b));
}

export function TagFilter({ events, state }: { readonly events: readonly Event[]; readonly state: UserFilterState }): JSX.Element {
  const tags = useMemo(() => tagChoices(events, state.filters.tags), [events, state.filters.tags]);
  return (
    <div className="tag-filter" role="group" aria-label="Tags and hidden events">
      {tags.length === 0 ? <span className="muted small">No tags yet</span> : null}
      {tags.map((t) => (
        <button key={t} type="button" className="tag-chip" aria-pressed={state.filters.tags.includes(t)} onClick={() => state.toggleTag(t)} title={`Only events tagged “${t}”`}>
          #{t}
        </button>
      ))}
      <label className="choice small">
        <input type="checkbox" checked={state.filters.includeHidden} onChange={(e) => state.setIncludeHidden(e.target.checked)} />
        Show hidden
      </label>
    </div>
  );
}
