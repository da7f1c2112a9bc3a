// A short title for an event, headline style: subject + verb in the present tense + object
// ("In the 1980s, the Soviet Union waged a decade-long war on the country" -> "Soviet Union wages
// war on Afghanistan"), from compromise's part-of-speech tags. Falls back to a trimmed clause.
import type { Span } from '../../shared/model';
import { parseSentence, presentTense, type Token, type VerbPhrase } from '../text/parse';

export interface LabelContext {
  /** The document's most-mentioned country or place: what "the country" refers to. */
  readonly mainPlace: string | null;
}

const MAX_LENGTH = 60;
/** Past this many words, a label takes no further prepositional phrase. */
const WORD_BUDGET = 5;
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'state', 'claim', 'add', 'warn', 'insist', 'argue', 'deny', 'confirm', 'reveal', 'note', 'write', 'declare']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);
// Words compromise sometimes tags otherwise ("under" as an adjective) that head a phrase.
const PREPOSITIONS = new Set(['under', 'over', 'against', 'between', 'among', 'during', 'after', 'before', 'within', 'without', 'across', 'through', 'toward', 'towards']);
const STOP_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whether', 'because', 'although']);
const BREAKING_PUNCTUATION = /[,;:—–()!?]|\.\s*$/;

const has = (t: Token, ...tags: string[]) => tags.some((tag) => t.tags.has(tag));
const isNominal = (t: Token) => has(t, 'Noun', 'ProperNoun', 'Pronoun', 'Acronym') || (has(t, 'Value') && !has(t, 'Date'));
const isModifier = (t: Token) => has(t, 'Determiner', 'Adverb', 'Adjective', 'QuestionWord') && !has(t, 'ProperNoun', 'Noun');

/** Hyphenated words come as parts ("Russia" "-" "led"); a compound ending in an adjective or
 * participle is a modifier ("Russia-led", "decade-long"), otherwise a noun ("al-Qaeda"). */
function joinHyphenated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    if (prev && prev.post === '-' && prev.end === t.start - 1) {
      const modifier = has(t, 'Adjective', 'Verb') && !has(t, 'Noun');
      const tags = new Set(modifier ? ['Adjective'] : [...t.tags]);
      out[out.length - 1] = { ...t, text: `${prev.text}-${t.text}`, normal: `${prev.normal}-${t.normal}`, start: prev.start, tags };
    } else out.push(t);
  }
  return out;
}

/** The verb that tells what happened at the time expression: the nearest finite verb before it
 * (past tense preferred, news reports the past), else the first one after it. */
function chooseVerb(tokens: readonly Token[], verbs: readonly VerbPhrase[], focus: Span | null): VerbPhrase | undefined {
  const finite = verbs.filter((v) => {
    const head = tokens[v.last]!;
    const before = tokens[v.first - 1];
    return !v.isInfinitive && v.form !== 'imperative' && before?.normal !== 'to'
      && !(has(head, 'Gerund') && !v.auxiliary) && !(focus && head.start >= focus.start && head.end <= focus.end);
  });
  const past = finite.filter((v) => v.tense === 'PastTense');
  const pool = past.length ? past : finite;
  if (!focus) return pool[0];
  return pool.filter((v) => tokens[v.last]!.end <= focus.start).at(-1) ?? pool.find((v) => tokens[v.first]!.start >= focus.end);
}

/** The noun phrase just before token `i`, stopping at punctuation, verbs, clause words. */
function phraseBefore(tokens: readonly Token[], i: number): Token[] {
  const np: Token[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (BREAKING_PUNCTUATION.test(t.post) || STOP_WORDS.has(t.normal)) break;
    if (has(t, 'Adverb') && np.length === 0) continue;
    if (isNominal(t) || isModifier(t) || t.normal === 'of' || has(t, 'Possessive')) np.unshift(t);
    else break;
  }
  return np;
}

/** How a noun phrase reads in a headline: a person by surname, a pronoun by the name it stands
 * for, "the country" by the document's main place, otherwise its last few content words. */
