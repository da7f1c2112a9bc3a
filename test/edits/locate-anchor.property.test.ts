// Whatever text is added around it, an edit's span is found again in its own sentence, even when the
// same words appear elsewhere (other sentences with "2021", whole new paragraphs before it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateAnchor } from '../../electron/core/edits/locate-anchor';

const MARKER = 'The merger closed in 2021.';
const TEXT = '2021';
// Sentences that may sit anywhere, some with the same year.
const filler = fc.constantFrom('Sales rose in 2021.', 'Nothing happened.', 'In 2021 the board met.', 'Prices fell again.', 'A quiet year, 2021.', '');
const paragraph = fc.array(filler, { maxLength: 4 }).map((s) => s.filter(Boolean).join(' '));

describe('finding an edit again after the document changed', () => {
  it('lands on the same sentence whatever is inserted before or after', () => {
    fc.assert(fc.property(
      fc.array(paragraph, { maxLength: 5 }), paragraph, paragraph, fc.array(paragraph, { maxLength: 5 }),
      fc.array(paragraph, { maxLength: 5 }), paragraph, paragraph,
      (before, prefix, suffix, after, insertedBefore, newPrefix, newSuffix) => {
        const markerParagraph = [prefix, MARKER, suffix].filter(Boolean).join(' ');
        const old = [...before, markerParagraph, ...after];
        const p = before.length;
        const start = markerParagraph.indexOf(MARKER) + MARKER.indexOf(TEXT);
        const anchor = { documentPath: '/a', contentHash: 'h', paragraph: p, start, end: start + TEXT.length, text: TEXT, context: MARKER };
        // The revision: paragraphs inserted before, new sentences around the marker.
        const revisedMarker = [newPrefix, prefix, MARKER, suffix, newSuffix].filter(Boolean).join(' ');
        const revised = [...insertedBefore, ...before, revisedMarker, ...after];
        const found = locateAnchor(anchor, { paragraphs: revised });
        const expectedParagraph = insertedBefore.length + before.length;
        expect(found?.paragraph).toBe(expectedParagraph);
        const expectedStart = revisedMarker.indexOf(MARKER) + MARKER.indexOf(TEXT);
        expect(found?.start).toBe(expectedStart);
        expect(locateAnchor(anchor, { paragraphs: old })).toMatchObject({ paragraph: p, start, unmoved: true });
      },
    ), { numRuns: 500 });
  });
});
