// The app shell: toolbar, timeline across the top, event list and event panel below, the reader as a
// pane over them. Owns the selection, the filters and the view state; everything else is in its parts.
import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { MenuCommand } from '../../electron/shared/contract';
import { api } from './api';
import { Toolbar } from './header/Toolbar';
import { useDebounced } from './hooks/useDebounced';
import { useDocument } from './hooks/useDocument';
import { useIngest } from './hooks/useIngest';
import { useLibrary } from './hooks/useLibrary';
import { useNotification } from './hooks/useNotification';
import { useSelection } from './hooks/useSelection';
import { useShortcuts } from './hooks/useShortcuts';
import { toggledTheme, useResolvedDark } from './hooks/useTheme';
import { useViewState } from './hooks/useViewState';
import { EmptyLibrary } from './ingest/EmptyLibrary';
import { ErrorList } from './ingest/ErrorList';
import { IngestNotice } from './ingest/IngestNotice';
import { IngestProgressBar } from './ingest/IngestProgressBar';
import { useFileDrop } from './ingest/useFileDrop';
import { EventList } from './list/EventList';
import { EventPanel } from './panels/EventPanel';
import { Overview } from './panels/Overview';
import { Reader } from './reader/Reader';
import { FiltersPanel } from './search/FiltersPanel';
import { SearchBox } from './search/SearchBox';
import { TimelineLegend, TimelineView, type TimelineHandle, type TimelineWindow } from './timeline/TimelineView';
import { dateKeyOf, firstIndexFrom } from './view/order';
import { activeFilterCount, buildQuery, NO_FILTERS, type Filters } from './view/query';
import { CorrectionsToolbar } from './corrections/CorrectionsToolbar';
import { useUserFilters, withUserFilters } from './corrections/user-filters';
import { DocumentsButton } from './documents/DocumentsButton';
import { useDocumentsView } from './documents/useDocumentsView';
import { useFocusAfterReload } from './hooks/useFocusAfterReload';

