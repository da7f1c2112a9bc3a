// Who or what a label is about: the subject phrase before the verb, or the speaker after a
// reporting verb, read as a headline names it (surname, antecedent, counted group).
import type { Span } from '../../shared/model';
import type { Token, VerbPhrase } from '../text/parse';
import { BREAKING_PUNCTUATION, PLURAL_PRONOUNS, RELATIVE, REPORTING, STOP_WORDS, has, inSpan, isModifier, isNominal } from './label-tokens';

export interface LabelContext {
  /** The document's most-mentioned country or place: what "the country" refers to. */
  readonly mainPlace: string | null;
}
export interface Name { readonly text: string; readonly plural: boolean }

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);
/** At most this many comma-separated stretches are read back from a verb ("Kopp, 44, of St.
 * Albans, Vt., became"). */
const MAX_ASIDES = 5;

/** The noun phrase ending at token `end`: back to punctuation (not `end`'s own), a verb or a
 * clause word, passing over the time expression ("Estrada on Tuesday condemned"), adverbs ("also
 * took") and prepositional phrases ("the bombings in Kenya"); in a relative clause, the noun the
 * clause hangs on ("the team which first conquered", "a foe who is the subject of ... was"). */
function collect(tokens: readonly Token[], end: number, focus: Span | null, relative = false, reduced = false): Token[] {
  const np: Token[] = [];
  let free = end; // the token whose comma does not end the phrase: the stretch's own, or the one before "which"
  for (let j = end; j >= 0; j--) {
    const t = tokens[j]!;
    if (reduced && np.length === 0 && !relative && t.post.includes(',')) { relative = true; free = j; }
    if (inSpan(t, focus)) {
      if (/[,;:—–()]/.test(t.post) && j !== free) break; // the comma of "On Thursday, the leader"
      if (has(tokens[j - 1] ?? t, 'Preposition') && tokens[j - 1]!.end <= focus!.start) j--;
      continue;
    }
    if (np.length === 0 && !relative && (has(t, 'Adverb') || (has(t, 'Ordinal') && !has(t, 'Noun')))) continue;
    if (np.length === 0 && !relative && RELATIVE.has(t.normal)) { relative = true; free = j - 1; continue; }
    // "removed from the list after Gadhafi agreed": "after"/"before" open the verb's own clause.
    if ((BREAKING_PUNCTUATION.test(t.post) && j !== free) || STOP_WORDS.has(t.normal) || (np.length && /^(?:after|before)$/.test(t.normal))) break;
    if (relative && has(t, 'Preposition')) break;
    if (isNominal(t) || isModifier(t) || has(t, 'Possessive', 'Preposition') || t.normal === 'and') np.unshift(t);
    else {
      // "A foe who is the subject of a manhunt was charged": the subject precedes the clause.
      let k = j;
      while (k > 0 && has(tokens[k]!, 'Verb', 'Adverb', 'Negative')) k--;
      if (!relative && np.length && RELATIVE.has(tokens[k]!.normal)) return collect(tokens, k - 1, focus, true);
      break;
    }
  }
  return np;
}

/** The subject phrase before token `i`. With a comma right before the verb, the stretches between
 * commas are asides and the subject: a name among them ("the last member of the team, Mike
 * Westmacott, died"), else the first one that is not an aside ("George Lowe, 89, died"). */
