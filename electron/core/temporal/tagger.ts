// Finds the time expressions of a text and normalizes them to TIMEX3 values: the pipeline's
// recognizers propose candidates line by line, overlaps are settled, refiners adjust spans, then
// relative values are resolved in text order.
import { resolveOverlaps, type Ranked } from './overlap';
import { PIPELINE } from './pipeline';
import { cued, lines } from './prefilter';
import type { Candidate } from './recognizer';
import { REFINERS } from './refiners';
import { resolveAll, type ResolveState } from './resolve';
import type { ResolvedTimex, TagContext } from './types';

/** Every candidate the cued recognizers propose in one line, ranked by pipeline position. */
export function candidates(text: string): Ranked[] {
  const out: Ranked[] = [];
  for (const { r, rank } of cued(text, PIPELINE)) {
    const re = r.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      const found = r.extract(m, text);
      if (!found) continue;
      // A range's parts are one proposal: they keep each other company through overlap resolution.
      if ('start' in found) out.push({ c: found, rank });
      else for (const c of found) out.push({ c, rank, group: m.index });
    }
  }
  return out;
}

/** The settled candidates of one line, in its own offsets. */
function tagLine(text: string): Candidate[] {
  return REFINERS.reduce((cs, refine) => refine(text, cs), resolveOverlaps(candidates(text)));
}

/** Tags one text; `state` carries the last mentioned date in and out (see tagDocument). */
export function tagWithState(text: string, ctx: TagContext, state: ResolveState): ResolvedTimex[] {
  const all: Candidate[] = [];
  for (const line of lines(text)) {
    for (const c of tagLine(line.text)) all.push(line.start ? { ...c, start: c.start + line.start, end: c.end + line.start } : c);
  }
  return resolveAll(text, all, ctx.dct, state);
}

/** Finds the time expressions of a text (offsets into it) with TIMEX3 values. */
export function tagTimexes(text: string, ctx: TagContext): ResolvedTimex[] {
  return tagWithState(text, ctx, { context: null });
}
