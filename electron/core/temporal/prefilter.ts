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
  /** For each cue word, the recognizers (bit per pipeline rank) a line holding it must run. */
  readonly masks: ReadonlyMap<string, number>;
  readonly digitMask: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function buildIndex(pipeline: readonly Recognizer[]): CueIndex {
  if (pipeline.length > 31) throw new Error('cue masks hold at most 31 recognizers');
  const words = new Map<string, number>();
  let digitMask = 0;
  pipeline.forEach((r, rank) => {
    for (const c of r.cue) {
      if (c === '#') digitMask |= 1 << rank;
      else words.set(c, (words.get(c) ?? 0) | (1 << rank));
    }
  });
  // A word containing another cue word also enables that word's recognizers ("friday" holds "day").
  const masks = new Map<string, number>();
  for (const w of words.keys()) {
    let mask = 0;
    for (const [v, m] of words) if (w.includes(v)) mask |= m;
    masks.set(w, mask);
  }
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { scan: new RegExp(`${alternatives.join('|')}|\\d`, 'g'), masks, digitMask };
}

const cache = new WeakMap<readonly Recognizer[], CueIndex>();

/** The recognizers whose cue occurs in `text`, with their pipeline rank, in pipeline order. */
export function cued(text: string, pipeline: readonly Recognizer[]): { readonly r: Recognizer; readonly rank: number }[] {
  let index = cache.get(pipeline);
  if (!index) cache.set(pipeline, (index = buildIndex(pipeline)));
  const low = text.toLowerCase();
  const { scan, masks, digitMask } = index;
  let mask = 0;
  scan.lastIndex = 0;
  for (let m = scan.exec(low); m; m = scan.exec(low)) {
    const c = m[0].charCodeAt(0);
    mask |= (masks.get(m[0]) ?? 0) | (c >= 48 && c <= 57 ? digitMask : 0);
    // Step one character, not the whole word, so that overlapping cue words are all seen.
    scan.lastIndex = m.index + 1;
  }
  const out: { r: Recognizer; rank: number }[] = [];
  pipeline.forEach((r, rank) => {
    if (mask & (1 << rank)) out.push({ r, rank });
  });
  return out;
}
