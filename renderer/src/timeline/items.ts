// Marks (level-of-detail output) as vis-timeline items. The style says how sure a date is: a day is
// a point; a month, season, year, decade or century is a hatched band with dashed border ("somewhere
// in here"); a stated span of days is a solid interval; approximate edges fade, open edges carry an
// arrow; dates beyond the drawable range sit clamped at its edge. Pure: no DOM.
import type { Event, EventDate } from '../../../electron/shared/model';
import { formatMs, isoToMs } from './deep-time';
import type { EventIndex } from './event-index';
import { bandTooNarrow } from './label-width';
import { type AggregateMark, type BucketUnit, type Mark, BUCKET_UNITS, nextBucket } from './level-of-detail';

/** The fields of a vis-timeline item we set (a subset of vis-timeline's DataItem). */
export interface TimelineItem {
  readonly id: string;
  readonly group: string;
  readonly type: 'point' | 'range';
  readonly start: Date;
  readonly end?: Date;
  readonly content: string;
  readonly title: string;
  readonly className: string;
  readonly style: string;
}

const AGGREGATE_PREFIX = 'agg|';

export function isAggregateId(id: string): boolean {
  return id.startsWith(AGGREGATE_PREFIX);
}

/** The calendar bucket an aggregate id names (`agg|lane|unit|startMs`), or null. */
export function aggregateBucket(id: string): { readonly start: number; readonly end: number } | null {
  if (!isAggregateId(id)) return null;
  const parts = id.split('|');
  const start = Number(parts.at(-1));
  const unit = parts.at(-2) as BucketUnit;
  if (!Number.isFinite(start) || !BUCKET_UNITS.includes(unit)) return null;
  return { start, end: nextBucket(unit, start) };
}

/** Document text reaches vis-timeline as HTML: escape it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function precision(date: EventDate): 'day' | 'month' | 'year' {
  switch (date.granularity) {
    case 'time':
    case 'day':
    case 'week':
      return 'day';
    case 'month':
    case 'season':
    case 'quarter':
    case 'half':
      return 'month';
    default:
      return 'year';
  }
}

/** True when the date is one calendar unit known only coarsely (not a stated span of days). */
export function isUncertainBand(date: EventDate): boolean {
  return date.granularity !== 'day' && date.granularity !== 'time';
}

export function isPoint(date: EventDate): boolean {
  return !isUncertainBand(date) && date.start === date.end;
}

/** "4 Oct 2024", "1980 – 1989 (somewhere in this period)", "about 2004 – 2024", "until 2024", "after 2024". */
export function describeDate(date: EventDate): string {
  const p = precision(date);
  const start = formatMs(isoToMs(date.start), p);
  const end = formatMs(isoToMs(date.end), p);
  if (date.startEdge === 'open' && date.endEdge === 'open') return 'at an unknown time';
  if (date.startEdge === 'open') return `until ${end}`;
  if (date.endEdge === 'open') return `after ${start}`;
  const from = date.startEdge === 'approximate' ? 'about ' : '';
  const to = date.endEdge === 'approximate' ? 'about ' : '';
  const span = start === end ? `${from}${start}` : `${from}${start} – ${to}${end}`;
  return isUncertainBand(date) && start !== end ? `${span} (somewhere in this period)` : span;
}

/** The user's layer as classes: hidden (shown via "Show hidden"), corrected, added by the user. */
export function userClasses(event: Event): string[] {
  const user = event.user;
  if (user === undefined) return [];
  const out: string[] = [];
  if (user.hidden) out.push('tl-hidden');
  if (user.origin === 'user') out.push('tl-user-added');
  else if (user.edited) out.push('tl-corrected');
  return out;
}

function userNote(event: Event): string {
  const user = event.user;
  if (user === undefined) return '';
  const parts = [user.origin === 'user' ? 'Added by you' : user.edited ? 'Corrected by you' : '', user.hidden ? 'Hidden' : ''];
  return parts.filter((p) => p !== '').join(' · ');
}

