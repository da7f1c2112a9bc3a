// chrono-node reads the parts of an explicit date or clock time ("Nov. 12, 1998", "10:30 a.m.").
// Results are memoized by text: news repeats the same few dates, and chrono's parse is the costly step.
import * as chrono from 'chrono-node';

export interface Parts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly hour: number | null;
  readonly minute: number;
}

const memo = new Map<string, Parts | null>();
const REF = new Date(Date.UTC(2000, 5, 15, 12));

/** What chrono's strict parser certainly read in `text` (null parts were not said). */
export function chronoParts(text: string): Parts | null {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const r = chrono.strict.parse(text, REF)[0];
  const s = r?.start;
  const parts = s
    ? {
        year: s.isCertain('year') ? s.get('year') : null,
        month: s.isCertain('month') ? s.get('month') : null,
        day: s.isCertain('day') ? s.get('day') : null,
        hour: s.isCertain('hour') ? s.get('hour') : null,
        minute: s.get('minute') ?? 0,
      }
    : null;
  if (memo.size > 4096) memo.clear();
  memo.set(text, parts);
  return parts;
}
