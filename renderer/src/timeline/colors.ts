// One colour per document, shared by the timeline, its legend and the app's event list. Mid-tone
// colours readable on both the light and the dark theme.
import type { DocumentSummary } from '../../../electron/shared/model';

export const PALETTE: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#76b7b2',
  '#edc948', '#ff9da7', '#9c755f', '#8cd17d', '#499894', '#d37295',
];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const cache = new WeakMap<readonly DocumentSummary[], Map<string, string>>();

/** A stable colour for a document: its id's hash picks a slot, and documents (taken in id order)
 * that would collide move to the next free slot, so up to 12 documents never share a colour and a
 * document keeps its colour across sessions. */
export function documentColor(documentId: string, documents: readonly DocumentSummary[]): string {
  let colors = cache.get(documents);
  if (colors === undefined) {
    colors = new Map();
    const used = new Set<number>();
    for (const id of documents.map((d) => d.id).sort()) {
      let slot = hash(id) % PALETTE.length;
      for (let tries = 0; used.has(slot) && tries < PALETTE.length; tries++) slot = (slot + 1) % PALETTE.length;
      used.add(slot);
      if (used.size >= PALETTE.length) used.clear();
      colors.set(id, PALETTE[slot] as string);
    }
    cache.set(documents, colors);
  }
  return colors.get(documentId) ?? (PALETTE[hash(documentId) % PALETTE.length] as string);
}
