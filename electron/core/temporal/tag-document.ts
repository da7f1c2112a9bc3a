// Tags a whole document, paragraph by paragraph, so that context (the last absolute date mentioned)
// can carry from one paragraph to the next. First version: paragraphs tagged independently.
import { tagTimexes } from './tagger';
import type { ResolvedTimex, TagContext } from './types';

/** Time expressions of each paragraph (offsets in that paragraph), in paragraph order. */
export function tagDocument(paragraphs: readonly string[], ctx: TagContext): ResolvedTimex[][] {
  return paragraphs.map((p) => tagTimexes(p, ctx));
}
