// Finds the time expressions of a text and normalizes them to TIMEX3 values: the pipeline's
// recognizers propose candidates line by line, overlaps are settled, refiners adjust spans, then
// relative values are resolved in text order.
import { resolveOverlaps, type Ranked } from './overlap';
import { PIPELINE } from './pipeline';
import { cued, firstCueEnd, lines } from './prefilter';
import type { Candidate } from './recognizer';
import { REFINERS } from './refiners';
import { resolveAll, type ResolveState } from './resolve';
import type { ResolvedTimex, TagContext } from './types';

/** Characters: longer than any expression a recognizer's pattern matches. */
const LONGEST_MATCH = 200;

/** Every candidate the cued recognizers propose in one line, ranked by pipeline position. */
export function candidates(text: string): Ranked[] {
  const out: Ranked[] = [];
  for (const { r, rank } of cued(text, PIPELINE)) {
    const re = r.pattern;
    // Every match holds one of its recognizer's cues and is shorter than LONGEST_MATCH: none starts
    // that far before the first cue (a long paragraph's opening is not scanned again and again).
    re.lastIndex = Math.max(0, firstCueEnd[rank]! - LONGEST_MATCH);
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
  const ranked = candidates(text);
  // Many lines propose nothing: nothing to settle, and refiners only rework the candidates given.
  if (ranked.length === 0) return [];
  return REFINERS.reduce((cs, refine) => refine(text, cs), resolveOverlaps(ranked));
}

/** Typographic variants the recognizers read as their plain forms: no-break and thin spaces,
 *  non-breaking hyphens, curly quotes ("Friday’s", "the ’80s", "10\u00a0years"). One UTF-16 unit
 *  for one, so every offset into the plain text is an offset into the original. */
const PLAIN: Readonly<Record<string, string>> = {
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202f': ' ', '\u2010': '-', '\u2011': '-',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
};
export const plainText = (text: string): string => text.replace(/[\u00a0\u2007\u2009\u202f\u2010\u2011\u2018\u2019\u201c\u201d]/g, (c) => PLAIN[c]!);

/** Tags one text; `state` carries the last mentioned date in and out (see tagDocument). */
export function tagWithState(text: string, ctx: TagContext, state: ResolveState): ResolvedTimex[] {
  const plain = plainText(text);
  const all: Candidate[] = [];
  for (const line of lines(plain)) {
    for (const c of tagLine(line.text)) all.push(line.start ? { ...c, start: c.start + line.start, end: c.end + line.start } : c);
  }
  const found = resolveAll(plain, all, ctx.dct, state);
  // The expression's text is the document's own, typography and all.
  return plain === text ? found : found.map((t) => ({ ...t, text: text.slice(t.start, t.end) }));
}

/** Finds the time expressions of a text (offsets into it) with TIMEX3 values. */
export function tagTimexes(text: string, ctx: TagContext): ResolvedTimex[] {
  return tagWithState(text, ctx, { context: null });
}
