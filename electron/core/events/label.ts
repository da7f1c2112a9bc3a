// A short title for an event, headline style: subject + verb in the present tense + object
// ("In the 1980s, the Soviet Union waged a decade-long war on the country" -> "Soviet Union wages
// war on Afghanistan"), from compromise's part-of-speech tags, taken from the clause that holds
// the time expression. Falls back to a trimmed clause.
import type { Span } from '../../shared/model';
import { parseSentence, presentTense, type Token, type VerbPhrase } from '../text/parse';
import { chooseVerb, isAdverbialGerund, isFinite, isReducedParticiple, namedThing } from './label-clause';
import { nameOf, phraseBefore, speakerAfter, type LabelContext } from './label-subject';
import { BREAKING_PUNCTUATION, POSSESSIVE_PRONOUNS, PLURAL_PRONOUNS, PREPOSITIONS, REPORTING, STOP_WORDS, completesVerb, has, inSpan, isModifier, isNominal, joinHyphenated } from './label-tokens';

export type { LabelContext } from './label-subject';

const MAX_LENGTH = 60;
/** Past this many words, a label takes no further prepositional phrase. */
const WORD_BUDGET = 5;

const TIME_DEICTICS = new Set(['last', 'next', 'this', 'that', 'same', 'every', 'each', 'previous', 'following']);
/** A word as a headline shows it: no quotes or trailing punctuation, but "50%" and "$5" whole. */
const bare = (text: string) => text.replace(/^[^\p{L}\p{N}$£€]+|[^\p{L}\p{N}.%]+$/gu, '');

/** Object and complements after token `from`, skipping the time expression and modifiers. */
function objectAfter(tokens: readonly Token[], from: number, verb: VerbPhrase, focus: Span | null, used: number, ctx: LabelContext, infinitiveAt: (t: Token) => string): string[] {
  const out: string[] = [];
  let phrases = 0;
  let embedded = false;
  let previous: Token | undefined;
  // "for today's youth": a possessive date is a determiner, its preposition stays.
  const focusOwns = tokens.some((t) => inSpan(t, focus) && has(t, 'Possessive'));
  for (let j = from + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    if (out.length && (t.pre + t.text).includes('(')) break;
    if (!inSpan(t, focus)) {
      // compromise calls some nouns verbs after "its"/"the"/"50%" ("its 50% stake").
      const noun = isNominal(t) || (has(t, 'Verb') && !!tokens[j - 1] && has(tokens[j - 1]!, 'Determiner', 'Possessive', 'Percent', 'Money', 'Ordinal'));
      if (STOP_WORDS.has(t.normal) && !(t.normal === 'as' && next && has(next, 'Determiner', 'Noun'))) {
        // "said (that) ...": only "that" may open the object; "because", "as", "until" end it.
        if (out.length || t.normal !== 'that') break;
      } else if ((has(t, 'Preposition') || PREPOSITIONS.has(t.normal)) && next && inSpan(next, focus) && !focusOwns) {
        // "said on Friday that": the preposition belongs to the time expression, left out.
      } else if (verb.infinitive === 'be' && out.length === 0 && has(t, 'Adjective') && !has(t, 'Noun') && !(next && has(next, 'Noun'))) {
        out.push(t.text); // "is not ready", "is due to be published": the complement of a copula is the news
        previous = t;
      } else if (t.normal === 'to' && next && (has(next, 'Verb') || /^(?:be|have)$/.test(next.normal))) {
        if (phrases > 0 && out.length) break;
        out.push('to', next.text);
        phrases++;
        j++;
        previous = next;
        // "to sell back": the particle stays with its verb.
        if (completesVerb(infinitiveAt(next), tokens[j + 1], tokens[j + 2])) out.push(tokens[++j]!.text);
      } else if (previous && /^(?:be|been)$/.test(previous.normal) && has(t, 'Verb')) {
        out.push(t.text); // "to be published"
        previous = t;
      } else if (has(t, 'Preposition') || PREPOSITIONS.has(t.normal) || t.normal === 'to' || t.normal === 'as') {
        if (t.normal === 'of' && previous && isNominal(previous)) out.push('of');
        else if (out.length === 0 || (phrases === 0 && used + out.length < WORD_BUDGET)) { out.push(t.normal); phrases++; }
        else break;
      } else if (has(t, 'Conjunction')) {
        if (out.length) break;
      } else if (has(t, 'Verb') && !noun) {
        // "said (that) he wanted ...": a reported clause carries the news.
        if (embedded || !REPORTING.has(verb.infinitive) || !previous || !isNominal(previous)) break;
        // "would build": the auxiliaries go, the main verb takes the present tense.
        const first = j;
        while (tokens[j + 1] && has(tokens[j + 1]!, 'Verb', 'Negative') && !has(tokens[j + 1]!, 'Noun') && has(tokens[j]!, 'Auxiliary', 'Modal')) j++;
        const plural = PLURAL_PRONOUNS.has(previous.normal) || has(previous, 'Plural');
        // "a man was arrested": a passive stays one ("man is arrested").
        const passive = j > first && tokens.slice(first, j).some((a) => /^(?:was|were|is|are|been|be)$/.test(a.normal)) && has(tokens[j]!, 'PastTense', 'Participle');
        out.push(passive ? `${plural ? 'are' : 'is'} ${tokens[j]!.text}` : presentTense(infinitiveAt(tokens[j]!), plural));
        embedded = true;
        previous = tokens[j]!;
      } else if ((has(t, 'Date') && (!has(t, 'Duration') || TIME_DEICTICS.has(tokens[j - 1]?.normal ?? ''))) || /^\d{4}s?$/.test(t.text)) {
        // another date ("between 1982 and 1992", "that same day") is not what happened; "five hours" may be
      } else if (noun && !isModifier(t) && !POSSESSIVE_PRONOUNS.has(t.normal)) {
        // "the (war-ravaged) country" is the one the document is about.
        let k = j - 1;
        while (k > from && isModifier(tokens[k]!) && tokens[k]!.normal !== 'the') k--;
        const country = t.normal === 'country' && tokens[k]?.normal === 'the' && ctx.mainPlace;
        out.push(country ? ctx.mainPlace! : bare(t.text));
        previous = t;
      } else if (has(t, 'Adjective') && /\p{Lu}/u.test(t.text) && next && isNominal(next)) {
        out.push(bare(t.text)); // a proper adjective names the thing ("trans-Antarctic expedition")
      }
    }
    // Breaking punctuation ends the object, even right after the time expression ("lived last
    // year, the official said").
    if ((out.length || inSpan(t, focus)) && BREAKING_PUNCTUATION.test(t.post)) break;
    if (used + out.length >= WORD_BUDGET + 2 && !/^(?:be|been)$/.test(previous?.normal ?? '')) break;
  }
  // A label ends on a content word, not on "with", "than" or a dangling "she".
  while (out.length && /^(?:to|of|in|on|at|for|with|from|by|as|into|about|than|between|after|before|during|since|until|against|through|he|she|it|they|we|i|you)$/i.test(out.at(-1)!)) out.pop();
  return out;
}

