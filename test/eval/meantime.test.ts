// The MEANTIME reader behind `npm run eval -- --only meantime`: text rebuilt from tokens, TIMEX3
// spans on it, the dateline kept out of scoring, and the unannotated tail of a story left out.
import { describe, expect, it } from 'vitest';
import { parseMeantime } from './meantime';

const tok = (id: number, sentence: number, text: string) => `<token number="${id}" sentence="${sentence}" t_id="${id}">${text}</token>`;
const timex = (attrs: string, ids: readonly number[]) => `<TIMEX3 ${attrs}>${ids.map((i) => `<token_anchor t_id="${i}"/>`).join('')}</TIMEX3>`;

const XML = [
  '<Document doc_id="1">',
  tok(1, 0, 'Boeing'), tok(2, 0, "'s"), tok(3, 0, 'plane'), tok(4, 0, 'flies'),
  tok(5, 1, 'March'), tok(6, 1, '06'), tok(7, 1, ','), tok(8, 1, '2008'),
  tok(9, 2, 'It'), tok(10, 2, 'flew'), tok(11, 2, 'on'), tok(12, 2, 'Monday'), tok(13, 2, '.'),
  tok(14, 6, 'In'), tok(15, 6, '1990'), tok(16, 6, 'it'), tok(17, 6, 'began'), tok(18, 6, '.'),
  timex('functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="06-03-2008"', [5, 6, 7, 8]),
  timex('functionInDocument="NONE" m_id="2" type="DATE" value="2008-03-03"', [12]),
  timex('functionInDocument="NONE" m_id="3" type="DATE" value=""', []),
  '</Document>',
].join('\n');

describe('parseMeantime', () => {
  const doc = parseMeantime(XML);

  it('rebuilds one line per sentence, with no space before closing punctuation or a clitic', () => {
    expect(doc.text).toBe("Boeing's plane flies\nMarch 06, 2008\nIt flew on Monday.\n");
  });

  it('gives each TIMEX3 its character span and skips empty ones', () => {
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([['Monday', 'DATE', '2008-03-03']]);
  });

  it('takes the creation time as the document date (DD-MM-YYYY reordered) and leaves the dateline unscored', () => {
    expect(doc.dctValue).toBe('2008-03-06');
    expect(doc.unscored?.map(([s, e]) => doc.text.slice(s, e))).toEqual(['March 06, 2008']);
  });

  it('takes a dateline not marked as the creation time as the document date all the same', () => {
    const plain = parseMeantime(XML.replace('functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="06-03-2008"', 'functionInDocument="NONE" m_id="1" type="DATE" value="2008-03-06"'));
    expect(plain.dctValue).toBe('2008-03-06');
    expect(plain.unscored?.map(([s, e]) => plain.text.slice(s, e))).toEqual(['March 06, 2008']);
    expect(plain.timexes.map((t) => plain.text.slice(t.start, t.end))).toEqual(['Monday']);
  });

  it('leaves out the sentences after the annotated ones', () => {
    expect(doc.text).not.toContain('1990');
  });
});
