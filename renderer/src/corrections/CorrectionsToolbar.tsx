// The toolbar's part of the user's layer: tag filter and "show hidden", Export…, and a warning when
// some corrections lost their text. Mounted in the app's toolbar.
import { useEffect, useState, type JSX } from 'react';
import type { EventQuery, ViewState } from '../../../electron/shared/contract';
import type { Event } from '../../../electron/shared/model';
import { api } from '../api';
import { ExportDialog } from './ExportDialog';
import { OrphanEditsList, useOrphanEdits } from './OrphanEdits';
import { TagFilter } from './TagFilter';
import type { UserFilterState } from './user-filters';
import './corrections.css';

export interface CorrectionsToolbarProps {
  readonly events: readonly Event[];
  readonly query: EventQuery;
  readonly filtered: boolean;
  readonly view: ViewState;
  readonly userFilters: UserFilterState;
  onProjectOpened?(view: ViewState): void;
}

export function CorrectionsToolbar({ events, query, filtered, view, userFilters, onProjectOpened }: CorrectionsToolbarProps): JSX.Element {
  const [exportOpen, setExportOpen] = useState(false);
  const [orphansOpen, setOrphansOpen] = useState(false);
  const orphans = useOrphanEdits();
  // File > Export… in the native menu.
  useEffect(() => api().on('menuCommand', ({ command }) => command === 'export' && setExportOpen(true)), []);

  return (
    <div className="corrections-toolbar">
      <TagFilter events={events} state={userFilters} />
      <button type="button" onClick={() => setExportOpen(true)} title="Export the timeline, save or open a project">
        Export…
      </button>
      {orphans.length > 0 ? (
        <button type="button" className="error-button" onClick={() => setOrphansOpen(true)} title="Corrections whose text is gone">
          {orphans.length} lost {orphans.length === 1 ? 'correction' : 'corrections'}
        </button>
      ) : null}
      {exportOpen ? <ExportDialog query={query} filtered={filtered} events={events} view={view} onClose={() => setExportOpen(false)} {...(onProjectOpened ? { onProjectOpened } : {})} /> : null}
      {orphansOpen ? <OrphanEditsList orphans={orphans} onClose={() => setOrphansOpen(false)} /> : null}
    </div>
  );
}
