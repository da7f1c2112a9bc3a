import fc from 'fast-check';
import { tagTimexes } from './electron/core/temporal/tagger';
import { isTimexValue } from './electron/core/temporal/timex-value';
const WORDS = ['Friday', 'May', 'march', 'the', '1980s', 'in', '2021', 'on', 'last', 'week', 'two', 'years', 'ago', 'Nov.', '12,', '1998', 'a.m.', '10:30', 'early', 'quarter', 'third', 'BC', 'AD', '44', 'now', 'every', 'day', '-', '/', ',', '.', '\n', 'century', '19th', 'spring', 'of', 'between', 'and', '2,000', 'fiscal', 'mid-', "'s", 'tonight', 'decades', 'more than', 'that', 'afternoon', 'later', 'B.C.', '499-493', 'Christmas', 'weekend', 'noon', 'Thursday', 'half', 'summer', 'daily', 'current', 'end', 'year-end', "'58", 'half a', 'turn', 'year', 'month'];
const tokens = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), tokens, fc.stringMatching(/^[\d ,.:/-]{0,200}$/));
const dct = fc.oneof(fc.constant(null), fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
fc.assert(fc.property(anyText, dct, (text, d) => {
  for (const t of tagTimexes(text, { dct: d })) {
    if (!(t.start >= 0 && t.start < t.end && t.end <= text.length && text.slice(t.start, t.end) === t.text && isTimexValue(t.value))) throw new Error(JSON.stringify(t));
  }
}), { numRuns: 60000 });
console.log('ok');
