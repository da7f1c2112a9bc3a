// Rough tense of the clause around an expression: decides whether "Friday" or "August" lies before
// or after the document date. The verb usually comes first ("said Friday", "will meet Monday"), so
// the nearest cue on the left wins; the right side is consulted only when the left has none.
// Weak cues ("by", "could", "is") count only when nothing stronger is about as near.
// With no cue at all, news reports the past.

export type Tense = 'past' | 'future' | 'present';

/** Common irregular past tenses (the "-ed" rule catches the regular ones). */
const IRREGULAR = 'began|brought|came|went|took|made|gave|got|told|left|met|found|held|saw|rose|fell|sold|bought|paid|won|lost|became|ran|wrote|spoke|struck|thought|led|grew|drew|sent|spent|built|felt|kept|stood|fled|fought|caught|sought|chose|broke|shot|flew|threw|knew|drove|heard|meant|hung|sank|swore|slid|sprang|stole|tore|withdrew|overthrew|undertook|forgot|understood|arose|woke';
const CUE = new RegExp(`\\b((?:will|would|shall|to) be (?:${IRREGULAR}|\\w+ed)|will|won't|'ll|shall|going to|next(?! to\\b)|upcoming|coming|scheduled|planned|planning|plans? to|expected|expects? to|intends? to|is to|are to|due|would|soon|tomorrow|set to|slated|ahead of)\\b|\\b(by|until|till|as soon as|as early as|likely|supposed|could|may|might|should|must|can)\\b|\\b(said|says|was|were|had|did|ago|last|earlier|yesterday|since|${IRREGULAR}|\\w{3,}ed)\\b|\\b(is|are|has|have|now|today)\\b`, 'gi');
/** Words ending in "ed" that are no past participle. */
const NOT_PAST = /^(?:speed|indeed|proceed|exceed|succeed|breed|greed|seed|feed|bleed|steed|hundred|kindred|hatred|sacred|naked|wicked|wretched|rugged|ragged|beloved|learned)$/i;
/** A participle after these is a state, not a past event: "the case is heard", "banks will stay closed". */
const PASSIVE = /\b(?:is|are|am|be|stay|stays|remain|remains|become|becomes)\s+$/i;
const TENSE: readonly Tense[] = ['future', 'future', 'past', 'present'];
const PENALTY = [0, 20, 0, 25];
/** Characters of left context: a verb further back belongs to another clause (50 fits TBAQ best). */
const WINDOW = 50;
/** A sentence end: a stop then a capital, unless the stop ends an abbreviation ("U.S.", "Mr."). */
const BOUNDARY = /(?<!\b[A-Z][a-z]?|\.[A-Za-z])[.!?]["')\]]*\s+(?=["`'(]*[A-Z])|\n/g;

function nearest(s: string, fromRight: boolean): Tense | null {
  let best: Tense | null = null;
  let bestDist = Infinity;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(s); m; m = CUE.exec(s)) {
    // The month "May" is no modal.
    if (m[0] === 'May') continue;
    // "-ed" is a past cue only on a verb: not on a name ("United States") or "speed", "hundred".
    if (m[3] && /ed$/i.test(m[0]) && (/^[A-Z]/.test(m[0]) || NOT_PAST.test(m[0]))) continue;
    // A participle after "is"/"are" is a present passive: the auxiliary gives the tense ("the case
    // is heard in May"); "will be held" is matched whole as a future above.
    if (m[3] && PASSIVE.test(s.slice(Math.max(0, m.index - 9), m.index))) continue;
    const dist = fromRight ? s.length - (m.index + m[0].length) : m.index;
    // A future seen from the past ("had been due to expire Friday") is over by now.
    // So is one planned before ("as previously planned Saturday night").
    const g = m[1] ? (/\b(?:had been|previously|originally|initially)\s+$/i.test(s.slice(Math.max(0, m.index - 12), m.index)) ? 2 : 0) : m[2] ? 1 : m[3] ? 2 : 3;
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
  // The expression's first character comes along: a boundary just before it needs its capital.
  const from = Math.max(0, start - WINDOW);
  const probe = text.slice(from, start + 1);
  let left = text.slice(from, start);
  let cut = -1;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(probe); m; m = BOUNDARY.exec(probe)) cut = m.index + m[0].length;
  if (cut >= 0) left = left.slice(cut);
  // An opening "Until Thursday, they had not called": the main clause after the comma tells.
  if (cut >= 0 && /^["'`(]*(?:Until|Till|By)\s+$/.test(left)) left = '';
  let right = text.slice(end, Math.min(text.length, end + 40));
  const stop = right.search(/[.!?;,](\s|$)|\n/);
  if (stop >= 0) right = right.slice(0, stop);
  return nearest(left, true) ?? nearest(right, false);
}

/** Like tenseCue, and when the clause has no cue, the rest of the sentence after an opening
 *  phrase ("In January, the company brought in ..."): its main verb comes after the comma. */
export function sentenceTense(text: string, start: number, end: number): Tense | null {
  const cue = tenseCue(text, start, end);
  if (cue) return cue;
  // Only an opening phrase: after a verb, a later comma starts another clause ("..., an official said").
  // The text's own start counts as a sentence start; a cut-off window's start does not.
  const head = (start > 30 ? '' : '\n') + text.slice(Math.max(0, start - 30), start);
  if (!/(?:[.!?]["')]*\s+|\n)(?:[A-Z][a-z]*\s+){0,2}$/.test(head)) return null;
  const rest = text.slice(end, Math.min(text.length, end + 100));
  const stop = rest.search(/[.!?;](\s|$)|\n/);
  return nearest(stop >= 0 ? rest.slice(0, stop) : rest, false);
}

export const tenseAt = (text: string, start: number, end: number): Tense => tenseCue(text, start, end) ?? 'past';
