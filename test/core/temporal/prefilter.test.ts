// The prefilter's one-pass cue scan (an Aho-Corasick automaton over the cue words) must wake
// exactly the recognizers a plain substring search would: every cue found, overlapping ones too,
// '#' standing for any digit, matching case-insensitively on the line padded with spaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../../../electron/core/temporal/pipeline';
import { cued } from '../../../electron/core/temporal/prefilter';
import type { Recognizer } from '../../../electron/core/temporal/recognizer';

/** The reference: which pipeline ranks have a cue that occurs in the line. */
function naive(text: string, pipeline: readonly Recognizer[]): number[] {
  const low = ` ${text.toLowerCase()} `;
  return pipeline.flatMap((r, rank) => (r.cue.some((c) => (c === '#' ? /\d/.test(low) : low.includes(c))) ? [rank] : []));
}

const ALPHABET = 'abcde 1.-\u2019\u0130\u03a3\u03c3\u03c2\u00a0Kk'.split('');
const word = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }).map((cs) => cs.join('').toLowerCase());
const recognizer = (name: string) => fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant('#') }, { weight: 9, arbitrary: word }), { minLength: 1, maxLength: 3 })
  .map((cue): Recognizer => ({ name, cue, pattern: /x/g, extract: () => null }));
const line = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((cs) => cs.join(''));

describe('prefilter cue scan', () => {
  it('wakes the same recognizers as a substring search, for pipelines of any size', () => {
    // Sizes around 31/32, 62/63 and 93/94 cross the representation limits of a rank set.
    const pipelines = fc.integer({ min: 1, max: 130 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => recognizer(`r${i}`))));
    fc.assert(fc.property(pipelines, fc.array(line, { minLength: 1, maxLength: 20 }), (pipeline, texts) => {
      for (const t of texts) expect(cued(t, pipeline).map((x) => x.rank)).toEqual(naive(t, pipeline));
    }), { numRuns: 300 });
  });

  it('wakes the same recognizers as a substring search on lines built from the real cue words', () => {
    const words = PIPELINE.flatMap((r) => r.cue).filter((c) => c !== '#');
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...ALPHABET));
    const text = fc.tuple(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 8 }), fc.boolean())
      .map(([ps, spaced]) => ps.map(([w, up]) => (up ? w.toUpperCase() : w)).join(spaced ? ' ' : ''));
    fc.assert(fc.property(text, (t) => {
      expect(cued(t, PIPELINE).map((x) => x.rank)).toEqual(naive(t, PIPELINE));
    }), { numRuns: 3000 });
  });
});
