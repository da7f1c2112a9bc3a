// The header toolbar: add documents, search and filter, zoom, lanes, theme, and the error list.
import type { JSX, ReactNode, RefObject } from 'react';
import { Icon } from './icons';

export interface ToolbarProps {
  readonly search: ReactNode;
  readonly searchRef?: RefObject<HTMLInputElement | null>;
  readonly filterCount: number;
  readonly filtersOpen: boolean;
  readonly lanesByDocument: boolean;
  readonly dark: boolean;
  readonly errorCount: number;
  readonly busy: boolean;
  /** Tag filter, export and lost corrections (renderer/src/corrections). */
  readonly extra?: ReactNode;
  /** The Documents view's button (renderer/src/documents), after the add-documents group. */
  readonly documents?: ReactNode;
  onOpenFiles(): void;
  onOpenFolder(): void;
  onToggleFilters(): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onToggleLanes(): void;
  onToggleDark(): void;
  onShowErrors(): void;
}

export function Toolbar(p: ToolbarProps): JSX.Element {
  return (
    <header className="toolbar">
      <div className="brand" aria-label="Eventline">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Eventline</span>
      </div>
      <div className="toolbar-group" role="group" aria-label="Add documents">
        <button type="button" onClick={p.onOpenFiles} disabled={p.busy} title="Open files…" aria-label="Open files">
          <Icon name="file" /> <span className="label-text">Open files</span>
        </button>
        <button type="button" onClick={p.onOpenFolder} disabled={p.busy} title="Open folder…" aria-label="Open folder">
          <Icon name="folder" /> <span className="label-text">Open folder</span>
        </button>
      </div>
      {p.documents}
      <div className="toolbar-search">{p.search}</div>
      <button type="button" aria-expanded={p.filtersOpen} aria-controls="filters" onClick={p.onToggleFilters} aria-label={p.filterCount > 0 ? `Filters, ${p.filterCount} active` : 'Filters'} title="Filter by date, precision and document">
        <Icon name="filter" /> <span className="label-text">Filters</span>{p.filterCount > 0 ? <span className="count-badge">{p.filterCount}</span> : null}
      </button>
      <div className="toolbar-group" role="group" aria-label="Zoom">
        <button type="button" className="icon" onClick={p.onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          <Icon name="zoomOut" />
        </button>
        <button type="button" className="icon" onClick={p.onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          <Icon name="zoomIn" />
        </button>
        <button type="button" onClick={p.onFit} aria-label="Fit all events" title="Fit all events (0)">
          <Icon name="fit" /> <span className="label-text">Fit</span>
        </button>
      </div>
      <button type="button" aria-pressed={p.lanesByDocument} onClick={p.onToggleLanes} aria-label="Lanes by document" title="One lane per document">
        <Icon name="lanes" /> <span className="label-text">Lanes</span>
      </button>
      <button type="button" className="icon" aria-pressed={p.dark} onClick={p.onToggleDark} aria-label="Dark mode" title="Dark mode">
        <Icon name={p.dark ? 'moon' : 'sun'} />
      </button>
      {p.extra}
      {p.errorCount > 0 ? (
        <button type="button" className="error-button" onClick={p.onShowErrors} title="Files that could not be read">
          <Icon name="alert" />
          {p.errorCount} {p.errorCount === 1 ? 'error' : 'errors'}
        </button>
      ) : null}
    </header>
  );
}