export function App(): JSX.Element {
  const { view, update } = useViewState();
  const { dark, systemDark } = useResolvedDark(view?.theme ?? 'system');
  const lanes = view?.lanesByDocument ?? false;

  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const text = useDebounced(filters.text, 250);
  const userFilters = useUserFilters();
  const query = useMemo(() => withUserFilters(buildQuery({ ...filters, text }), userFilters.filters), [filters, text, userFilters.filters]);
  const library = useLibrary(query);
  const { documents, events, revision } = library;

  const [filtersOpen, setFiltersOpen] = useState(false);
  const [errorsOpen, setErrorsOpen] = useState(false);
  const [errorCount, setErrorCount] = useState(0);
  const [timeWindow, setTimeWindow] = useState<TimelineWindow | null>(null);

  const timeline = useRef<TimelineHandle>(null);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const sel = useSelection(timeline);
  const { selectedId } = sel;
  // Added events and re-dated documents: centre the timeline on them once the list has them.
  const focusAfter = useFocusAfterReload(timeline, events);
  const documentsView = useDocumentsView(documents, revision, focusAfter.focusDocument);
  const pickFromReader = useCallback(
    (id: string) => {
      sel.pickFromReader(id);
      focusAfter.focusEvent(id);
    },
    [sel, focusAfter],
  );

  const selected = useMemo(() => events.find((e) => e.id === selectedId) ?? null, [events, selectedId]);
  const summary = useMemo(() => documents.find((d) => d.id === selected?.documentId) ?? null, [documents, selected]);
  const source = useDocument(selected?.documentId ?? null, revision);

  const ingest = useIngest();
  const drop = useFileDrop(ingest.addPaths);

  useEffect(() => {
    void api()
      .listIngestErrors({})
      .then((errors) => setErrorCount(errors.length))
      .catch(() => undefined);
  }, [ingest.summary, revision]);

  // Only the window saved at start-up matters: later changes come from the timeline itself.
  const initialWindow = useMemo<TimelineWindow | undefined>(() => {
    const w = view?.window;
    if (!w) return undefined;
    const start = new Date(w.start);
    const end = new Date(w.end);
    return Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) ? undefined : { start, end };
  }, [view === null]);

  const onWindowChange = useCallback(
    (w: TimelineWindow) => {
      setTimeWindow(w);
      update({ window: { start: w.start.toISOString(), end: w.end.toISOString() } });
    },
    [update],
  );

  const toggleDark = useCallback(() => update({ theme: toggledTheme(dark, systemDark) }), [dark, systemDark, update]);
  const toggleLanes = useCallback(() => update({ lanesByDocument: !lanes }), [lanes, update]);
  const actions = useMemo(
    () => ({
      zoomIn: () => timeline.current?.zoomIn(),
      zoomOut: () => timeline.current?.zoomOut(),
      fit: () => timeline.current?.fit(),
      find: () => search.current?.focus(),
    }),
    [],
  );
  useShortcuts(actions);

  useNotification('menuCommand', ({ command }) => {
    const run: Partial<Record<MenuCommand, () => void>> = {
      ...actions,
      toggleLanes,
      toggleDark,
      showErrors: () => setErrorsOpen(true),
      // `export` is carried out by the export dialog (corrections), which subscribes itself.
    };
    run[command]?.();
  });

  // Escape steps back: reader -> panel -> nothing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || errorsOpen) return;
      if (sel.readerOpen) sel.closeReader();
      else if (sel.panelOpen) {
        sel.closePanel();
        list.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
      } else if (filtersOpen) setFiltersOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sel, filtersOpen, errorsOpen]);

  // A new search or filter shows all of its results: fit the timeline once they arrive.
  const fittedFor = useRef(JSON.stringify(query));
  useEffect(() => {
    const key = JSON.stringify(query);
    if (!library.loaded || key === fittedFor.current || library.queryKey !== key) return;
    fittedFor.current = key;
    if (events.length > 0) timeline.current?.fit();
  }, [events, query, library.loaded, library.queryKey]);

  const windowIndex = timeWindow ? firstIndexFrom(events, dateKeyOf(timeWindow.start)) : null;
  const empty = library.loaded && documents.length === 0;
  const filtered = query.text !== undefined || activeFilterCount(filters) > 0;

  return (
    <div className={`app${drop.over ? ' dropping' : ''}`}>
      <Toolbar
        search={<SearchBox ref={search} value={filters.text} onChange={(t) => setFilters((f) => ({ ...f, text: t }))} count={events.length} filtered={filtered} />}
        filterCount={activeFilterCount(filters)}
        filtersOpen={filtersOpen}
        lanesByDocument={lanes}
        dark={dark}
        errorCount={errorCount}
        busy={ingest.progress !== null}
        onOpenFiles={ingest.openFiles}
        onOpenFolder={ingest.openFolder}
        documents={<DocumentsButton count={documents.length} onOpen={() => documentsView.open()} />}
        onToggleFilters={() => setFiltersOpen((o) => !o)}
        onZoomIn={actions.zoomIn}
        onZoomOut={actions.zoomOut}
        onFit={actions.fit}
        onToggleLanes={toggleLanes}
        onToggleDark={toggleDark}
        onShowErrors={() => setErrorsOpen(true)}
        extra={<CorrectionsToolbar events={events} query={query} filtered={filtered} view={view ?? {}} userFilters={userFilters} onProjectOpened={update} />}
      />
      {filtersOpen ? (
        <div id="filters">
          <FiltersPanel filters={filters} documents={documents} onChange={setFilters} onClose={() => setFiltersOpen(false)} />
        </div>
      ) : null}
      {ingest.progress ? <IngestProgressBar progress={ingest.progress} onCancel={ingest.cancel} /> : null}
      <IngestNotice summary={ingest.summary} failure={ingest.failure ?? library.error} onShowErrors={() => setErrorsOpen(true)} onDismiss={ingest.dismiss} />
      {drop.problem ? <div className="ingest-notice has-errors" role="alert">{drop.problem}</div> : null}

      <main className="workspace">
        {empty ? (
          <EmptyLibrary onOpenFiles={ingest.openFiles} onOpenFolder={ingest.openFolder} />
        ) : (
          <>
            <section className="timeline-pane" data-export="timeline">
              {view !== null ? (
                <TimelineView
                  ref={timeline}
                  events={events}
                  documents={documents}
                  selectedId={selectedId}
                  lanesByDocument={lanes}
                  onSelect={sel.onTimelineSelect}
                  onWindowChange={onWindowChange}
                  initialWindow={initialWindow}
                />
              ) : null}
              <TimelineLegend />
            </section>
            <div className="lower">
              <section className="list-pane" aria-labelledby="list-title" ref={list}>
                <h2 id="list-title" className="pane-title">
                  Events
                </h2>
                {events.length === 0 && library.loaded ? (
                  <p className="list-empty muted">No events match. Try other words or clear the filters.</p>
                ) : null}
                <EventList events={events} documents={documents} selectedId={selectedId} windowIndex={windowIndex} onSelect={sel.selectQuietly} onOpen={sel.openPanel} onClose={sel.closePanel} />
              </section>
              {sel.panelOpen && selected ? (
                <EventPanel
                  key={selected.id}
                  event={selected}
                  summary={summary}
                  document={source.document}
                  documentEvents={source.events}
                  shownEvents={events}
                  onSelect={sel.selectQuietly}
                  onOpenSource={sel.openReader}
                  onClose={sel.closePanel}
                  onSetDocumentDate={documentsView.open}
                />
              ) : (
                <Overview documents={documents} events={events} onManageDocuments={() => documentsView.open()} />
              )}
            </div>
          </>
        )}
        {sel.readerOpen && selected && source.document ? (
          <Reader document={source.document} event={selected} documentEvents={source.events} onPick={pickFromReader} onClose={sel.closeReader} />
        ) : null}
      </main>

      {drop.over ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop documents to add them to the timeline</p>
        </div>
      ) : null}
      {errorsOpen ? <ErrorList onClose={() => setErrorsOpen(false)} /> : null}
      {documentsView.dialog}
    </div>
  );
}