export function phraseBefore(tokens: readonly Token[], i: number, focus: Span | null, reduced = false): Token[] {
  // "...," said Ana Bonnin: a quotation ends before the verb, the speaker follows it.
  if (/["”“]|''/.test(tokens[i - 1]?.post ?? '')) return [];
  const stretches: Token[][] = [];
  for (let end = i - 1; end >= 0 && stretches.length < MAX_ASIDES;) {
    stretches.push(collect(tokens, end, focus, false, reduced));
    if (!tokens[i - 1]?.post.includes(',')) break;
    let k = end - 1;
    while (k >= 0 && !BREAKING_PUNCTUATION.test(tokens[k]!.post)) k--;
    if (k < 0 || !tokens[k]!.post.includes(',')) break;
    end = k;
  }
  // Asides: "89", "of St. Albans", "and Dar es Salaam", "Vt.", "Kenya".
  const named = (s: Token[]) => s.some((t) => has(t, 'Person')) || (s.length > 1 && HONORIFICS.has(s[0]!.normal));
  const aside = (np: Token[]) => np.length === 0 || has(np[0]!, 'Preposition') || np[0]!.normal === 'and'
    || (!named(np) && np.every((t) => has(t, 'Value', 'Place') || isModifier(t))) || (np.length === 1 && /^[A-Z][A-Za-z]?\.?$/.test(np[0]!.text));
  // A bare name ("Mike Westmacott") is the subject it stands beside; else the first stretch, which
  // the others describe ("Elian, the boy at the center of the dispute, was").
  const np = stretches.find((s) => named(s) && !s.some((t) => has(t, 'Preposition')))
    ?? stretches.filter((s) => !aside(s)).at(-1) ?? stretches.find((s) => s.length) ?? [];
  // A pronoun right before the verb is the subject; else a person named anywhere in the phrase;
  // otherwise its head: the words before any preposition but "of".
  if (np.length && has(np.at(-1)!, 'Pronoun')) return np.slice(-1);
  if (named(np)) return np;
  const cut = np.findIndex((t, k) => (has(t, 'Preposition') && (t.normal !== 'of' || np.slice(0, k).some((p) => p.normal === 'of'))) || t.normal === 'and');
  return cut < 0 ? np : np.slice(0, cut);
}

/** "..., said Ambassador Peter Burleigh": the speaker named after a reporting verb. */
export function speakerAfter(tokens: readonly Token[], verb: VerbPhrase): Token[] {
  if (!REPORTING.has(verb.infinitive)) return [];
  const after: Token[] = [];
  for (const t of tokens.slice(verb.last + 1)) {
    if (!has(t, 'Person', 'ProperNoun', 'Acronym', 'Actor') && !isModifier(t)) break;
    after.push(t);
    if (BREAKING_PUNCTUATION.test(t.post)) break;
  }
  return after.some((t) => has(t, 'Person')) ? after : [];
}

/** How a noun phrase reads in a headline: a person by surname (no "Mr"), a pronoun by the name
 * it stands for, "the country" by the document's main place, a count by its group ("Six of the
 * pediatric deaths" -> "Six pediatric deaths"), otherwise its last few content words. */
export function nameOf(np: readonly Token[], tokens: readonly Token[], ctx: LabelContext): Name | null {
  // compromise may read "Dr Helen Marsh" as a place: a title says it is a person.
  const titled = np.length > 1 && HONORIFICS.has(np[0]!.normal) ? np.slice(-1) : [];
  const people = [...titled, ...np.filter((t) => has(t, 'Person') && !has(t, 'Honorific') && !HONORIFICS.has(t.normal))];
  if (people.length) {
    const surname = people.filter((t) => has(t, 'LastName')).at(-1) ?? people.at(-1)!;
    return { text: surname.text.replace(/['’]s$/, ''), plural: false };
  }
  const of = np.findIndex((t) => t.normal === 'of');
  const head = of < 0 ? np : np.slice(0, of);
  const tail = of < 0 ? [] : np.slice(of + 1).filter((t) => !has(t, 'Determiner'));
  const counted = head.length === 1 && has(head[0]!, 'Value') && !has(head[0]!, 'Date');
  // "Thousands of workers" keeps its "of"; "Six of the deaths" reads "Six deaths".
  if (counted && tail.length > 0 && tail.length <= 3) return { text: [head[0]!.text, ...(/^\p{L}+s$/u.test(head[0]!.text) ? ['of'] : []), ...tail.map((t) => t.text)].join(' '), plural: true };
  const content = head.filter((t) => !isModifier(t) || has(t, 'ProperNoun'));
  if (content.length === 0) return null;
  const last = content.at(-1)!;
  if (content.length === 1 && has(last, 'Pronoun')) {
    const plural = PLURAL_PRONOUNS.has(last.normal);
    const antecedent = tokens.filter((t) => t.end <= last.start && has(t, 'ProperNoun') && !has(t, 'Possessive') && !has(t, 'Honorific')).at(-1);
    return { text: antecedent?.text ?? last.text, plural };
  }
  if (last.normal === 'country' && ctx.mainPlace) return { text: ctx.mainPlace, plural: false };
  const words = content.slice(-3).map((t) => t.text);
  // "A book of memoirs": a lone head noun keeps the short "of" phrase that says what it is.
  const ofWords = tail.filter((t) => !isModifier(t));
  if (content.length === 1 && ofWords.length > 0 && ofWords.length <= 2 && ofWords.every(isNominal)) words.push('of', ...ofWords.map((t) => t.text));
  return { text: words.join(' '), plural: has(last, 'Plural') };
}