export function eventItem(event: Event, index: EventIndex, i: number, lane: string, color: string, msPerPx = 0): TimelineItem {
  const { date } = event;
  const classes = ['tl-event'];
  const spanMs = (index.ends[i] as number) - (index.starts[i] as number);
  // A band too narrow for its label is drawn as a compact mark at its middle with the label beside it.
  const narrow = !isPoint(date) && msPerPx > 0 && bandTooNarrow(spanMs / msPerPx, event.label);
  const point = isPoint(date) || narrow;
  if (!isPoint(date)) classes.push(isUncertainBand(date) ? 'tl-band' : 'tl-interval');
  if (narrow) classes.push('tl-narrow');
  if (date.startEdge !== 'exact') classes.push(`tl-start-${date.startEdge}`);
  if (date.endEdge !== 'exact') classes.push(`tl-end-${date.endEdge}`);
  const clamped = index.clamped[i] === 1;
  if (clamped) classes.push('tl-clamped');
  classes.push(...userClasses(event));
  const when = describeDate(date);
  const state = userNote(event);
  const note = (state === '' ? '' : `<br><em>${state}</em>`) + (clamped ? '<br><em>Beyond the drawable range (about ±10,000 years): shown at its edge.</em>' : '');
  const start = new Date((index.starts[i] as number) + (narrow ? spanMs / 2 : 0));
  const base = {
    id: event.id,
    group: lane,
    content: escapeHtml(event.label),
    title: `<strong>${escapeHtml(event.label)}</strong><br>${escapeHtml(when)}${note}`,
    className: classes.join(' '),
    style: `--doc-color: ${color}`,
  };
  return point
    ? { ...base, type: 'point', start }
    : { ...base, type: 'range', start, end: new Date(index.ends[i] as number) };
}

/** Gap left between neighbouring counts so vis-timeline does not stack touching buckets. */
const AGGREGATE_GAP_PX = 6;

export function aggregateItem(mark: AggregateMark, color: string | null, msPerPx = 0): TimelineItem {
  const count = mark.count.toLocaleString('en-US');
  // Absolute (log) density so a bucket's look does not change when its neighbours do.
  const density = Math.min(1, Math.log10(mark.count) / 4).toFixed(2);
  return {
    id: mark.id,
    group: mark.lane,
    type: 'range',
    start: new Date(mark.start),
    end: new Date(Math.max(mark.start + (mark.end - mark.start) / 2, mark.end - AGGREGATE_GAP_PX * msPerPx)),
    content: `<span class="tl-count">${count}</span>`,
    title: `${count} events begin in ${escapeHtml(mark.label)}.<br>Click to zoom in.`,
    className: 'tl-aggregate',
    style: `--density: ${density}${color === null ? '' : `; --doc-color: ${color}`}`,
  };
}

/** Items for marks; lanes are looked up by key; `colorOf` maps an event to its document's colour. */
export function markItems(
  marks: readonly Mark[],
  indexOf: (lane: string) => EventIndex | undefined,
  colorOf: (documentId: string) => string,
  laneColor: (lane: string) => string | null,
  msPerPx = 0,
  /** Unrounded ms per pixel, to decide which bands are too narrow for their label (defaults to msPerPx). */
  labelMsPerPx = msPerPx,
): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (const mark of marks) {
    if (mark.kind === 'aggregate') {
      out.push(aggregateItem(mark, laneColor(mark.lane), msPerPx));
      continue;
    }
    const index = indexOf(mark.lane);
    const event = index?.events[mark.index];
    if (index === undefined || event === undefined) continue;
    out.push(eventItem(event, index, mark.index, mark.lane, colorOf(event.documentId), labelMsPerPx));
  }
  return out;
}

function sameItem(a: TimelineItem, b: TimelineItem): boolean {
  return (
    a.group === b.group && a.type === b.type && a.content === b.content && a.title === b.title &&
    a.className === b.className && a.style === b.style && a.start.getTime() === b.start.getTime() &&
    (a.end?.getTime() ?? null) === (b.end?.getTime() ?? null)
  );
}

/** What to change on the DataSet to go from the drawn items to the next ones. */
export function diffItems(
  drawn: ReadonlyMap<string, TimelineItem>,
  next: readonly TimelineItem[],
): { readonly upsert: TimelineItem[]; readonly remove: string[] } {
  const upsert: TimelineItem[] = [];
  const keep = new Set<string>();
  for (const item of next) {
    keep.add(item.id);
    const old = drawn.get(item.id);
    if (old === undefined || !sameItem(old, item)) upsert.push(item);
  }
  const remove: string[] = [];
  for (const id of drawn.keys()) if (!keep.has(id)) remove.push(id);
  return { upsert, remove };
}
