// The timeline, React's way around an imperative widget (react-chartjs-2's pattern): vis-timeline and
// its DataSets are created once in a mount effect and destroyed in its cleanup; data changes and
// window moves patch the DataSet by id through the level of detail, never rebuilding it.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import type { DataGroup, DataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';
import type { DocumentSummary, Event } from '../../../electron/shared/model';
import { describeWindow } from './announce';
import { DAY_MS, MAX_MS, MIN_MS } from './deep-time';
import { buildLanes, countOverlapping, extent } from './event-index';
import { eventsWindow, fitWindow } from './fit-window';
import { aggregateBucket } from './items';
import { findEvent, laneGroups } from './lane-groups';
import type { TimelineItem } from './items';
import { timelineOptions } from './timeline-options';
import { type VisState, applyLevelOfDetail } from './apply-level-of-detail';

export { documentColor } from './colors';
export { TimelineLegend } from './TimelineLegend';

export interface TimelineWindow { readonly start: Date; readonly end: Date }
export interface TimelineViewProps {
  readonly events: readonly Event[]; // already filtered by the app
  readonly documents: readonly DocumentSummary[];
  readonly selectedId: string | null;
  readonly lanesByDocument: boolean;
  readonly onSelect: (id: string | null) => void;
  readonly onWindowChange?: (w: TimelineWindow) => void;
  readonly initialWindow?: TimelineWindow;
}
export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  focus(id: string): void;
  /** Added: show these events together (fitted, labels included), without changing the selection. */
  focusEvents(ids: readonly string[]): void;
  move(fraction: number): void;
  getWindow(): TimelineWindow;
  /** Added: show exactly this window (no animation). */
  setWindow(w: TimelineWindow): void;
}

const DEFAULT_WINDOW: TimelineWindow = { start: new Date(Date.UTC(1900, 0, 1)), end: new Date(Date.UTC(2030, 0, 1)) };
const ANNOUNCE_DELAY_MS = 400;
const NO_ANIMATION = { animation: false } as const;

function clampWindow(start: number, end: number): [Date, Date] {
  return [new Date(Math.max(MIN_MS, start)), new Date(Math.min(MAX_MS, end))];
}

