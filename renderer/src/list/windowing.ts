// Which rows of a long list are worth rendering: only those in (or near) the viewport, so 100,000
// events make a few dozen DOM nodes.

export interface RowRange {
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
}

/** Rows visible in a viewport of `height` px scrolled to `scrollTop`, plus `overscan` on each side. */
export function visibleRows(count: number, rowHeight: number, scrollTop: number, height: number, overscan = 6): RowRange {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + Math.max(height, rowHeight)) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

/** The scrollTop that brings row `index` fully into view, or null when it is already visible. */
export function scrollToReveal(index: number, rowHeight: number, scrollTop: number, height: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return null;
}
