// Speed: text is cut into lines (paragraphs), and each line is scanned ONCE for the cue words of
// every recognizer; a recognizer's pattern then runs only on lines holding one of its cues, and a
// line with no cue at all costs that single scan.
//
// The scan is an Aho–Corasick automaton compiled to a table (a DFA over the cues' characters): one
// table step per character finds every cue occurrence at once, overlapping ones included. It
// replaced one regex alternation of the cue words, which tried the words at each position and was
// the pipeline's single hottest spot (7.8 ms of a 40 ms pass over TBAQ; the table scan: 2.6 ms).
// Its cost does not grow with the number of cues, so a cue may be a precise pair ("may 5", "5 pm")
// rather than a bare word or '#': a recognizer then wakes on fewer lines.
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

/** Ranks are packed 31 to an Int32 word (bit 31 left unused, so every word stays a small integer);
 *  at least three words, so that the usual pipeline (up to 93 recognizers) takes the fast path below. */
const BITS = 31;

type Cued = readonly { readonly r: Recognizer; readonly rank: number }[];

interface CueIndex {
  /** Character class of each UTF-16 unit; 0 = no cue holds it. */
  readonly cls: Uint8Array;
  readonly classes: number;
  /** delta[state * classes + class] = next state; state 0 is the root. */
  readonly delta: Uint16Array;
  /** Per state, the ranks of every cue ending there (its own and its suffixes'), `words` Int32s each. */
  readonly out: Int32Array;
  readonly hasOut: Uint8Array;
  readonly words: number;
  readonly memo: Memo;
}

/** The cued recognizers of each rank set seen so far (a few hundred on real text), shared between
 *  lines instead of built for each: keyed by the three words of the usual case (numbers: a string key
 *  per line measurably slowed the scan), or by all the words joined otherwise. */
interface Memo {
  size: number;
  readonly three: Map<number, Map<number, Map<number, Cued>>>;
  readonly many: Map<string, Cued>;
}

/** More distinct rank sets than this, and the memo starts afresh: it only saves work, and must not
 *  grow without bound on adversarial text. */
const MAX_MEMO = 4096;

function buildIndex(pipeline: readonly Recognizer[]): CueIndex {
  const words = Math.max(3, Math.ceil(pipeline.length / BITS));
  const cues = new Map<string, number[]>();
  const add = (w: string, rank: number) => cues.set(w, [...(cues.get(w) ?? []), rank]);
  pipeline.forEach((r, rank) => {
    // '#' = any digit: the ten digits are cues of their own.
    for (const c of r.cue) {
      if (c === '#') for (let d = 0; d <= 9; d++) add(String(d), rank);
      else add(c, rank);
    }
  });
  const cls = new Uint8Array(65536);
  let classes = 1;
  for (const w of cues.keys()) for (let i = 0; i < w.length; i++) if (!cls[w.charCodeAt(i)]) cls[w.charCodeAt(i)] = classes++;
  if (classes > 256) throw new Error('prefilter: more than 255 distinct cue characters');
  // The trie of the cues, over character classes.
  const next: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  for (const [w, ranks] of cues) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const k = cls[w.charCodeAt(i)]!;
      let t = next[s]!.get(k);
      if (t === undefined) {
        t = next.length;
        next.push(new Map());
        own.push([]);
        next[s]!.set(k, t);
      }
      s = t;
    }
    own[s]!.push(...ranks);
  }
  // Breadth first: each state's failure link (its longest proper suffix in the trie), its outputs
  // (its own cue's ranks and its suffix's), and its transitions filled in from the suffix's.
  const n = next.length;
  // 16-bit states: half the table of 32-bit ones.
  if (n > 0xffff) throw new Error('prefilter: too many cue states for 16-bit transitions');
  const delta = new Uint16Array(n * classes);
  const out = new Int32Array(n * words);
  const hasOut = new Uint8Array(n);
  const fail = new Int32Array(n);
  const reach = (t: number, f: number) => {
    fail[t] = f;
    for (const r of own[t]!) out[t * words + Math.floor(r / BITS)]! |= 1 << r % BITS;
    for (let k = 0; k < words; k++) {
      out[t * words + k]! |= out[f * words + k]!;
      if (out[t * words + k]) hasOut[t] = 1;
    }
  };
  const queue: number[] = [];
  for (const [k, t] of next[0]!) {
    delta[k] = t;
    reach(t, 0);
    queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (let k = 1; k < classes; k++) {
      const t = next[s]!.get(k);
      const viaFail = delta[fail[s]! * classes + k]!;
      if (t === undefined) delta[s * classes + k] = viaFail;
      else {
        delta[s * classes + k] = t;
        reach(t, viaFail);
        queue.push(t);
      }
    }
  }
  return { cls, classes, delta, out, hasOut, words, memo: { size: 0, three: new Map(), many: new Map() } };
}

