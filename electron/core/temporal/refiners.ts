// Refiners run after overlaps are settled, in this one order. Each takes the text and the kept
// candidates and returns new candidates (chrono-node's idea, as plain data).
import type { Candidate } from './recognizer';
import type { TimexMod } from './types';

export type Refiner = (text: string, cands: readonly Candidate[]) => Candidate[];

const EDGE_BEFORE = /(?:\b(the (?:end|close|beginning|start|middle) of|the (?:first|second) half of|(?:early|late|mid)-?|around|fiscal|calendar)\s?)$/i;
const EDGE_MOD: Readonly<Record<string, TimexMod>> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID', early: 'START', late: 'END', mid: 'MID', around: 'APPROX' };

/** "the end of 1990", "early 1991", "mid-November", "fiscal 1989": the modifier joins the span and sets `mod`. */
export const edgeModifiers: Refiner = (text, cands) =>
  cands.map((c) => {
    if (c.type !== 'DATE' || c.mod) return c;
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const m = EDGE_BEFORE.exec(before);
    if (!m) return c;
    // The decade and quarter recognizers already read their own "early"/"the".
    if (/^the\b/i.test(text.slice(c.start, c.end))) return c;
    const word = m[1]!.toLowerCase().replace(/^the /, '').split(/[\s-]/)[0]!;
    const mod = EDGE_MOD[word];
    return { ...c, start: c.start - m[0].length, ...(mod ? { mod } : {}) };
  });

export const REFINERS: readonly Refiner[] = [edgeModifiers];
