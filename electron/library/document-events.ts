// Runs the core's event extraction on a document and gives each event an id that stays the same
// when the document is re-extracted with that paragraph unchanged (even if other paragraphs moved):
// document id + a hash of the paragraph's text (+ its occurrence, for repeated paragraphs) + the offset.
import { createHash } from 'node:crypto';
import { extractEvents } from '../core/events/extract-events';
import type { Document, Event } from '../shared/model';

export function paragraphKeys(paragraphs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return paragraphs.map((text) => {
    const hash = createHash('sha1').update(text).digest('hex').slice(0, 12);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return n === 0 ? hash : `${hash}.${n}`;
  });
}

export function documentEvents(doc: Document): Event[] {
  const keys = paragraphKeys(doc.paragraphs);
  const used = new Set<string>();
  return extractEvents(doc).map((event) => {
    let id = `${doc.id}:${keys[event.paragraph] ?? event.paragraph}:${event.timex.start}`;
    for (let n = 1; used.has(id); n++) id = `${doc.id}:${keys[event.paragraph] ?? event.paragraph}:${event.timex.start}.${n}`;
    used.add(id);
    return { ...event, id };
  });
}
