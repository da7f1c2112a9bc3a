// Tags a whole document, paragraph by paragraph, carrying the last date mentioned from one
// paragraph to the next so that narratives without a document date still resolve.
import { tagWithState } from './tagger';
import type { ResolveState } from './resolve';
import type { ResolvedTimex, TagContext } from './types';

/** Time expressions of each paragraph (offsets in that paragraph), in paragraph order. */
export function tagDocument(paragraphs: readonly string[], ctx: TagContext): ResolvedTimex[][] {
  const state: ResolveState = { context: null };
  return paragraphs.map((p) => tagWithState(p, ctx, state));
}
