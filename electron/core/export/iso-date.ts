// ISO dates of the data model (`YYYY-MM-DD`, or the expanded `-000043-03-15` outside years 1..9999)
// taken apart for formats that want numbers.

export interface DateParts {
  /** Astronomical year: 0 is 1 BC, -43 is 44 BC (ISO 8601's numbering). */
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses `2024-10-04` or `-000043-03-15`; null for anything else. */
export function parseIsoDate(iso: string): DateParts | null {
  const m = /^([+-]\d{4,6}|\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The day after an ISO date (within years 1..9999), as `YYYYMMDD` for iCalendar's DTEND. */
export function nextDayCompact(parts: DateParts): string {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years 0..99 literally.
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day + 1);
  return compact({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** `YYYYMMDD`. */
export function compact(parts: DateParts): string {
  return `${String(parts.year).padStart(4, '0')}${String(parts.month).padStart(2, '0')}${String(parts.day).padStart(2, '0')}`;
}
