// The search and filter state the toolbar edits, and the EventQuery it becomes (sent to listEvents,
// so the timeline and the list always show the same set).
import type { EventQuery } from '../../../electron/shared/contract';
import type { Granularity } from '../../../electron/shared/model';

export interface Filters {
  readonly text: string;
  /** What the user typed: a year ("1980", "-43" or "44 BC"), a month ("1980-05") or a day ("1980-05-17"). */
  readonly from: string;
  readonly to: string;
  readonly documentIds: readonly string[];
  readonly granularities: readonly Granularity[];
}

export const NO_FILTERS: Filters = { text: '', from: '', to: '', documentIds: [], granularities: [] };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}

/** Turns a typed bound into an inclusive ISO date: "1980" as `from` is 1980-01-01, as `to` 1980-12-31;
 * "44 BC" is astronomical year -43. Null when the text is not a date. */
export function normalizeBound(text: string, side: 'from' | 'to'): string | null {
  const t = text.trim();
  if (!t) return null;
  const bc = /^(\d{1,6})\s*(BC|BCE)$/i.exec(t);
  const m = bc ? null : /^([+-]?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  const year = bc ? 1 - Number(bc[1]) : m?.[1] !== undefined ? Number(m[1]) : Number.NaN;
  if (!Number.isFinite(year)) return null;
  const month = m?.[2] ? Number(m[2]) : side === 'from' ? 1 : 12;
  if (month < 1 || month > 12) return null;
  const lastDay = DAYS_IN_MONTH[month - 1] ?? 31;
  const day = m?.[3] ? Number(m[3]) : side === 'from' ? 1 : lastDay;
  if (day < 1 || day > lastDay) return null;
  return `${isoYear(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The query for `listEvents`; absent fields do not filter, so no filter means every event. */
export function buildQuery(f: Filters): EventQuery {
  const text = f.text.trim();
  const from = normalizeBound(f.from, 'from');
  const to = normalizeBound(f.to, 'to');
  return {
    ...(text ? { text } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(f.documentIds.length > 0 ? { documentIds: f.documentIds } : {}),
    ...(f.granularities.length > 0 ? { granularities: f.granularities } : {}),
  };
}

/** How many filters narrow the set (the search text not counted): shown on the Filters button. */
export function activeFilterCount(f: Filters): number {
  return (f.from.trim() ? 1 : 0) + (f.to.trim() ? 1 : 0) + (f.documentIds.length > 0 ? 1 : 0) + (f.granularities.length > 0 ? 1 : 0);
}
