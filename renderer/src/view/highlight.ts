// Cuts a paragraph into pieces for display: which piece is a marked time expression (and of which
// event), which lies in the highlighted sentence, and where http(s) links are. Text only: the
// renderer builds elements from these pieces and never renders document HTML.
import type { Span } from '../../../electron/shared/model';

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The event whose time expression covers this piece, or null. */
  readonly markId: string | null;
  readonly inSentence: boolean;
}

function clampSpan(s: Span, length: number): Span | null {
  const start = Math.max(0, Math.min(s.start, length));
  const end = Math.max(0, Math.min(s.end, length));
  return end > start ? { start, end } : null;
}

/** Splits `text` at every mark and sentence edge. Marks that overlap an earlier one are dropped
 * (the first by position wins) so each character belongs to at most one mark. */
export function segmentText(text: string, marks: readonly Mark[], sentence: Span | null = null): Piece[] {
  const accepted: Mark[] = [];
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const span = clampSpan(m, text.length);
    const last = accepted[accepted.length - 1];
    if (span && (!last || span.start >= last.end)) accepted.push({ ...span, id: m.id });
  }
  const sent = sentence ? clampSpan(sentence, text.length) : null;
  const cuts = new Set<number>([0, text.length]);
  for (const m of accepted) cuts.add(m.start).add(m.end);
  if (sent) cuts.add(sent.start).add(sent.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const mark = accepted.find((m) => m.start <= start && end <= m.end);
    pieces.push({ start, end, text: text.slice(start, end), markId: mark?.id ?? null, inSentence: sent !== null && sent.start <= start && end <= sent.end });
  }
  return pieces;
}

/** The sentence of a paragraph with its time expression (offsets in the paragraph) as the one mark. */
export function sentencePieces(paragraph: string, sentence: Span, timex: Span, id: string): Piece[] {
  const s = clampSpan(sentence, paragraph.length);
  if (!s) return [];
  const text = paragraph.slice(s.start, s.end);
  const mark = { start: timex.start - s.start, end: timex.end - s.start, id };
  return segmentText(text, [mark]).map((p) => ({ ...p, start: p.start + s.start, end: p.end + s.start, inSentence: true }));
}

export interface TextRun {
  readonly text: string;
  /** Set when the run is an http(s) link. */
  readonly url?: string;
}

const LINK = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/gi;

/** Splits plain text into runs, marking http(s) URLs (no other scheme ever becomes a link). */
export function splitLinks(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ text: text.slice(last, at) });
    runs.push({ text: m[0], url: m[0] });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