export const TimelineView = forwardRef<TimelineHandle, TimelineViewProps>(function TimelineView(props, ref) {
  const { events, documents, selectedId, lanesByDocument } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const visRef = useRef<VisState | null>(null);
  const propsRef = useRef(props);
  const frameRef = useRef(0);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const lanes = useMemo(
    () => buildLanes(events, documents.map((d) => d.id), lanesByDocument),
    [events, documents, lanesByDocument],
  );
  const lanesRef = useRef(lanes);
  useLayoutEffect(() => {
    propsRef.current = props;
    lanesRef.current = lanes;
  });

  const refresh = useCallback(() => {
    cancelAnimationFrame(frameRef.current);
    frameRef.current = 0;
    const vis = visRef.current;
    const el = containerRef.current;
    if (vis === null || el === null) return;
    applyLevelOfDetail(vis, el, lanesRef.current, propsRef.current.documents, propsRef.current.selectedId);
  }, []);

  const announce = useCallback(() => {
    clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => {
      const vis = visRef.current;
      if (vis === null) return;
      const { start, end } = vis.timeline.getWindow();
      let count = 0;
      for (const lane of lanesRef.current) count += countOverlapping(lane.index, start.getTime(), end.getTime());
      setAnnouncement(describeWindow(start.getTime(), end.getTime(), count));
    }, ANNOUNCE_DELAY_MS);
  }, []);

  const showWindow = useCallback(
    (start: number, end: number) => {
      const vis = visRef.current;
      if (vis === null) return;
      const [s, e] = clampWindow(start, end);
      vis.timeline.setWindow(s, e, NO_ANIMATION);
      refresh();
    },
    [refresh],
  );

  // The plot is the centre panel (lane titles take the left); jsdom has no layout: assume 1000 px.
  const plotWidth = useCallback((): number => {
    const el = containerRef.current;
    return el?.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth || el?.clientWidth || 1000;
  }, []);

  // The window the last fit showed: while it is still shown, a change of plot width refits.
  const lastFit = useRef<{ start: number; end: number } | null>(null);
  const fit = useCallback(() => {
    const w = fitWindow(lanesRef.current, plotWidth());
    if (w === null) return;
    showWindow(w.start, w.end);
    const shown = visRef.current?.timeline.getWindow();
    lastFit.current = shown === undefined ? null : { start: shown.start.getTime(), end: shown.end.getTime() };
  }, [showWindow, plotWidth]);

  // Lane titles take width from the plot (and give it back): a fitted view is fitted again, so the
  // labels on the right are not pushed past its edge. After vis-timeline's redraw has sized the panels.
  const lanesShown = useRef(lanesByDocument);
  useEffect(() => {
    if (lanesShown.current === lanesByDocument) return;
    lanesShown.current = lanesByDocument;
    const w = visRef.current?.timeline.getWindow();
    const last = lastFit.current;
    if (w === undefined || last === null || Math.abs(w.start.getTime() - last.start) > 1 || Math.abs(w.end.getTime() - last.end) > 1) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(fit);
    });
    return () => cancelAnimationFrame(frame);
  }, [lanesByDocument, fit]);

  const zoom = useCallback(
    (zoomIn: boolean) => {
      const timeline = visRef.current?.timeline;
      if (zoomIn) timeline?.zoomIn(0.5, NO_ANIMATION, refresh);
      else timeline?.zoomOut(0.5, NO_ANIMATION, refresh);
    },
    [refresh],
  );

  /** Pan by a fraction of the window's width (negative: back in time). */
  const move = useCallback(
    (fraction: number) => {
      const w = visRef.current?.timeline.getWindow();
      if (w === undefined) return;
      const shift = (w.end.getTime() - w.start.getTime()) * fraction;
      showWindow(w.start.getTime() + shift, w.end.getTime() + shift);
    },
    [showWindow],
  );

  // Create once; destroy on unmount (also StrictMode's rehearsal unmount).
  useEffect(() => {
    const el = containerRef.current;
    if (el === null) return;
    const items = new DataSet<DataItem>();
    const groups = new DataSet<DataGroup>();
    const w = propsRef.current.initialWindow ?? DEFAULT_WINDOW;
    const timeline = new Timeline(el, items, groups, timelineOptions(w.start, w.end));
    // vis-timeline 8.5 (Timeline's 'changed' handler) keeps its root hidden until a `rangechanged`
    // (200 ms after a window change), and on its first redraw resets the window to the one given at
    // creation, undoing a fit made meanwhile. Our window is ours to manage: skip both.
    const internals = timeline as unknown as { initialRangeChangeDone?: boolean; initialFitDone?: boolean };
    internals.initialRangeChangeDone = true;
    internals.initialFitDone = true;
    timeline.redraw();
    const vis: VisState = { timeline, items, groups, drawn: new Map<string, TimelineItem>(), version: 0, fitted: propsRef.current.initialWindow !== undefined };
    visRef.current = vis;
    const schedule = () => {
      if (frameRef.current === 0) frameRef.current = requestAnimationFrame(refresh);
    };
    timeline.on('rangechange', schedule);
    timeline.on('rangechanged', (p?: { start: Date; end: Date }) => {
      schedule();
      announce();
      if (p !== undefined) propsRef.current.onWindowChange?.({ start: p.start, end: p.end });
    });
    timeline.on('click', (p?: { item: string | number | null; what: string | null }) => {
      const id = p?.item === null || p?.item === undefined ? null : String(p.item);
      const bucket = id === null ? null : aggregateBucket(id);
      if (bucket !== null) {
        const pad = (bucket.end - bucket.start) * 0.05;
        showWindow(bucket.start - pad, bucket.end + pad);
      } else if (id !== null) propsRef.current.onSelect(id);
      else if (p?.what === 'background') propsRef.current.onSelect(null);
    });
    return () => {
      cancelAnimationFrame(frameRef.current);
      frameRef.current = 0;
      clearTimeout(announceTimer.current);
      timeline.destroy();
      visRef.current = null;
    };
  }, [refresh, announce, showWindow]);

  // Data or lanes changed: patch the lanes (groups) and the drawn marks.
  useEffect(() => {
    const vis = visRef.current;
    if (vis === null) return;
    const wanted = laneGroups(lanes, documents);
    vis.groups.update(wanted);
    if (!vis.fitted && extent(lanes) !== null) {
      vis.fitted = true;
      fit();
    } else refresh();
    const keep = new Set(wanted.map((g) => g.id));
    const stale = vis.groups.getIds().filter((id) => !keep.has(id));
    if (stale.length > 0) vis.groups.remove(stale);
    announce();
  }, [lanes, documents, fit, refresh, announce]);

  useEffect(() => {
    const vis = visRef.current;
    if (vis === null) return;
    vis.timeline.setSelection(selectedId !== null && vis.drawn.has(selectedId) ? [selectedId] : []);
  }, [selectedId]);

  useImperativeHandle(
    ref,
    (): TimelineHandle => ({
      zoomIn: () => zoom(true),
      zoomOut: () => zoom(false),
      fit,
      focus: (id) => {
        const found = findEvent(lanesRef.current, id);
        if (found === null) return;
        // Wide enough to show the event with some context on both sides.
        const half = Math.max((found.end - found.start) * 1.5, 15 * DAY_MS);
        const centre = (found.start + found.end) / 2;
        showWindow(centre - half, centre + half);
        visRef.current?.timeline.setSelection(visRef.current.drawn.has(id) ? [id] : []);
        if (propsRef.current.selectedId !== id) propsRef.current.onSelect(id);
      },
      focusEvents: (ids) => {
        const w = eventsWindow(lanesRef.current, ids, plotWidth());
        if (w !== null) showWindow(w.start, w.end);
      },
      move,
      getWindow: () => {
        const w = visRef.current?.timeline.getWindow();
        return w === undefined ? DEFAULT_WINDOW : { start: w.start, end: w.end };
      },
      setWindow: (w) => showWindow(w.start.getTime(), w.end.getTime()),
    }),
    [fit, move, zoom, showWindow, plotWidth],
  );

  // The app's global shortcuts skip handled (defaultPrevented) keys, so nothing runs twice.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      '+': () => zoom(true),
      '=': () => zoom(true),
      '-': () => zoom(false),
      '0': fit,
      ArrowLeft: () => move(-0.2),
      ArrowRight: () => move(0.2),
    };
    const action = keys[e.key];
    if (action === undefined || e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    action();
  };

  return (
    <div
      className={`tl-root ${lanesByDocument ? 'tl-lanes' : 'tl-combined'}`}
      role="region"
      aria-label="Timeline"
      aria-roledescription="zoomable timeline"
      aria-keyshortcuts="+ - 0 ArrowLeft ArrowRight"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div ref={containerRef} className="tl-canvas" data-testid="timeline-canvas" />
      <div className="tl-sr-only" aria-live="polite" aria-atomic="true" data-testid="timeline-announcement">
        {announcement}
      </div>
    </div>
  );
});