/** Headline case, without the dashes or quotes a clause may start with. */
const capitalize = (s: string) => {
  const text = s.replace(/^[^\p{L}\p{N}$£€]+/u, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

function cut(label: string): string {
  if (label.length <= MAX_LENGTH) return label;
  const at = label.lastIndexOf(' ', MAX_LENGTH);
  return `${label.slice(0, at > 0 ? at : MAX_LENGTH)}…`;
}

/** The clause around the time expression, without it: the fallback when no verb is found. */
function trimmedClause(sentence: string, focus: Span | null): string {
  const text = focus ? `${sentence.slice(0, focus.start)}${sentence.slice(focus.end)}` : sentence;
  const clause = text.split(/[,;:—–]\s+/).map((c) => c.trim()).find((c) => c.split(/\s+/).length >= 3) ?? text;
  const words = clause.replace(/[\s.,;:!?"”]+$/, '').split(/\s+/).slice(0, 8);
  while (words.length > 1 && /^(?:in|on|at|during|since|by|of|to|for|from|with|after|before|when|and|or|the|a|an)$/i.test(words.at(-1)!)) words.pop();
  while (words.length > 1 && /^(?:in|on|at|during|since|by)$/i.test(words[0]!)) words.shift();
  return words.join(' ');
}

/** Subject, verb and object of the chosen verb phrase, or null when they make under two words. */
function clauseLabel(raw: readonly Token[], verbs: readonly VerbPhrase[], verb: VerbPhrase, focus: Span | null, ctx: LabelContext): string | null {
  const tokens = joinHyphenated(raw);
  const remap = (i: number) => tokens.findIndex((t) => t.start <= raw[i]!.start && raw[i]!.start < Math.max(t.end, t.start + 1));
  const v = { ...verb, first: remap(verb.first), last: remap(verb.last) };
  // "Before departing ..., Mr Obama revealed": the -ing clause's subject is the main clause's.
  // ", adding Greece and Turkey in 1952": a trailing -ing clause's is the clause's before it.
  const main = isAdverbialGerund(raw, verb) ? verbs.find((p) => p.first > verb.last && isFinite(raw, verbs, p, focus))
    : has(raw[verb.last]!, 'Gerund') && !verb.auxiliary ? verbs.filter((p) => p.last < verb.first && isFinite(raw, verbs, p, focus)).at(-1) : verb;
  const reduced = main === verb && isReducedParticiple(raw, verbs, verb, focus);
  const before = main ? nameOf(phraseBefore(tokens, remap(main.first), focus, reduced), tokens, ctx) : null;
  const speaker = before ? [] : speakerAfter(tokens, v);
  const subject = before ?? nameOf(speaker, tokens, ctx);
  const plural = subject?.plural ?? false;
  // "took part", "set up": the particle or light noun goes with the verb.
  const particle = completesVerb(verb.infinitive, tokens[v.last + 1], tokens[v.last + 2]) && !verb.passive ? tokens[v.last + 1]!.normal : null;
  const tensed = verb.passive || reduced ? `${plural ? 'are' : 'is'} ${raw[verb.last]!.text}`
    : verb.negative && verb.infinitive === 'be' ? `${plural ? 'are' : 'is'} not`
    : verb.negative ? `${plural ? 'do' : 'does'} not ${verb.infinitive}`
    : verb.infinitive === 'be' ? (plural ? 'are' : 'is') : presentTense(verb.infinitive, plural);
  const verbText = particle && !tensed.endsWith(` ${particle}`) ? `${tensed} ${particle}` : tensed;
  const head = [subject?.text, verbText].filter((s): s is string => !!s);
  // The infinitive of a verb inside the object, from the verb phrase compromise found there.
  const infinitiveAt = (t: Token) => verbs.find((p) => raw[p.first]!.start <= t.start && t.start <= raw[p.last]!.start)?.infinitive ?? t.normal;
  const from = particle ? v.last + 1 : v.last;
  const object = speaker.length ? [] : objectAfter(tokens, from, v, focus, head.join(' ').split(' ').length, ctx, infinitiveAt);
  // "There has been a trend toward ...": the thing that is, is the news.
  const there = verb.infinitive === 'be' && !subject && tokens.slice(Math.max(0, v.first - 2), v.first + 1).some((t) => t.normal === 'there');
  const words = there && object.length ? object : [...head, ...object];
  return words.length >= 2 ? cut(capitalize(words.join(' '))) : null;
}

/** A short title naming what a sentence says happened at the time expression `focus` (offsets in
 * the sentence; null for a sentence dated by its context). */
export function labelEvent(sentence: string, focus: Span | null, ctx: LabelContext): string {
  const { tokens: raw, verbs } = parseSentence(sentence);
  const verb = chooseVerb(raw, verbs, focus);
  const thing = namedThing(sentence, raw, focus, verb);
  if (thing) {
    // "the pandemic of 2009-2010, when 348 children died": what happened then, in that thing.
    const when = raw.findIndex((t) => t.normal === 'when' && t.start >= focus!.end && /^[\s,]*$/.test(sentence.slice(focus!.end, t.start)));
    const then = when > 0 ? verbs.find((p) => p.first > when && isFinite(raw, verbs, p, focus)) : undefined;
    const what = then ? clauseLabel(raw, verbs, then, focus, ctx) : null;
    const lower = thing.charAt(0).toLowerCase() + thing.slice(1);
    return what && `${what} in ${lower}`.length <= MAX_LENGTH ? `${what} in ${lower}` : cut(capitalize(thing));
  }
  const label = verb ? clauseLabel(raw, verbs, verb, focus, ctx) : null;
  if (label) return label;
  // A sentence that is nothing but its date ("1990s") is its own label.
  const clause = trimmedClause(sentence, focus).replace(/^[^\p{L}\p{N}]+/u, '');
  return cut(capitalize(/[\p{L}\p{N}]/u.test(clause) ? clause : sentence.trim().replace(/\s+/g, ' ')));
}
