// How wide a mark's label is drawn, estimated without the DOM (so level of detail and fit stay pure
// and testable): labels are 12 px sans-serif on one line; the seed's labels measure about 6.1 px a
// character in Chromium, so 6.6 errs on the wide side (a label given too much room, never too little).
const CHAR_PX = 6.6;
/** The item's own padding around its text. */
const PADDING_PX = 10;
/** A point's dot (or a compact band's mark) and the gap before its label. */
export const MARK_PX = 14;
/** A band at least this wide shows enough of its label to read (the rest is in its tooltip). */
export const READABLE_PX = 120;

/** Estimated pixel width of a label as vis-timeline draws it. */
export function labelPx(label: string): number {
  return Math.ceil(label.length * CHAR_PX) + PADDING_PX;
}

/** True when a band this many pixels wide is too narrow to show its label inside it. */
export function bandTooNarrow(spanPx: number, label: string): boolean {
  return spanPx < Math.min(labelPx(label), READABLE_PX);
}
