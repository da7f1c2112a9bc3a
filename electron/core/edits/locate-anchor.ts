// Finds an edit's text span again in the current version of its document. Unchanged text at the same
// offsets wins; otherwise, among the occurrences of the same text, one still inside the same sentence
// (the anchor's context) first, then the nearest to where it was (fewest paragraphs away, then fewest
// characters). Null when the text is gone.
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
  if (here !== undefined && here.slice(anchor.start, anchor.end) === anchor.text && inContext(here, anchor.start, anchor)) {
    return { paragraph: anchor.paragraph, start: anchor.start, end: anchor.end, unmoved: true };
  }
  let best: LocatedSpan | null = null;
  let bestCost = Infinity;
  doc.paragraphs.forEach((paragraph, p) => {
    for (let i = paragraph.indexOf(anchor.text); i >= 0; i = paragraph.indexOf(anchor.text, i + 1)) {
      // Its own sentence outweighs any distance; a paragraph away outweighs any offset within one.
      const cost = (inContext(paragraph, i, anchor) ? 0 : 1e15) + Math.abs(p - anchor.paragraph) * 1e9 + Math.abs(i - anchor.start);
      if (cost < bestCost) {
        bestCost = cost;
        best = { paragraph: p, start: i, end: i + anchor.text.length, unmoved: false };
      }
    }
  });
  return best;
}

/** Whether the occurrence at `at` lies inside an occurrence of the anchor's sentence (true without one). */
function inContext(paragraph: string, at: number, anchor: TextAnchor): boolean {
  const context = anchor.context;
  if (!context) return true;
  const end = at + anchor.text.length;
  for (let c = paragraph.indexOf(context); c >= 0 && c <= at; c = paragraph.indexOf(context, c + 1)) {
    if (end <= c + context.length) return true;
  }
  return false;
}
