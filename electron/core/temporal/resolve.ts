// Settles relative values in text order. Deictic expressions ("yesterday") use the document date;
// anaphoric ones ("the next day") the last date mentioned. With no document date both use the
// nearest earlier date of the text (anchor `text-context`), or stay unresolved - never today.
import type { Anchor } from '../../shared/model';
import { parseIsoDay, type Day } from './day-math';
import type { Candidate } from './recognizer';
import type { ResolvedTimex } from './types';

/** The day a resolved DATE value pins down, to serve as the reference of what follows. */
export function dayOfValue(value: string): Day | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(value);
  if (!m) return null;
  return { y: +m[1]!, m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1, gran: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

export interface ResolveState {
  /** The last date the text mentioned, carried across paragraphs by tagDocument. */
  context: Day | null;
  /** The last DATE value mentioned, whatever its granularity (a quarter, a season...). */
  last?: string | null;
}

export function resolveAll(text: string, cands: readonly Candidate[], dct: string | null, state: ResolveState): ResolvedTimex[] {
  const dctDay = dct ? parseIsoDay(dct) : null;
  return cands.map((c) => {
    let value: string;
    let anchor: Anchor;
    if (typeof c.value === 'string') {
      value = c.value;
      anchor = 'absolute';
    } else {
      const useDct = dctDay !== null && c.relative !== 'anaphoric';
      const ref = useDct ? dctDay : state.context ?? dctDay;
      value = c.value(ref, state.last ?? null);
      anchor = ref === null ? 'unresolved' : ref === dctDay ? 'document-date' : 'text-context';
    }
    // With a document date, only absolute dates move the narrative reference: chaining relative
    // ones ("a year earlier" ... "a year earlier") would drift. Without one, narratives chain.
    if ((c.type === 'DATE' || c.type === 'TIME') && (anchor === 'absolute' || dctDay === null)) {
      const day = dayOfValue(value);
      if (day) state.context = day;
    }
    if (c.type === 'DATE' && /^\d{4}/.test(value)) state.last = value;
    return { text: text.slice(c.start, c.end), start: c.start, end: c.end, type: c.type, value, anchor, ...(c.mod ? { mod: c.mod } : {}) };
  });
}
