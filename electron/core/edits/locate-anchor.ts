// Finds an edit's text span again in the current version of its document. Unchanged text at the same
// offsets wins; otherwise the occurrence of the same text nearest to where it was (fewest paragraphs
// away, then fewest characters). Null when the text is gone.
import type { EditableDocument, TextAnchor } from './edit-record';

export interface LocatedSpan {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** True when the span is where it was recorded; false when it moved. */
  readonly unmoved: boolean;
}

export function locateAnchor(anchor: TextAnchor, doc: Pick<EditableDocument, 'paragraphs'>): LocatedSpan | null {
  if (anchor.text.length === 0) return null;
  const here = doc.paragraphs[anchor.paragraph];
  if (here !== undefined && here.slice(anchor.start, anchor.end) === anchor.text) {
    return { paragraph: anchor.paragraph, start: anchor.start, end: anchor.end, unmoved: true };
  }
  let best: LocatedSpan | null = null;
  let bestCost = Infinity;
  doc.paragraphs.forEach((paragraph, p) => {
    for (let i = paragraph.indexOf(anchor.text); i >= 0; i = paragraph.indexOf(anchor.text, i + 1)) {
      // A paragraph away outweighs any offset within one.
      const cost = Math.abs(p - anchor.paragraph) * 1e9 + Math.abs(i - anchor.start);
      if (cost < bestCost) {
        bestCost = cost;
        best = { paragraph: p, start: i, end: i + anchor.text.length, unmoved: false };
      }
    }
  });
  return best;
}
