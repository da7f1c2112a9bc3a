// Which verb a label tells: the one in the clause that holds the time expression ("they returned
// to power in 2021", "Before departing for Jordan on Friday"), else the nearest finite verb.
import type { Span } from '../../shared/model';
import type { Token, VerbPhrase } from '../text/parse';
import { BREAKING_PUNCTUATION, PREPOSITIONS, REPORTING, completesVerb, has, inSpan, isModifier, isNominal } from './label-tokens';

// Words that open a clause: a time expression after one belongs to that clause's verb.
const CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'when', 'while', 'since', 'because', 'although', 'though', 'whereas', 'before', 'after', 'until', 'unless', 'if']);
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
// Heads of an adverbial "-ing" clause, whose subject is the main clause's ("Before departing ...,
// Mr Obama revealed").
const SUBORDINATORS = new Set(['before', 'after', 'while', 'since', 'upon', 'when', 'without', 'until', 'by']);

/** Clause number of each token: a new clause after breaking punctuation or at a clause word. */
function clauses(tokens: readonly Token[]): number[] {
  let n = 0;
  return tokens.map((t, i) => (i > 0 && (BREAKING_PUNCTUATION.test(tokens[i - 1]!.post) || CLAUSE_WORDS.has(t.normal)) ? ++n : n));
}

export function isAdverbialGerund(tokens: readonly Token[], v: VerbPhrase): boolean {
  const opener = tokens[v.first - 1];
  return has(tokens[v.last]!, 'Gerund') && !!opener && SUBORDINATORS.has(opener.normal) && !BREAKING_PUNCTUATION.test(opener.post);
}
// -ing words that work as prepositions ("according to", "including").
const PREPOSITIONAL_GERUNDS = new Set(['according', 'including', 'following', 'regarding', 'concerning', 'excluding', 'beginning', 'starting', 'excepting']);
/** ", adding Greece and Turkey in 1952": an -ing clause after a comma, about the main subject. */
const isTrailingGerund = (tokens: readonly Token[], v: VerbPhrase) => has(tokens[v.last]!, 'Gerund') && !v.auxiliary
  && (tokens[v.first - 1]?.post ?? '').includes(',') && !PREPOSITIONAL_GERUNDS.has(tokens[v.last]!.normal);

/** A verb with a tense of its own: not an infinitive ("to sell", "to be published"), a bare
 * gerund, the time expression itself, or the noun of "took part" that compromise calls a verb. */
export function isFinite(tokens: readonly Token[], verbs: readonly VerbPhrase[], v: VerbPhrase, focus: Span | null): boolean {
  const head = tokens[v.last]!;
  const before = tokens[v.first - 1];
  const afterTo = before?.normal === 'to' || (/^(?:be|have|been)$/.test(before?.normal ?? '') && tokens[v.first - 2]?.normal === 'to');
  const light = v.first === v.last && verbs.some((p) => p.last === v.first - 1 && completesVerb(p.infinitive, head, tokens[v.last + 1]));
  // "its 50% stake", "the stake": compromise tags some nouns as verbs after an article.
  const noun = v.first === v.last && !!before && (NOUN_OPENERS.has(before.normal) || has(before, 'Percent', 'Money', 'Possessive'));
  // A sentence-initial "Over the weekend" is sometimes tagged as a verb.
  return !v.isInfinitive && v.form !== 'imperative' && !afterTo && !light && !noun && !PREPOSITIONS.has(head.normal)
    && !(has(head, 'Gerund') && !v.auxiliary) && !inSpan(head, focus);
}

/** "The festival, first held in 1998, attracts": a participle right after a comma, with no object
 * of its own, whose stretch ends on a comma the main verb follows, describes the noun before. */
export function isReducedParticiple(tokens: readonly Token[], verbs: readonly VerbPhrase[], verb: VerbPhrase, focus: Span | null): boolean {
  let k = verb.first - 1;
  while (k > 0 && has(tokens[k]!, 'Adverb', 'Ordinal')) k--;
  const after = tokens[verb.last + 1];
  const close = tokens.findIndex((t, j) => j > verb.last && t.post.includes(','));
  return k >= 0 && tokens[k]!.post.includes(',') && !verb.auxiliary && verb.tense === 'PastTense' && !REPORTING.has(verb.infinitive)
    && !!after && (has(after, 'Preposition') || inSpan(after, focus))
    && close > 0 && verbs.some((p) => p.first === close + 1 && isFinite(tokens, verbs, p, focus));
}

