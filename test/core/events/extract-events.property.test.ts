import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/events/extract-events';
import { parseIso } from '../../../electron/core/events/calendar-days';

// Words that make the tagger and the labeller work: dates, names, verbs, abbreviations, punctuation.
const WORDS = ['In', 'the', '1980s', 'on', 'Friday', '2021', 'March', '3,', 'for', 'more', 'than', 'two', 'decades', 'has', 'been',
  'Lavrov', 'was', 'speaking', 'said', 'U.S.', 'Dr.', 'Jan.', 'war', 'country', 'since', 'they', 'returned', '.', ',', '"', '—', '(', ')',
  'early', '1990s', 'spring', '2022', 'last', 'week', 'BC', '44', 'ago', 'today', 'Mr.', 'Smith', 'met', 'called', 'did', 'not'];
const paragraph = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 300 }),
  fc.stringMatching(/^[0-9 ./-]{0,120}$/),
);

describe('extractEvents on arbitrary text', () => {
  it('never throws, and every event points inside its paragraph with a valid interval and a short label', () => {
    fc.assert(fc.property(fc.array(paragraph, { maxLength: 6 }), fc.constantFrom('2024-10-04', null), (paragraphs, dct) => {
      const doc = { id: 'd', path: '/d.txt', title: 'd', format: 'txt' as const, dct, dctSource: dct ? 'header' as const : null, paragraphs, contentHash: '0123456789abcdef0123' };
      for (const e of extractEvents(doc)) {
        const p = paragraphs[e.paragraph]!;
        expect(0 <= e.sentence.start && e.sentence.start <= e.sentence.end && e.sentence.end <= p.length).toBe(true);
        expect(e.sentence.start <= e.timex.start && e.timex.end <= e.sentence.end).toBe(true);
        expect(p.slice(e.timex.start, e.timex.end)).toBe(e.timex.text);
        const [start, end] = [parseIso(e.date.start), parseIso(e.date.end)];
        expect(start !== null && end !== null && start <= end).toBe(true);
        expect(e.label.length).toBeGreaterThan(0);
        expect(e.label.length).toBeLessThanOrEqual(61);
      }
    }), { numRuns: 60 });
  });
});
