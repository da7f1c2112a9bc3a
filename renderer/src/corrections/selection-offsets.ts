// Where the user's text selection in the reader lies: its paragraph (from the numbered list item)
// and its offsets in that paragraph's text (the rendered text is the paragraph, piece by piece).

export interface ReaderSelection {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The paragraph element (`li[data-paragraph]` > `p`) holding a node, or null. */
function paragraphOf(node: Node | null): { li: HTMLElement; p: HTMLElement } | null {
  const el = node instanceof Element ? node : node?.parentElement ?? null;
  const li = el?.closest<HTMLElement>('li[data-paragraph]') ?? null;
  const p = li?.querySelector<HTMLElement>('p') ?? null;
  return li && p ? { li, p } : null;
}

/** Offset of a DOM position counted in characters of `container`'s text. */
function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const range = container.ownerDocument.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection inside one reader paragraph, trimmed of surrounding spaces; null otherwise. */
export function readerSelection(selection: Selection | null, root: HTMLElement): ReaderSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const a = paragraphOf(range.startContainer);
  const b = paragraphOf(range.endContainer);
  if (!a || !b || a.li !== b.li || !root.contains(a.li)) return null;
  const number = Number(a.li.dataset.paragraph);
  if (!Number.isInteger(number) || number < 1) return null;
  const full = a.p.textContent ?? '';
  let start = offsetIn(a.p, range.startContainer, range.startOffset);
  let end = offsetIn(a.p, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(full[start] ?? '')) start++;
  while (end > start && /\s/.test(full[end - 1] ?? '')) end--;
  if (end <= start) return null;
  return { paragraph: number - 1, start, end, text: full.slice(start, end) };
}
