// First version: chrono-node only. To be replaced by the ordered pipeline of recognizers.
import * as chrono from 'chrono-node';
import type { ResolvedTimex, TagContext } from './types';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Finds the time expressions of a text and normalizes them to TIMEX3 values. */
export function tagTimexes(text: string, ctx: TagContext): ResolvedTimex[] {
  const ref = ctx.dct ? new Date(`${ctx.dct}T12:00:00Z`) : new Date(0);
  return chrono.parse(text, ref, { forwardDate: false }).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? 0;
    const value = c.isCertain('day') || c.isCertain('weekday')
      ? `${pad(y, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`
      : c.isCertain('month') ? `${pad(y, 4)}-${pad(c.get('month') ?? 1)}` : `${pad(y, 4)}`;
    return { text: r.text, start: r.index, end: r.index + r.text.length, type: 'DATE', value, anchor: ctx.dct ? 'document-date' : 'unresolved' } as const;
  });
}
