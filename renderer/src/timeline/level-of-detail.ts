// Level of detail: what vis-timeline draws for a window and a pixel width. vis-timeline lays out
// every item it holds (ARCHITECTURE.md "Performance design"), so a large library is drawn as
// counts per calendar bucket when zoomed out and as individual events once few are in view. Ids
// are stable (an event's id; a bucket's lane, unit and start), so a pan or zoom step changes only
// the marks that enter or leave. Pure: no DOM.
import { DAY_MS, utcMs, formatMs, yearLabel } from './deep-time';
import { type Lane, countOverlapping, lowerBound, overlapping } from './event-index';

export const BUCKET_UNITS = ['day', 'month', 'year', 'decade', 'century', 'millennium'] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

const YEAR_MS = 365.2425 * DAY_MS;
const UNITS: readonly { readonly unit: BucketUnit; readonly ms: number }[] = [
  { unit: 'day', ms: DAY_MS },
  { unit: 'month', ms: YEAR_MS / 12 },
  { unit: 'year', ms: YEAR_MS },
  { unit: 'decade', ms: 10 * YEAR_MS },
  { unit: 'century', ms: 100 * YEAR_MS },
  { unit: 'millennium', ms: 1000 * YEAR_MS },
];

export interface LodOptions {
  /** Most individual events drawn (over all lanes) before a lane switches to counts. */
  readonly maxEvents: number;
  /** Narrowest bucket, in pixels, wide enough for a count. */
  readonly minBucketPx: number;
  /** Extra window on each side, as a fraction of its width, so small pans need no new marks. */
  readonly margin: number;
}

/** Long events drawn individually over the counts, per lane. */
const LONG_EVENTS_PER_LANE = 20;

export const DEFAULT_LOD: LodOptions = { maxEvents: 300, minBucketPx: 44, margin: 0.5 };

export interface EventMark {
  readonly kind: 'event';
  readonly lane: string;
  /** Position in the lane's index. */
  readonly index: number;
}

export interface AggregateMark {
  readonly kind: 'aggregate';
  readonly id: string;
  readonly lane: string;
  readonly unit: BucketUnit;
  readonly start: number;
  readonly end: number;
  /** Events starting in the bucket. */
  readonly count: number;
  readonly label: string;
}

export type Mark = EventMark | AggregateMark;

export interface LevelOfDetail {
  readonly marks: readonly Mark[];
  /** The bucket unit when any lane is aggregated, else null. */
  readonly unit: BucketUnit | null;
  /** Events overlapping the window itself (margin excluded), for the announcement. */
  readonly inWindow: number;
  /** Milliseconds per pixel, rounded up to a power of two so it changes only every 2x of zoom. */
  readonly msPerPx: number;
}

/** The smallest calendar unit whose bucket is at least `minPx` wide at this zoom.
 * @example chooseUnit(125 years, 1200 px, 44) === 'decade' */
export function chooseUnit(spanMs: number, widthPx: number, minPx: number): BucketUnit {
  const pxPerMs = widthPx / Math.max(spanMs, 1);
  for (const { unit, ms } of UNITS) if (ms * pxPerMs >= minPx) return unit;
  return 'millennium';
}

/** Start of the bucket containing `ms`. */
export function bucketFloor(unit: BucketUnit, ms: number): number {
  if (unit === 'day') return Math.floor(ms / DAY_MS) * DAY_MS;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (unit === 'month') return utcMs(year, d.getUTCMonth(), 1);
  const size = unit === 'year' ? 1 : unit === 'decade' ? 10 : unit === 'century' ? 100 : 1000;
  return utcMs(Math.floor(year / size) * size, 0, 1);
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(unit: BucketUnit, start: number): number {
  if (unit === 'day') return start + DAY_MS;
  const d = new Date(start);
  const year = d.getUTCFullYear();
  if (unit === 'month') return utcMs(year, d.getUTCMonth() + 1, 1);
  const size = unit === 'year' ? 1 : unit === 'decade' ? 10 : unit === 'century' ? 100 : 1000;
  return utcMs(year + size, 0, 1);
}

/** A bucket's name: "1980s", "1900s", "44 BC", "Mar 2024", "4 Oct 2024". */
export function bucketLabel(unit: BucketUnit, start: number): string {
  if (unit === 'day') return formatMs(start, 'day');
  if (unit === 'month') return formatMs(start, 'month');
  const year = new Date(start).getUTCFullYear();
  if (unit === 'year') return yearLabel(year);
  const size = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1000;
  if (year >= 1000) return `${year}s`;
  return `${yearLabel(year)} – ${yearLabel(year + size - 1)}`;
}

/** Decide the marks for a window [start, end) drawn `widthPx` wide. */
export function levelOfDetail(
  lanes: readonly Lane[],
  window: { readonly start: number; readonly end: number },
  widthPx: number,
  options: LodOptions = DEFAULT_LOD,
): LevelOfDetail {
  const span = Math.max(window.end - window.start, 1);
  const from = window.start - span * options.margin;
  const to = window.end + span * options.margin;
  const laneBudget = Math.max(20, Math.floor(options.maxEvents / Math.max(lanes.length, 1)));
  const unit = chooseUnit(span, widthPx, options.minBucketPx);
  const marks: Mark[] = [];
  let aggregated = false;
  let inWindow = 0;
  for (const { key, index } of lanes) {
    inWindow += countOverlapping(index, window.start, window.end);
    const found = overlapping(index, from, to, laneBudget);
    if (found.length <= laneBudget) {
      for (const i of found) marks.push({ kind: 'event', lane: key, index: i });
      continue;
    }
    aggregated = true;
    const lone = new Set<number>();
    for (let b = bucketFloor(unit, from); b < to; ) {
      const next = nextBucket(unit, b);
      const first = lowerBound(index.starts, b);
      const count = lowerBound(index.starts, next) - first;
      // A lone event needs no count: draw the event itself.
      if (count === 1) {
        marks.push({ kind: 'event', lane: key, index: first });
        lone.add(first);
      } else if (count > 1) {
        const label = bucketLabel(unit, b);
        marks.push({ kind: 'aggregate', id: `agg|${key}|${unit}|${b}`, lane: key, unit, start: b, end: next, count, label });
      }
      b = next;
    }
    // Counts go by start, so a long period (a war, a century) begun before the margin would vanish
    // from a dense view: draw the longest-lived few over the counts.
    let long = 0;
    const last = lowerBound(index.starts, to);
    for (let i = lowerBound(index.maxEnds, from + 1); i < last && long < LONG_EVENTS_PER_LANE; i++) {
      const end = index.ends[i] as number;
      if (end > from && end - (index.starts[i] as number) >= span / 4 && !lone.has(i)) {
        marks.push({ kind: 'event', lane: key, index: i });
        long++;
      }
    }
  }
  const msPerPx = 2 ** Math.ceil(Math.log2(span / Math.max(widthPx, 1)));
  return { marks, unit: aggregated ? unit : null, inWindow, msPerPx };
}
