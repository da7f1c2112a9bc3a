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
const PREPOSITIONS = new Set(['outside', 'inside', 'near', 'beyond', 'despite', 'under', 'over', 'against', 'between', 'among', 'during', 'after', 'before', 'within', 'without', 'across', 'through', 'toward', 'towards']);
const STOP_WORDS = new Set(['what', 'how', 'why', 'since', 'until', 'once', 'unless', 'though', 'as', 'if', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whether', 'because', 'although']);
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

/** The subject phrase just before token `i`: back to punctuation, a verb or a clause word, passing
 * over the time expression ("Estrada on Tuesday condemned") and prepositional phrases ("the
 * bombings in Kenya and Tanzania"). */
function phraseBefore(tokens: readonly Token[], i: number, focus: Span | null): Token[] {
  const np: Token[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (focus && t.start < focus.end && t.end > focus.start) {
      if (has(tokens[j - 1] ?? t, 'Preposition') && tokens[j - 1]!.end <= focus.start) j--;
      continue;
    }
    if (BREAKING_PUNCTUATION.test(t.post) || STOP_WORDS.has(t.normal)) break;
    if (has(t, 'Adverb') && np.length === 0) continue;
    if (isNominal(t) || isModifier(t) || has(t, 'Possessive', 'Preposition') || t.normal === 'and') np.unshift(t);
    else break;
  }
  // A pronoun right before the verb is the subject; else a person named anywhere in the phrase;
  // otherwise its head: the words before any preposition.
  if (np.length && has(np.at(-1)!, 'Pronoun')) return np.slice(-1);
  if (np.some((t) => has(t, 'Person'))) return np;
  const cut = np.findIndex((t) => has(t, 'Preposition') || t.normal === 'and');
  return cut < 0 ? np : np.slice(0, cut);
}

/** "..., said Ambassador Peter Burleigh": the speaker named after a reporting verb. */
function speakerAfter(tokens: readonly Token[], verb: VerbPhrase): Token[] {
  if (!REPORTING.has(verb.infinitive)) return [];
  const after: Token[] = [];
  for (const t of tokens.slice(verb.last + 1)) {
    if (!has(t, 'Person', 'ProperNoun', 'Acronym', 'Actor') && !isModifier(t)) break;
    after.push(t);
    if (BREAKING_PUNCTUATION.test(t.post)) break;
  }
  return after.some((t) => has(t, 'Person')) ? after : [];
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
    if (out.length && (t.pre + t.text).includes('(')) break;
    if (!inFocus) {
      const next = tokens[j + 1];
      if (STOP_WORDS.has(t.normal)) {
        if (out.length) break;
      } else if (verb.infinitive === 'be' && out.length === 0 && has(t, 'Adjective') && !has(t, 'Noun') && !(next && has(next, 'Noun'))) {
        out.push(t.text); // "is not ready": the complement of a copula is the news
        previous = t;
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
        // "the (war-ravaged) country" is the one the document is about.
        let k = j - 1;
        while (k > verb.last && isModifier(tokens[k]!) && tokens[k]!.normal !== 'the') k--;
        const country = t.normal === 'country' && tokens[k]?.normal === 'the' && ctx.mainPlace;
        out.push(country ? ctx.mainPlace! : t.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''));
        previous = t;
      }
    }
    if (out.length && BREAKING_PUNCTUATION.test(t.post)) break;
    if (used + out.length >= WORD_BUDGET + 2) break;
  }
  // A label ends on a content word, not on "with", "than" or a dangling "she".
  while (out.length && /^(?:to|of|in|on|at|for|with|from|by|as|into|about|than|he|she|it|they|we|i|you)$/i.test(out.at(-1)!)) out.pop();
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
  while (words.length > 1 && /^(?:in|on|at|during|since|by|of|to|for|from|with|after|before|when|and|or|the|a|an)$/i.test(words.at(-1)!)) words.pop();
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
    const before = nameOf(phraseBefore(tokens, v.first, focus), tokens, ctx);
    const speaker = before ? [] : speakerAfter(tokens, v);
    const subject = before ?? nameOf(speaker, tokens, ctx);
    const plural = subject?.plural ?? false;
    const verbText = verb.passive ? `${plural ? 'are' : 'is'} ${raw[verb.last]!.text}`
      : verb.negative && verb.infinitive === 'be' ? `${plural ? 'are' : 'is'} not`
      : verb.negative ? `${plural ? 'do' : 'does'} not ${verb.infinitive}`
      : verb.infinitive === 'be' ? (plural ? 'are' : 'is') : presentTense(verb.infinitive, plural);
    const head = [subject?.text, verbText].filter((s): s is string => !!s);
    // The infinitive of a verb inside the object, from the verb phrase compromise found there.
    const infinitiveAt = (t: Token) => verbs.find((p) => raw[p.first]!.start <= t.start && t.start <= raw[p.last]!.start)?.infinitive ?? t.normal;
    const object = speaker.length ? [] : objectAfter(tokens, v, focus, head.join(' ').split(' ').length, ctx, infinitiveAt);
    const words = [...head, ...object];
    if (words.length >= 2) return cut(capitalize(words.join(' ')));
  }
  // A sentence that is nothing but its date ("1990s") is its own label.
  const clause = trimmedClause(sentence, focus).replace(/^[^\p{L}\p{N}]+/u, '');
  return cut(capitalize(/[\p{L}\p{N}]/u.test(clause) ? clause : sentence.trim().replace(/\s+/g, ' ')));
}