const cache = new WeakMap<readonly Recognizer[], CueIndex>();

function listOf(memo: Memo, pipeline: readonly Recognizer[], on: Int32Array): Cued {
  if (memo.size >= MAX_MEMO) {
    memo.three.clear();
    memo.many.clear();
    memo.size = 0;
  }
  memo.size++;
  return pipeline.flatMap((r, rank) => (on[Math.floor(rank / BITS)]! & (1 << rank % BITS) ? [{ r, rank }] : []));
}

/** Where the first cue of each rank ends in the line `cued` last scanned (an offset into the line);
 *  read it before the next call. */
export const firstCueEnd = new Int32Array(32 * 31);

/** Notes offset `at` as the first cue end of each rank set in `bits` (word `k` of a rank set). */
function note(bits: number, k: number, at: number): void {
  while (bits) {
    const low = bits & -bits;
    firstCueEnd[k * BITS + 31 - Math.clz32(low)] = at;
    bits ^= low;
  }
}

/** The recognizers whose cue occurs in `text`, with their pipeline rank, in pipeline order. */
export function cued(text: string, pipeline: readonly Recognizer[]): Cued {
  let index = cache.get(pipeline);
  if (!index) cache.set(pipeline, (index = buildIndex(pipeline)));
  const { cls, classes, delta, out, hasOut, words, memo } = index;
  const low = text.toLowerCase();
  // A space at each end lets a cue that needs a character around it ("dec ", " day") match a line's
  // first or last word.
  const space = cls[32]!;
  const n = low.length;
  let s = delta[space]!;
  if (words === 3) {
    // The usual case, with the rank set in three locals: a tenth faster than through `on`.
    // (A state without output has all-zero words: `hasOut` only spares their loads.)
    let a = out[s * 3]!;
    let b = out[s * 3 + 1]!;
    let c = out[s * 3 + 2]!;
    // (The first cue's end of each rank is noted as it is found: a pattern need not be run from
    // farther back than its longest match before it.)
    note(a, 0, 0);
    note(b, 1, 0);
    note(c, 2, 0);
    for (let i = 0; i < n; i++) {
      s = delta[s * classes + cls[low.charCodeAt(i)]!]!;
      if (hasOut[s]) {
        const oa = out[s * 3]!;
        const ob = out[s * 3 + 1]!;
        const oc = out[s * 3 + 2]!;
        note(oa & ~a, 0, i + 1);
        note(ob & ~b, 1, i + 1);
        note(oc & ~c, 2, i + 1);
        a |= oa;
        b |= ob;
        c |= oc;
      }
    }
    s = delta[s * classes + space]!;
    note(out[s * 3]! & ~a, 0, n);
    note(out[s * 3 + 1]! & ~b, 1, n);
    note(out[s * 3 + 2]! & ~c, 2, n);
    a |= out[s * 3]!;
    b |= out[s * 3 + 1]!;
    c |= out[s * 3 + 2]!;
    let list = memo.three.get(a)?.get(b)?.get(c);
    if (!list) {
      list = listOf(memo, pipeline, Int32Array.of(a, b, c)); // (which may empty the memo first)
      let byB = memo.three.get(a);
      if (!byB) memo.three.set(a, (byB = new Map()));
      let byC = byB.get(b);
      if (!byC) byB.set(b, (byC = new Map()));
      byC.set(c, list);
    }
    return list;
  }
  const on = new Int32Array(words);
  for (let i = 0; i <= n; i++) {
    for (let k = 0; k < words; k++) {
      note(out[s * words + k]! & ~on[k]!, k, i);
      on[k]! |= out[s * words + k]!;
    }
    s = delta[s * classes + (i < n ? cls[low.charCodeAt(i)]! : space)]!;
  }
  for (let k = 0; k < words; k++) {
    note(out[s * words + k]! & ~on[k]!, k, n);
    on[k]! |= out[s * words + k]!;
  }
  const key = on.join(',');
  let list = memo.many.get(key);
  if (!list) memo.many.set(key, (list = listOf(memo, pipeline, on)));
  return list;
}
