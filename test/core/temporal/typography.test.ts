// Documents come with typography: no-break spaces, non-breaking hyphens and curly quotes must read
// as their plain forms, while each timex keeps the document's own text at the document's offsets.
import { describe, expect, it } from 'vitest';
import { plainText, tagTimexes } from '../../../electron/core/temporal/tagger';

const tag = (text: string) => tagTimexes(text, { dct: '2013-03-22' }).map((t) => [t.text, t.type, t.value, text.slice(t.start, t.end) === t.text]);

describe('typography', () => {
  it.each([
    ['a no-break space inside a date', 'On March\u00a022, 2013 it rained.', [['March\u00a022, 2013', 'DATE', '2013-03-22', true]]],
    ['a no-break space before a unit', 'It lasted 10\u00a0years.', [['10\u00a0years', 'DURATION', 'P10Y', true]]],
    ['a narrow no-break space before "p.m."', 'At 3\u202fp.m. he left.', [['3\u202fp.m.', 'TIME', '2013-03-22T15:00', true]]],
    ['a non-breaking hyphen in an adjective', 'It was a two\u2011year term.', [['two\u2011year', 'DURATION', 'P2Y', true]]],
    ['a curly apostrophe in a decade', 'In the \u201980s it grew.', [['the \u201980s', 'DATE', '198', true]]],
    ['a curly apostrophe in a possessive weekday', 'Friday\u2019s vote was close.', [['Friday', 'DATE', '2013-03-22', true]]],
  ] as const)('%s', (_name, input, out) => {
    expect(tag(input)).toEqual(out);
  });

  it('replaces one UTF-16 unit by one, so offsets carry over', () => {
    const s = 'a\u00a0b\u2011c\u2019d\u201ce\u201d';
    expect(plainText(s)).toBe('a b-c\'d"e"');
    expect(plainText(s)).toHaveLength(s.length);
  });
});
