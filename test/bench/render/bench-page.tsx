// The benchmark's page: our TimelineView, or (baseline) plain vis-timeline given every item with its
// `cluster` option. Bundled by run.ts; exposes window.bench for the driver. Each measurement ends
// when the DOM has stopped changing for one frame, at the end of the last frame that changed it.
import { createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import type { DataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { type TimelineHandle, TimelineView } from '../../../renderer/src/timeline/TimelineView';
import type { DocumentSummary, Event } from '../../../electron/shared/model';
import { syntheticEvents } from './synthetic';

export interface BenchApi {
  /** Hands `count` events to the timeline; ms until they are drawn. */
  firstPaint(count: number, baseline: boolean): Promise<{ drawnMs: number; settledMs: number }>;
  /** One programmatic window step; ms until the redraw settles. */
  step(kind: 'zoom' | 'pan', index: number): Promise<number>;
  drawnItems(): number;
}

declare global {
  interface Window { bench: BenchApi }
}

const host = document.getElementById('host') as HTMLDivElement;
let mutated = false;
// Kept in a module variable: an unreferenced observer may be collected (seen here with vis-timeline).
const observer = new MutationObserver(() => { mutated = true; });
observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });

/** Items in the DOM and the timeline shown (vis-timeline hides its root until its initial draw is done). */
const drawnOnScreen = () =>
  host.querySelector('.vis-item') !== null && host.querySelector<HTMLElement>('.vis-timeline')?.style.visibility !== 'hidden';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Wait frame by frame until one passes with no DOM change (or `capMs`). Returns when the last change
 * was drawn (`settledMs`) and the end of the first frame in which `drawn()` held (`drawnMs`). */
async function settled(t0: number, drawn: () => boolean = () => true, capMs = 10_000): Promise<{ drawnMs: number; settledMs: number }> {
  // Synchronous redraws (vis-timeline redraws a window change at once) count with their layout.
  void host.offsetHeight;
  let last = performance.now();
  let drawnAt = drawn() ? last : Number.NaN;
  mutated = false;
  while (performance.now() - t0 < capMs) {
    await frame();
    const now = performance.now();
    const ready = drawn();
    if (ready && Number.isNaN(drawnAt)) drawnAt = now;
    if (mutated || !ready) {
      mutated = false;
      last = now;
      continue;
    }
    break;
  }
  return { drawnMs: drawnAt - t0, settledMs: last - t0 };
}

let setWindow: (start: number, end: number) => void = () => undefined;
let getWindow: () => { start: number; end: number } = () => ({ start: 0, end: 0 });

function documentsOf(events: readonly Event[]): DocumentSummary[] {
  const ids = [...new Set(events.map((e) => e.documentId))];
  return ids.map((id) => ({
    id, path: `/bench/${id}.txt`, title: id, format: 'txt', dct: null, dctSource: null,
    contentHash: id, paragraphCount: 1, eventCount: 0,
  }));
}

async function firstPaintOurs(events: Event[]): Promise<{ drawnMs: number; settledMs: number }> {
  const handle = createRef<TimelineHandle>();
  const root = createRoot(host);
  const documents = documentsOf(events);
  const props = { documents, selectedId: null, lanesByDocument: false, onSelect: () => undefined };
  // The app mounts the timeline first; the data arrives later over IPC.
  flushSync(() => root.render(<TimelineView ref={handle} events={[]} {...props} />));
  await settled(performance.now());
  const t0 = performance.now();
  flushSync(() => root.render(<TimelineView ref={handle} events={events} {...props} />));
  const ms = await settled(t0, drawnOnScreen);
  setWindow = (start, end) => handle.current?.setWindow({ start: new Date(start), end: new Date(end) });
  getWindow = () => {
    const w = handle.current?.getWindow();
    return { start: w?.start.getTime() ?? 0, end: w?.end.getTime() ?? 0 };
  };
  return ms;
}

async function firstPaintBaseline(events: Event[]): Promise<{ drawnMs: number; settledMs: number }> {
  const t0 = performance.now();
  const items = new DataSet<DataItem>(
    events.map((e) => {
      const point = e.date.start === e.date.end;
      return point
        ? { id: e.id, content: e.label, start: e.date.start, type: 'point' }
        : { id: e.id, content: e.label, start: e.date.start, end: e.date.end, type: 'range' };
    }),
  );
  // vis-timeline 8.5.4 with `cluster` and items given to its constructor draws nothing and then
  // never redraws on a window change (seen here); given them by setItems after creation, it works.
  // Without start/end it fits itself to the items (1900-2025) and shows at once; with them it stays
  // hidden until the first range change.
  const timeline = new Timeline(host, new DataSet<DataItem>(), { cluster: { maxItems: 1, showStipes: false }, showCurrentTime: false });
  timeline.setItems(items);
  const ms = await settled(t0, drawnOnScreen);
  setWindow = (s, e) => timeline.setWindow(new Date(s), new Date(e), { animation: false });
  getWindow = () => {
    const w = timeline.getWindow();
    return { start: w.start.getTime(), end: w.end.getTime() };
  };
  return ms;
}

window.bench = {
  async firstPaint(count, baseline) {
    const events = syntheticEvents(count);
    await frame();
    return baseline ? firstPaintBaseline(events) : firstPaintOurs(events);
  },
  async step(kind, index) {
    const { start, end } = getWindow();
    const span = end - start;
    const t0 = performance.now();
    if (kind === 'zoom') {
      // Halve the window around its centre (zoom in), as one wheel notch or button press would.
      const centre = start + span / 2 + (index % 2 === 0 ? span / 10 : -span / 10);
      setWindow(centre - span / 4, centre + span / 4);
    } else {
      setWindow(start + span * 0.2, end + span * 0.2);
    }
    return (await settled(t0, undefined, 5_000)).settledMs;
  },
  drawnItems: () => host.querySelectorAll('.vis-item').length,
};
(window as unknown as { benchObserver: MutationObserver }).benchObserver = observer;
