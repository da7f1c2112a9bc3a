// Stable event ids: the same text in the same document gives the same id on every extraction, so
// the user's corrections can key on them. Built from the document's content hash, the paragraph and
// the span of the time expression (or of the sentence, for an event dated by context).
import type { Span } from '../../shared/model';

/** `<first 16 hex of content hash>:<paragraph>:<start>-<end>`, with `s` before the span of a sentence
 * dated by context. Example: `4494c0e71e2ce092:6:3-12`. */
export function eventId(contentHash: string, paragraph: number, span: Span, kind: 'timex' | 'context'): string {
  return `${contentHash.slice(0, 16)}:${paragraph}:${kind === 'context' ? 's' : ''}${span.start}-${span.end}`;
}
