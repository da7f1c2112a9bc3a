// Property tests over random and adversarial text: the tagger never throws, every span lies inside
// the text and matches it, values are TIMEX3, and work grows linearly with the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../../../electron/core/temporal/pipeline';
import { cued } from '../../../electron/core/temporal/prefilter';
import { candidates, tagTimexes } from '../../../electron/core/temporal/tagger';
import { isTimexValue } from '../../../electron/core/temporal/timex-value';

const WORDS = ['Friday', 'May', 'march', 'the', '1980s', 'in', '2021', 'on', 'last', 'week', 'two', 'years', 'ago', 'Nov.', '12,', '1998', 'a.m.', '10:30', 'early', 'quarter', 'third', 'BC', 'AD', '44', 'now', 'every', 'day', '-', '/', ',', '.', '\n', 'century', '19th', 'spring', 'of', 'between', 'and', '2,000', 'fiscal', 'mid-', "'s", 'tonight', 'decades', 'more than', 'that', 'afternoon', 'later', 'B.C.', '499-493', 'Christmas', 'weekend', 'noon', 'Thursday', 'half', 'summer', 'daily', 'current', 'end', 'year-end', "'58", 'half a', 'turn', 'year', 'month', 'nineteen', 'ninety-six', 'nineties', 'two thousand', 'term', 'near', '14:05:30', 'GMT', 'UTC', '0800'];
const tokens = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), tokens, fc.stringMatching(/^[\d ,.:/-]{0,200}$/));
const dct = fc.oneof(fc.constant(null), fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

function checkInvariants(text: string, d: string | null): void {
  for (const t of tagTimexes(text, { dct: d })) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.start).toBeLessThan(t.end);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(isTimexValue(t.value), `${t.text} -> ${t.value}`).toBe(true);
  }
}

describe('tagger properties', () => {
  it('never throws; spans inside the text; valid TIMEX3 values', () => {
    fc.assert(fc.property(anyText, dct, (text, d) => checkInvariants(text, d)), { numRuns: 1500 });
  });

  it('keeps the counterexamples it once found valid', () => {
    // A clock next to a "day" that resolves to no calendar day (FUTURE_REF) once gave "FUT12:00".
    for (const [text, d] of [['noon decades later', null], ['at noon years later', '2013-03-22'], ['midnight days earlier', null]] as const) checkInvariants(text, d);
  });

  it('survives adversarial lines: long digit runs, one huge line, odd Unicode', () => {
    const cases = [
      '1'.repeat(100_000),
      '1999-'.repeat(20_000),
      'Friday '.repeat(20_000),
      'the 1980s and '.repeat(10_000),
      `${'\u200b\u0301\ud83d\ude00 May 5, 2020 '.repeat(5_000)}`,
      'two years two years two years ago '.repeat(5_000),
      '\ud800'.repeat(10_000),
    ];
    for (const text of cases) checkInvariants(text, '2024-10-04');
  }, 60_000);

  it('starting a pattern shortly before its first cue loses nothing: candidates match a scan from the line start', () => {
    // Long lines of real words, where the first cue of many recognizers lies far into the line.
    const long = fc.array(fc.constantFrom(...WORDS, 'the company said', 'prices rose sharply', 'officials'), { minLength: 40, maxLength: 160 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(long, (text) => {
        const full: string[] = [];
        for (const { r, rank } of cued(text, PIPELINE)) {
          r.pattern.lastIndex = 0;
          for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
            if (m[0].length === 0) r.pattern.lastIndex++;
            const found = r.extract(m, text);
            if (found) full.push(...('start' in found ? [found] : found).map((c) => `${rank} ${c.start} ${c.end} ${c.type}`));
          }
        }
        expect(candidates(text).map(({ c, rank }) => `${rank} ${c.start} ${c.end} ${c.type}`)).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  it('cue words are a necessary condition: skipping uncued recognizers loses nothing', () => {
    fc.assert(
      fc.property(tokens, (text) => {
        const on = new Set(cued(text, PIPELINE).map((x) => x.r));
        for (const r of PIPELINE.filter((x) => !on.has(x))) {
          r.pattern.lastIndex = 0;
          for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
            if (m[0].length === 0) r.pattern.lastIndex++;
            expect(r.extract(m, text), `${r.name} on ${JSON.stringify(m[0])}`).toBeNull();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['news, with a document date', '2024-10-04', 'On Friday, Nov. 12, 1998, two years after the 1980s ended, prices rose 2,000 points; now 10:30 a.m. '],
    // Without a document date the story's own dates anchor what follows, and quotes and paragraph
    // openings are looked for behind each expression: that look-back must stay bounded.
    ['a story, without a document date', null, 'In March 1915, two years after the war began in 1913, troops said "we leave tomorrow" and moved in June 1916. '],
  ] as const)('grows linearly for %s: 4x the text takes well under 16x the CPU time', (_name, dct, unit) => {
    // This process's own CPU time (not wall-clock time, which other work on the machine disturbs),
    // the least of several runs.
    const cpu = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = process.cpuUsage();
        tagTimexes(text, { dct });
        const d = process.cpuUsage(t0);
        best = Math.min(best, d.user + d.system);
      }
      return best;
    };
    for (const joiner of [' ', '\n']) {
      const small = Array(1000).fill(unit).join(joiner);
      const large = Array(4000).fill(unit).join(joiner);
      cpu(large);
      // Linear work gives ~4; quadratic would give ~16.
      expect(cpu(large) / cpu(small)).toBeLessThan(10);
    }
  }, 60_000);
});
