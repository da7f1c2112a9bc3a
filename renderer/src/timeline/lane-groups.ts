// Lanes as vis-timeline groups: one per document (its title, its colour) or one unnamed combined lane.
import type { DataGroup } from 'vis-timeline/peer';
import type { DocumentSummary } from '../../../electron/shared/model';
import { documentColor } from './colors';
import { ALL_LANE, type Lane } from './event-index';
import { escapeHtml } from './items';

export function laneGroups(lanes: readonly Lane[], documents: readonly DocumentSummary[]): DataGroup[] {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return lanes.map((lane, order) => {
    if (lane.key === ALL_LANE) return { id: ALL_LANE, content: '', order, className: 'tl-lane-all' };
    const color = documentColor(lane.key, documents);
    return { id: lane.key, content: escapeHtml(titles.get(lane.key) ?? lane.key), order, className: 'tl-lane', style: `--doc-color: ${color}` };
  });
}

/** Where an event sits in the lanes: its interval in epoch ms, or null when it is not there. */
export function findEvent(lanes: readonly Lane[], id: string): { readonly start: number; readonly end: number } | null {
  for (const { index } of lanes) {
    const i = index.events.findIndex((e) => e.id === id);
    if (i >= 0) return { start: index.starts[i] as number, end: index.ends[i] as number };
  }
  return null;
}
