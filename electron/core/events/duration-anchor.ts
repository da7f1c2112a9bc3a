// Where the text pins one end of a duration, so that "for more than two decades" can be drawn as an
// interval: up to the document date when the sentence is in the present perfect ("has been under
// sanctions for ...") or says "the past/last ...", or from/until a dated expression right beside it
// ("for three years from 2010"), or from the document date on for "the next ...". Otherwise a
// duration stays a plain time expression.
import type { Anchor, EventDate, Span } from '../../shared/model';
import type { DurationAnchor } from '../temporal/interval';

export interface DatedSpan extends Span {
  readonly date: EventDate;
}

export interface PinnedDuration {
  readonly at: DurationAnchor;
  readonly anchor: Anchor;
}

const PAST_UNTIL_NOW = /\b(?:for|over|in|during|throughout|within)\s+(?:the\s+)?(?:past|last|previous)\s+$/i;
// The tagger may keep "the past" inside the expression: "for [the past two years]".
const OWN_PAST = /^(?:the\s+)?(?:past|last|previous)\s/i;
const OWN_NEXT = /^(?:the\s+)?(?:next|coming)\s/i;
const NEXT_FROM_NOW = /\b(?:for|over|in|during|within)\s+(?:the\s+)?(?:next|coming)\s+$/i;
const FOR = /\bfor\s+$/i;
// Present perfect in the same clause: "has been", "have lived", "'s grown" (not "had": past perfect).
const PRESENT_PERFECT = /\b(?:has|have|'s|'ve)\s+(?:(?:not|never|long|already|also|now)\s+)*(?:been|\w+(?:ed|en|wn|un|ught|one|ept|ade|id|ot))\b[^.;!?]*$/i;
const STARTS_AT = /^\s*,?\s*(?:from|since|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|on))?)\s+(?:the\s+)?$/i;
const ENDS_AT = /^\s*,?\s*(?:until|till|through|to|ending(?:\s+in)?|up\s+to)\s+(?:the\s+)?$/i;

/** The end of a duration the sentence anchors, or null. `duration` and `dated` are offsets in `sentence`. */
export function pinDuration(
  sentence: string,
  duration: Span,
  dated: readonly DatedSpan[],
  dct: { readonly date: string; readonly anchor: Anchor } | null,
): PinnedDuration | null {
  for (const other of dated) {
    if (other.date.anchor === 'unresolved') continue;
    if (other.start >= duration.end) {
      const gap = sentence.slice(duration.end, other.start);
      if (STARTS_AT.test(gap)) return { at: { start: other.date.start }, anchor: other.date.anchor };
      if (ENDS_AT.test(gap)) return { at: { end: other.date.end }, anchor: other.date.anchor };
    }
  }
  const before = sentence.slice(0, duration.start);
  const own = sentence.slice(duration.start, duration.end);
  if (dct && (PAST_UNTIL_NOW.test(before) || OWN_PAST.test(own) || (FOR.test(before) && PRESENT_PERFECT.test(before)))) {
    return { at: { end: dct.date }, anchor: dct.anchor };
  }
  if (dct && (OWN_NEXT.test(own) || NEXT_FROM_NOW.test(before))) return { at: { start: dct.date }, anchor: dct.anchor };
  return null;
}
