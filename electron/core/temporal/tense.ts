// Rough tense of the clause around an expression: decides whether "Friday" or "August" lies before
// or after the document date. The verb usually comes first ("said Friday", "will meet Monday"), so
// the nearest cue on the left wins; the right side is consulted only when the left has none.
// Weak cues ("by", "could", "is") count only when nothing stronger is about as near.
// With no cue at all, news reports the past.

export type Tense = 'past' | 'future' | 'present';

const CUE = /\b(will|won't|'ll|shall|going to|next|upcoming|coming|scheduled|planned|planning|plans? to|expected|expects? to|intends? to|is to|are to|due|would|soon|tomorrow|set to|slated)\b|\b(by|until|till|as soon as|as early as|likely|supposed|could|may|might|should|must|can)\b|\b(said|says|was|were|had|did|ago|last|earlier|yesterday|\w{3,}ed)\b|\b(is|are|has|have|now|today)\b/gi;
const TENSE: readonly Tense[] = ['future', 'future', 'past', 'present'];
const PENALTY = [0, 20, 0, 25];
const WINDOW = 70;
/** A sentence end: a stop then a capital, unless the stop ends an abbreviation ("U.S.", "Mr."). */
const BOUNDARY = /(?<!\b[A-Z][a-z]?|\.[A-Z])[.!?]["')\]]*\s+(?=["`'(]*[A-Z])|\n/g;

function nearest(s: string, fromRight: boolean): Tense | null {
  let best: Tense | null = null;
  let bestDist = Infinity;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(s); m; m = CUE.exec(s)) {
    // The month "May" is no modal.
    if (m[0] === 'May') continue;
    const dist = fromRight ? s.length - (m.index + m[0].length) : m.index;
    const g = m[1] ? 0 : m[2] ? 1 : m[3] ? 2 : 3;
    const weight = dist + PENALTY[g]!;
    if (weight < bestDist) {
      bestDist = weight;
      best = TENSE[g]!;
    }
  }
  return best;
}

/** The tense the nearest cue gives, or null when the clause has none. */
export function tenseCue(text: string, start: number, end: number): Tense | null {
  let left = text.slice(Math.max(0, start - WINDOW), start);
  let cut = -1;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(left); m; m = BOUNDARY.exec(left)) cut = m.index + m[0].length;
  if (cut >= 0) left = left.slice(cut);
  let right = text.slice(end, Math.min(text.length, end + 40));
  const stop = right.search(/[.!?;,](\s|$)|\n/);
  if (stop >= 0) right = right.slice(0, stop);
  return nearest(left, true) ?? nearest(right, false);
}

export const tenseAt = (text: string, start: number, end: number): Tense => tenseCue(text, start, end) ?? 'past';
