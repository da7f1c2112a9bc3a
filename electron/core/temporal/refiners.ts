// Refiners run after overlaps are settled, in this one order. Each takes the text and the kept
// candidates and returns new candidates (chrono-node's idea, as plain data).
import type { Candidate, RelativeValue } from './recognizer';
import type { TimexMod } from './types';

export type Refiner = (text: string, cands: readonly Candidate[]) => Candidate[];

const EDGE_BEFORE = /(?:\b(the (?:end|close|beginning|start|middle) of|the (?:first|second) half of|(?:early|late|mid)-?|around|fiscal|calendar)\s?)$/i;
const EDGE_MOD: Readonly<Record<string, TimexMod>> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID', early: 'START', late: 'END', mid: 'MID', around: 'APPROX' };

/** "the end of 1990", "early 1991", "mid-November", "fiscal 1989": the modifier joins the span and sets `mod`. */
export const edgeModifiers: Refiner = (text, cands) =>
  cands.map((c) => {
    if (c.type === 'DURATION' || c.type === 'SET' || c.mod) return c;
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const m = EDGE_BEFORE.exec(before);
    if (!m) return c;
    // The decade and quarter recognizers already read their own "early"/"the".
    if (/^the\b/i.test(text.slice(c.start, c.end))) return c;
    const word = m[1]!.toLowerCase().replace(/^the /, '').split(/[\s-]/)[0]!;
    const mod = EDGE_MOD[word];
    return { ...c, start: c.start - m[0].length, ...(mod ? { mod } : {}) };
  });

const valueAt = (v: Candidate['value']): RelativeValue => (typeof v === 'string' ? () => v : v);

/** A clock time next to its day ("10 p.m. Wednesday", "noon Thursday", "Friday at 9 a.m.") is one
 *  TIME expression: the day gives the date, the time the hour. */
export const timeWithDay: Refiner = (text, cands) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const pair = b && /^(?:,? (?:on |at )?)$/.test(gap) && ((isClock(text, a) && isDay(b)) || (isDay(a) && isClock(text, b)));
    if (!pair) {
      out.push(a);
      continue;
    }
    const [time, day] = a.type === 'TIME' ? [a, b] : [b, a];
    const tv = valueAt(time.value);
    const dv = valueAt(day.value);
    // An explicit day ("5 p.m. EST, Nov. 6, 1989") makes the whole expression absolute.
    const clockOnly = tv(null, null, false).split('T')[1];
    if (typeof day.value === 'string' && clockOnly) {
      out.push({ start: a.start, end: b.end, type: 'TIME', value: `${day.value}T${clockOnly}` });
      i++;
      continue;
    }
    out.push({
      start: a.start, end: b.end, type: 'TIME', relative: 'deictic',
      value: (ref, last, narrative) => {
        const clock = tv(ref, last, narrative).split('T')[1];
        const date = dv(ref, last, narrative).split('T')[0]!;
        return clock ? `${date}T${clock}` : date;
      },
    });
    i++;
  }
  return out;
};
const isClock = (text: string, c: Candidate) => c.type === 'TIME' && /\d|noon|midnight|midday/i.test(text.slice(c.start, c.end));
const isDay = (c: Candidate) => c.type === 'DATE' && !c.mod && (typeof c.value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(c.value));

export const REFINERS: readonly Refiner[] = [edgeModifiers, timeWithDay];
