import { describe, expect, it } from 'vitest';
import { sentenceAt, splitParagraphs, splitSentences } from '../../../electron/core/text/segment';

describe('splitParagraphs', () => {
  it('splits on line breaks, trims and drops empty lines', () => {
    expect(splitParagraphs(' a b \r\n\r\nc\n  \nd')).toEqual(['a b', 'c', 'd']);
  });
});

describe('splitSentences', () => {
  const cases = [
    { input: 'One. Two!', out: ['One.', 'Two!'] },
    { input: 'He left on Friday. She stayed.', out: ['He left on Friday.', 'She stayed.'] },
    { input: 'Mr. Smith met Dr. Jones on Jan. 5. They talked.', out: ['Mr. Smith met Dr. Jones on Jan. 5.', 'They talked.'] },
    { input: 'John F. Kennedy was shot in 1963. A nation mourned.', out: ['John F. Kennedy was shot in 1963.', 'A nation mourned.'] },
    { input: 'Talks with the U.S. Senate began. They failed.', out: ['Talks with the U.S. Senate began.', 'They failed.'] },
    { input: 'He lives in the U.S. He left in May.', out: ['He lives in the U.S.', 'He left in May.'] },
    { input: 'after the U.S. withdrawal from the country. Then more.', out: ['after the U.S. withdrawal from the country.', 'Then more.'] },
    { input: 'She said "Go home." He went.', out: ['She said "Go home."', 'He went.'] },
  ];
  for (const { input, out } of cases) {
    it(`segments ${JSON.stringify(input)}`, () => {
      expect(splitSentences(input).map((s) => input.slice(s.start, s.end))).toEqual(out);
    });
  }
});

describe('sentenceAt', () => {
  it('finds the sentence holding an offset, else the whole paragraph', () => {
    const text = 'One. Two three.';
    const spans = splitSentences(text);
    expect(sentenceAt(spans, 7, text.length)).toEqual({ start: 5, end: 15 });
    expect(sentenceAt([], 3, text.length)).toEqual({ start: 0, end: 15 });
  });
});
