import { describe, expect, it } from 'vitest';
import { segmentText, sentencePieces, splitLinks } from '../../renderer/src/view/highlight';

const para = 'Lavrov spoke on Friday. In the 1980s, the Soviet Union waged war. It ended.';
//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890123456789

describe('sentencePieces', () => {
  it('cuts the sentence around its time expression', () => {
    const s = para.indexOf('In the');
    const e = para.indexOf(' It ended');
    const t = para.indexOf('the 1980s');
    const pieces = sentencePieces(para, { start: s, end: e }, { start: t, end: t + 9 }, 'ev');
    expect(pieces.map((p) => [p.text, p.markId])).toEqual([
      ['In ', null],
      ['the 1980s', 'ev'],
      [', the Soviet Union waged war.', null],
    ]);
    expect(pieces.every((p) => p.inSentence)).toBe(true);
    expect(pieces[1]?.start).toBe(t); // offsets stay paragraph offsets
  });

  it('survives offsets past the end of the text', () => {
    expect(sentencePieces('short', { start: 0, end: 99 }, { start: 2, end: 50 }, 'x').map((p) => p.text)).toEqual(['sh', 'ort']);
  });
});

describe('segmentText', () => {
  it('marks every event and the highlighted sentence, and rebuilds the text exactly', () => {
    const friday = para.indexOf('Friday');
    const decade = para.indexOf('the 1980s');
    const sentence = { start: para.indexOf('In the'), end: para.indexOf(' It ended') };
    const pieces = segmentText(para, [{ start: decade, end: decade + 9, id: 'b' }, { start: friday, end: friday + 6, id: 'a' }], sentence);
    expect(pieces.map((p) => p.text).join('')).toBe(para);
    expect(pieces.filter((p) => p.markId).map((p) => [p.text, p.markId, p.inSentence])).toEqual([
      ['Friday', 'a', false],
      ['the 1980s', 'b', true],
    ]);
  });

  it('drops a mark that overlaps an earlier one', () => {
    const pieces = segmentText('from May to July 2020', [{ start: 5, end: 21, id: 'range' }, { start: 12, end: 21, id: 'july' }]);
    expect(pieces.filter((p) => p.markId).map((p) => p.markId)).toEqual(['range']);
  });
});

describe('splitLinks', () => {
  it('makes only http(s) URLs links, without trailing punctuation', () => {
    expect(splitLinks('See https://example.org/a?b=1, or javascript:alert(1) and ftp://x.')).toEqual([
      { text: 'See ' },
      { text: 'https://example.org/a?b=1', url: 'https://example.org/a?b=1' },
      { text: ', or javascript:alert(1) and ftp://x.' },
    ]);
  });
  it('leaves text without links whole', () => expect(splitLinks('no links here')).toEqual([{ text: 'no links here' }]));
});