/** The verb that tells what happened at the time expression: one in its clause (before it
 * first), else the nearest finite verb before it (past tense preferred, news reports the past),
 * else the first one after it. */
export function chooseVerb(tokens: readonly Token[], verbs: readonly VerbPhrase[], focus: Span | null): VerbPhrase | undefined {
  const finite = verbs.filter((v) => isFinite(tokens, verbs, v, focus));
  const past = finite.filter((v) => v.tense === 'PastTense');
  const pool = past.length ? past : finite;
  if (!focus) return pool[0];
  const pick = (from: readonly VerbPhrase[]) => from.filter((v) => tokens[v.last]!.end <= focus.start).at(-1) ?? from.find((v) => tokens[v.first]!.start >= focus.end);
  const clause = clauses(tokens);
  const at = tokens.findIndex((t) => inSpan(t, focus));
  const local = verbs.filter((v) => clause[v.last] === clause[at] && (finite.includes(v) || isAdverbialGerund(tokens, v) || isTrailingGerund(tokens, v)));
  const localPast = local.filter((v) => v.tense === 'PastTense');
  return (local.length ? pick(localPast.length ? localPast : local) : undefined) ?? pick(pool);
}

/** A year that names a thing rather than dates a happening ("the 1953 team"; "was the swine flu
 * pandemic of 2009-2010"): that thing is the label. Null when the expression dates a verb. */
export function namedThing(sentence: string, tokens: readonly Token[], focus: Span | null, verb: VerbPhrase | undefined): string | null {
  if (!focus) return null;
  const first = tokens.findIndex((t) => inSpan(t, focus));
  let last = first;
  while (tokens[last + 1] && inSpan(tokens[last + 1]!, focus)) last++;
  if (first < 0) return null;
  const before = tokens[first - 1];
  // "last month's discovery of a rifle": the thing the date belongs to is the event (a bare
  // "Sunday's debate" says too little: the clause's label is better).
  if (has(tokens[last]!, 'Possessive') && tokens[last + 1] && has(tokens[last + 1]!, 'Noun')) {
    const of = tokens.slice(last + 2, last + 9).filter((t) => !isModifier(t) && !has(t, 'Determiner'));
    if (of[0]?.normal === 'of' && of[1] && isNominal(of[1])) return `${tokens[last + 1]!.text} of ${of[1].text}`;
  }
  // compromise does not always tag a year as one ("the 1956 uprising").
  if (!has(tokens[first]!, 'Year') && !(first === last && /^\d{4}$/.test(tokens[first]!.text))) return null;
  if (before && has(before, 'Determiner', 'Possessive') && !BREAKING_PUNCTUATION.test(tokens[last]!.post)) {
    const nouns: string[] = [];
    for (let j = last + 1; j < tokens.length && has(tokens[j]!, 'Noun', 'Gerund') && !has(tokens[j]!, 'Date'); j++) {
      nouns.push(tokens[j]!.text);
      if (BREAKING_PUNCTUATION.test(tokens[j]!.post)) break;
      // "the 1994 Freedom of Access to Clinic Entrances Act": the "of" phrase is part of the name.
      const of = tokens.slice(j + 1, j + 5);
      if (of[0]?.normal === 'of' && !BREAKING_PUNCTUATION.test(tokens[j]!.post) && of[1] && has(of[1], 'ProperNoun', 'Noun')) {
        nouns.push('of', ...of.slice(1).filter((t, k, all) => all.slice(0, k + 1).every((a) => has(a, 'ProperNoun', 'Noun') && !has(a, 'Date'))).map((t) => t.text));
        break;
      }
    }
    return nouns.length ? `${sentence.slice(focus.start, focus.end)} ${nouns.join(' ')}` : null;
  }
  // "X was the pandemic of 2009-2010": the copula only says which thing the year belongs to.
  if (verb?.infinitive === 'be' && before?.normal === 'of' && verb.last < first - 2) {
    const words = tokens.slice(verb.last + 1, first - 1).filter((t) => !has(t, 'Determiner'));
    if (words.length && words.length <= 5 && words.every((t) => isNominal(t) || has(t, 'Adjective'))) return words.map((t) => t.text).join(' ');
  }
  return null;
}