function nameOf(np: readonly Token[], tokens: readonly Token[], ctx: LabelContext): { text: string; plural: boolean } | null {
  const content = np.filter((t) => !isModifier(t) || has(t, 'ProperNoun'));
  if (content.length === 0) return null;
  const people = content.filter((t) => has(t, 'Person'));
  if (people.length) {
    const surname = people.filter((t) => has(t, 'LastName')).at(-1) ?? people.at(-1)!;
    return { text: surname.text.replace(/['’]s$/, ''), plural: false };
  }
  const last = content.at(-1)!;
  if (content.length === 1 && has(last, 'Pronoun')) {
    const plural = PLURAL_PRONOUNS.has(last.normal);
    const antecedent = tokens.filter((t) => t.end <= last.start && has(t, 'ProperNoun') && !has(t, 'Possessive')).at(-1);
    return { text: antecedent?.text ?? last.text, plural };
  }
  if (last.normal === 'country' && ctx.mainPlace) return { text: ctx.mainPlace, plural: false };
  return { text: content.slice(-3).map((t) => t.text).join(' '), plural: has(last, 'Plural') };
}

/** Object and complements after the verb, skipping the time expression and modifiers. */
function objectAfter(tokens: readonly Token[], verb: VerbPhrase, focus: Span | null, used: number, ctx: LabelContext, infinitiveAt: (t: Token) => string): string[] {
  const out: string[] = [];
  let phrases = 0;
  let embedded = false;
  let previous: Token | undefined;
  for (let j = verb.last + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const inFocus = focus !== null && t.start < focus.end && t.end > focus.start;
    if (!inFocus) {
      const next = tokens[j + 1];
      if (STOP_WORDS.has(t.normal)) {
        if (out.length) break;
      } else if (t.normal === 'to' && next && has(next, 'Verb')) {
        if (phrases > 0 && out.length) break;
        out.push('to', next.text);
        phrases++;
        j++;
        previous = next;
      } else if (has(t, 'Preposition') || PREPOSITIONS.has(t.normal) || t.normal === 'to') {
        if (t.normal === 'of' && previous && isNominal(previous)) out.push('of');
        else if (out.length === 0 || (phrases === 0 && used + out.length < WORD_BUDGET)) { out.push(t.normal); phrases++; }
        else break;
      } else if (has(t, 'Conjunction')) {
        if (out.length) break;
      } else if (has(t, 'Verb') && !has(t, 'Noun')) {
        // "said (that) he wanted ...": a reported clause carries the news.
        if (embedded || !REPORTING.has(verb.infinitive) || !previous || !isNominal(previous)) break;
        out.push(presentTense(infinitiveAt(t), PLURAL_PRONOUNS.has(previous.normal) || has(previous, 'Plural')));
        embedded = true;
        previous = t;
      } else if (isNominal(t) && !isModifier(t) && !POSSESSIVE_PRONOUNS.has(t.normal)) {
        const country = t.normal === 'country' && ctx.mainPlace && tokens[j - 1]?.normal === 'the';
        out.push(country ? ctx.mainPlace! : t.text.replace(/^["“‘']+|["”’']+$/g, ''));
        previous = t;
      }
    }
    if (out.length && BREAKING_PUNCTUATION.test(t.post)) break;
    if (used + out.length >= WORD_BUDGET + 2) break;
  }
  while (out.length && /^(?:to|of|in|on|at|for|with|from|by|as|into|about)$/.test(out.at(-1)!)) out.pop();
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  while (words.length > 1 && /^(?:in|on|at|during|since|by|of|to|for|from)$/i.test(words.at(-1)!)) words.pop();
  while (words.length > 1 && /^(?:in|on|at|during|since|by)$/i.test(words[0]!)) words.shift();
  return words.join(' ');
}

/** A short title naming what a sentence says happened at the time expression `focus` (offsets in
 * the sentence; null for a sentence dated by its context). */
export function labelEvent(sentence: string, focus: Span | null, ctx: LabelContext): string {
  const { tokens: raw, verbs } = parseSentence(sentence);
  const tokens = joinHyphenated(raw);
  const remap = (i: number) => tokens.findIndex((t) => t.start <= raw[i]!.start && raw[i]!.start < Math.max(t.end, t.start + 1));
  const verb = chooseVerb(raw, verbs, focus);
  if (verb) {
    const v = { ...verb, first: remap(verb.first), last: remap(verb.last) };
    const subject = nameOf(phraseBefore(tokens, v.first), tokens, ctx);
    const plural = subject?.plural ?? false;
    const verbText = verb.passive ? `${plural ? 'are' : 'is'} ${raw[verb.last]!.text}`
      : verb.negative ? `${plural ? 'do' : 'does'} not ${verb.infinitive}` : presentTense(verb.infinitive, plural);
    const head = [subject?.text, verbText].filter((s): s is string => !!s);
    // The infinitive of a verb inside the object, from the verb phrase compromise found there.
    const infinitiveAt = (t: Token) => verbs.find((p) => raw[p.first]!.start <= t.start && t.start <= raw[p.last]!.start)?.infinitive ?? t.normal;
    const words = [...head, ...objectAfter(tokens, v, focus, head.join(' ').split(' ').length, ctx, infinitiveAt)];
    if (words.length >= 2) return cut(capitalize(words.join(' ')));
  }
  return cut(capitalize(trimmedClause(sentence, focus)));
}
