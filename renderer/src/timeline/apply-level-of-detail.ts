// One level-of-detail step on the live timeline: decide the marks for its current window, then patch
// the DataSet by id (update what changed, remove what left) so vis-timeline lays out only those.
import type { DataSet } from 'vis-data/peer';
import type { DataGroup, DataItem, Timeline } from 'vis-timeline/peer';
import type { DocumentSummary } from '../../../electron/shared/model';
import { documentColor } from './colors';
import { ALL_LANE, type Lane } from './event-index';
import { diffItems, markItems, type TimelineItem } from './items';
import { levelOfDetail } from './level-of-detail';

/** The live widget and what it currently holds. */
export interface VisState {
  readonly timeline: Timeline;
  readonly items: DataSet<DataItem>;
  readonly groups: DataSet<DataGroup>;
  drawn: Map<string, TimelineItem>;
  /** Bumped after each step; exposed as data-lod-version so tests and the benchmark can wait on it. */
  version: number;
  /** Whether the window was fitted to the data once (or given by the app). */
  fitted: boolean;
}

export function applyLevelOfDetail(
  vis: VisState,
  container: HTMLElement,
  lanes: readonly Lane[],
  documents: readonly DocumentSummary[],
  selectedId: string | null,
): void {
  const { start, end } = vis.timeline.getWindow();
  // jsdom and hidden containers have no layout: assume a typical width.
  const width = container.clientWidth > 0 ? container.clientWidth : 1000;
  const lod = levelOfDetail(lanes, { start: start.getTime(), end: end.getTime() }, width);
  const byKey = new Map(lanes.map((lane) => [lane.key, lane.index]));
  const next = markItems(
    lod.marks,
    (key) => byKey.get(key),
    (documentId) => documentColor(documentId, documents),
    (lane) => (lane === ALL_LANE ? null : documentColor(lane, documents)),
    lod.msPerPx,
    (end.getTime() - start.getTime()) / width,
  );
  const { upsert, remove } = diffItems(vis.drawn, next);
  // DataSet.update merges fields: an item that changes kind (point <-> range) must be replaced.
  const retyped = upsert.filter((item) => {
    const old = vis.drawn.get(item.id);
    return old !== undefined && old.type !== item.type;
  });
  const removeIds = [...remove, ...retyped.map((item) => item.id)];
  if (removeIds.length > 0) vis.items.remove(removeIds);
  if (upsert.length > 0) vis.items.update(upsert.map((item) => ({ ...item })));
  vis.drawn = new Map(next.map((item) => [item.id, item]));
  if (selectedId !== null && vis.drawn.has(selectedId) && (upsert.length > 0 || removeIds.length > 0)) {
    vis.timeline.setSelection([selectedId]);
  }
  vis.version += 1;
  container.dataset.lodVersion = String(vis.version);
  container.dataset.lodUnit = lod.unit ?? 'events';
  container.dataset.drawnCount = String(next.length);
}
