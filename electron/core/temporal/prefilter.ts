// Speed: text is cut into lines (paragraphs), and each line is scanned ONCE for the cue words of
// every recognizer (one combined regex); a recognizer's pattern then runs only on lines holding one
// of its cues, and a line with no cue at all costs that single scan.
import type { Recognizer } from './recognizer';

/** Lines of a text with their offsets (a time expression never spans a line break). */
export function lines(text: string): { readonly start: number; readonly text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    if (i > start) out.push({ start, text: text.slice(start, i) });
    start = i + 1;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

interface CueIndex {
  readonly scan: RegExp;
  /** The scan without its digit branch, for the rest of a line once a digit was seen: digits are
   *  the most frequent cue by far, and one is enough. */
  readonly scanWords: RegExp;
  /** For each cue word, the pipeline ranks of the recognizers a line holding it must run. */
  readonly ranks: ReadonlyMap<string, readonly number[]>;
  readonly digitRanks: readonly number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function buildIndex(pipeline: readonly Recognizer[]): CueIndex {
  const words = new Map<string, number[]>();
  const digitRanks: number[] = [];
  pipeline.forEach((r, rank) => {
    for (const c of r.cue) {
      if (c === '#') digitRanks.push(rank);
      else words.set(c, [...(words.get(c) ?? []), rank]);
    }
  });
  // A word containing another cue word also enables that word's recognizers ("friday" holds "day").
  const ranks = new Map<string, number[]>();
  for (const w of words.keys()) {
    const all = new Set<number>();
    for (const [v, rs] of words) if (w.includes(v)) for (const r of rs) all.add(r);
    ranks.set(w, [...all]);
  }
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { scan: new RegExp(`${alternatives.join('|')}|\\d`, 'g'), scanWords: new RegExp(alternatives.join('|'), 'g'), ranks, digitRanks };
}

const cache = new WeakMap<readonly Recognizer[], CueIndex>();

/** The recognizers whose cue occurs in `text`, with their pipeline rank, in pipeline order. */
export function cued(text: string, pipeline: readonly Recognizer[]): { readonly r: Recognizer; readonly rank: number }[] {
  let index = cache.get(pipeline);
  if (!index) cache.set(pipeline, (index = buildIndex(pipeline)));
  // A space at each end lets a cue that needs a character around it ("dec ", " day") match a line's
  // first or last word.
  const low = ` ${text.toLowerCase()} `;
  const { ranks, digitRanks } = index;
  const on = new Uint8Array(pipeline.length);
  let scan = index.scan;
  scan.lastIndex = 0;
  for (let m = scan.exec(low); m; m = scan.exec(low)) {
    const rs = ranks.get(m[0]);
    if (rs) for (const r of rs) on[r] = 1;
    const c = m[0].charCodeAt(0);
    if (scan === index.scan && c >= 48 && c <= 57) {
      // A digit: its recognizers are on, and the rest of the line is scanned for words only.
      for (const r of digitRanks) on[r] = 1;
      scan = index.scanWords;
    }
    // Step one character, not the whole word, so that overlapping cue words are all seen.
    scan.lastIndex = m.index + 1;
  }
  const out: { r: Recognizer; rank: number }[] = [];
  pipeline.forEach((r, rank) => {
    if (on[rank]) out.push({ r, rank });
  });
  return out;
}
