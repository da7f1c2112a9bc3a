// The window "Fit" shows: every event, with room on the right for the labels drawn beside points and
// compact bands (vis-timeline draws a point's label to the right of its dot, so a fit that ends at
// the last point cuts its label off at the edge). Pure: no DOM.
import type { Event } from '../../../electron/shared/model';
import { DAY_MS } from './deep-time';
import { type Lane, buildLanes, extent } from './event-index';
import { isPoint } from './items';
import { DEFAULT_LOD } from './level-of-detail';
import { MARK_PX, bandTooNarrow, labelPx } from './label-width';

/** Margin before the first event, as a fraction of the window. */
const LEFT = 0.04;
/** Least margin after the last event. */
const RIGHT = 0.02;
/** A label never takes more than this fraction of the window (a very long one is cut, not the data squeezed). */
const MAX_LABEL_FRACTION = 0.6;

/** The window showing all events with their beside-the-mark labels, for a plot `widthPx` wide. */
export function fitWindow(lanes: readonly Lane[], widthPx: number): { readonly start: number; readonly end: number } | null {
  const range = extent(lanes);
  if (range === null) return null;
  const s0 = range.start;
  const width = Math.max(widthPx, 1);
  // Window span S with start s0 - LEFT*S: a mark at p whose label needs fraction f of the width fits
  // when s0 - LEFT*S + S - p >= f*S, i.e. S >= (p - s0) / (1 - LEFT - f).
  let span = Math.max(DAY_MS, (range.end - s0) / (1 - LEFT - RIGHT));
  const need = (p: number, label: string): void => {
    const f = Math.min(MAX_LABEL_FRACTION, (labelPx(label) + MARK_PX) / width);
    span = Math.max(span, (p - s0) / (1 - LEFT - f));
  };
  let count = 0;
  for (const lane of lanes) count += lane.index.starts.length;
  // Past this many events the fitted view shows counts, not labels.
  if (count <= DEFAULT_LOD.maxEvents) {
    // Twice: widening the window for one label narrows the bands, which may then show theirs beside them.
    for (let pass = 0; pass < 2; pass++) {
      for (const { index } of lanes) {
        index.events.forEach((event: Event, i) => {
          const start = index.starts[i] as number;
          const end = index.ends[i] as number;
          if (isPoint(event.date)) need(start, event.label);
          else if (bandTooNarrow(((end - start) / span) * width, event.label)) need((start + end) / 2, event.label);
        });
      }
    }
  }
  return { start: s0 - span * LEFT, end: s0 - span * LEFT + span };
}

/** Shortest window for showing some events together: a month, so a single day has context. */
const MIN_FOCUS_MS = 30 * DAY_MS;

/** The window showing just these events (those of `ids` in the lanes), labels included; null when none is there. */
export function eventsWindow(lanes: readonly Lane[], ids: readonly string[], widthPx: number): { readonly start: number; readonly end: number } | null {
  const wanted = new Set(ids);
  const chosen = lanes.flatMap((lane) => lane.index.events.filter((e) => wanted.has(e.id)));
  const w = chosen.length === 0 ? null : fitWindow(buildLanes(chosen, [], false), widthPx);
  if (w === null) return null;
  const pad = Math.max(0, MIN_FOCUS_MS - (w.end - w.start)) / 2;
  return { start: w.start - pad, end: w.end + pad };
}
