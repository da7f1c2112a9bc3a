// tagDocument carries the story's own dates across paragraphs: with no document date, relative
// expressions resolve against the nearest earlier date of the text, or stay unresolved.
import { describe, expect, it } from 'vitest';
import { tagDocument } from '../../../electron/core/temporal/tag-document';

const pick = (rows: ReturnType<typeof tagDocument>) => rows.map((r) => r.map((t) => [t.text, t.value, t.anchor]));

describe('tagDocument', () => {
  it('resolves a narrative against its own earlier dates, across paragraphs (anchor text-context)', () => {
    const got = tagDocument(['On June 10, 1940, Italy declared war.', 'Two days later, troops moved.', 'The next day they stopped. In August they attacked.'], { dct: null });
    expect(pick(got)).toEqual([
      [['June 10, 1940', '1940-06-10', 'absolute']],
      [['Two days later', '1940-06-12', 'text-context']],
      [['The next day', '1940-06-13', 'text-context'], ['August', '1940-08', 'text-context']],
    ]);
  });

  it('leaves relative expressions unresolved when neither a document date nor an earlier date exists', () => {
    const got = tagDocument(['Yesterday the talks failed.', 'They resume on Friday.'], { dct: null });
    expect(pick(got)).toEqual([[['Yesterday', 'XXXX-XX-XX', 'unresolved']], [['Friday', 'XXXX-WXX-5', 'unresolved']]]);
  });

  it('with a document date, resolves deictic expressions against it (anchor document-date)', () => {
    const got = tagDocument(['The war ended in 1989.', 'Lavrov said Friday that talks went well.'], { dct: '2024-10-04' });
    expect(pick(got)).toEqual([[['1989', '1989', 'absolute']], [['Friday', '2024-10-04', 'document-date']]]);
  });

  it('gives offsets within each paragraph', () => {
    const paragraphs = ['Nothing here.', 'It happened in 2021.'];
    const [first, second] = tagDocument(paragraphs, { dct: null });
    expect(first).toEqual([]);
    expect(second?.map((t) => paragraphs[1]!.slice(t.start, t.end))).toEqual(['2021']);
  });
});
