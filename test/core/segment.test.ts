import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../electron/core/text/segment';

describe('splitParagraphs', () => {
  it('splits on line breaks, trims and drops empty lines', () => {
    expect(splitParagraphs(' a b \r\n\r\nc\n  \nd')).toEqual(['a b', 'c', 'd']);
  });
});

describe('splitSentences', () => {
  const cases = [
    { input: 'One. Two!', out: ['One.', 'Two!'] },
    { input: 'He left on Friday. She stayed.', out: ['He left on Friday.', 'She stayed.'] },
  ];
  for (const { input, out } of cases) {
    it(`segments ${JSON.stringify(input)}`, () => {
      expect(splitSentences(input).map((s) => input.slice(s.start, s.end))).toEqual(out);
    });
  }
});
