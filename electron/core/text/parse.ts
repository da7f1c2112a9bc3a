// Part-of-speech parsing of one sentence with compromise (pure JS), turned into plain typed tokens
// and verb phrases with offsets into the sentence. The only file that touches compromise's API.
import nlp from 'compromise';

export interface Token {
  readonly text: string;
  /** Punctuation and spaces before the word ("(" opens an aside). */
  readonly pre: string;
  /** Lower-case form without punctuation. */
  readonly normal: string;
  readonly tags: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
  /** Punctuation and spaces after the word ("," ends a phrase). */
  readonly post: string;
}

export interface VerbPhrase {
  /** Indices of its tokens (first and last, inclusive). */
  readonly first: number;
  readonly last: number;
  readonly infinitive: string;
  /** 'PastTense' | 'PresentTense' | 'FutureTense' | ... as compromise names them. */
  readonly tense: string;
  /** 'simple-past', 'past-progressive', 'present-perfect', 'imperative', ... */
  readonly form: string;
  readonly negative: boolean;
  readonly auxiliary: string;
  readonly isInfinitive: boolean;
  readonly passive: boolean;
}

export interface ParsedSentence {
  readonly tokens: readonly Token[];
  readonly verbs: readonly VerbPhrase[];
}

interface RawTerm {
  text: string;
  pre?: string;
  normal?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface RawVerb {
  offset?: { start: number; length: number };
  verb?: {
    infinitive?: string;
    negative?: boolean;
    auxiliary?: string;
    grammar?: { tense?: string; form?: string; isInfinitive?: boolean; passive?: boolean };
  };
}

// Several events can share a sentence, and context dating reads sentences labels read too: parsing
// is the costly step (milliseconds a sentence), so the last few hundred parses are kept.
const recent = new Map<string, ParsedSentence>();
const RECENT_LIMIT = 256;

const hasTag = (t: Token, ...tags: string[]) => tags.some((tag) => t.tags.has(tag));

/** Tokens and verb phrases of a sentence. */
export function parseSentence(sentence: string): ParsedSentence {
  const cached = recent.get(sentence);
  if (cached) return cached;
  const parsed = parseUncached(sentence);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(sentence, parsed);
  return parsed;
}

function parseUncached(sentence: string): ParsedSentence {
  const doc = nlp(sentence);
  const terms = (doc.terms().json({ offset: true }) as { terms: RawTerm[] }[]).flatMap((t) => t.terms);
  const tokens: Token[] = terms.map((t) => {
    const start = t.offset?.start ?? 0;
    return { text: t.text, pre: t.pre ?? '', normal: t.normal ?? t.text.toLowerCase(), tags: new Set(t.tags ?? []), start, end: start + (t.offset?.length ?? t.text.length), post: t.post ?? '' };
  });
  const indexAt = (offset: number) => tokens.findIndex((t) => t.start <= offset && offset < Math.max(t.end, t.start + 1));
  const verbs: VerbPhrase[] = [];
  for (const v of doc.verbs().json({ offset: true }) as RawVerb[]) {
    if (!v.offset || !v.verb) continue;
    const first = indexAt(v.offset.start);
    const last = indexAt(v.offset.start + Math.max(0, v.offset.length - 1));
    if (first < 0 || last < first) continue;
    const g = v.verb.grammar ?? {};
    // "Engineers will test": compromise sometimes takes a plural noun for an auxiliary.
    let from = first;
    while (from < last && !hasTag(tokens[from]!, 'Auxiliary', 'Modal', 'Adverb', 'Negative') && hasTag(tokens[from + 1]!, 'Auxiliary', 'Modal')) {
      tokens[from] = { ...tokens[from]!, tags: new Set(['Noun', 'Plural']) };
      from++;
    }
    // "was born" comes back with "was born" as its infinitive: a passive of the participle.
    const raw = v.verb.infinitive ?? tokens[last]!.normal;
    const copula = /^(?:was|were|is|are|am|been)\s+(\S.*)$/.exec(raw);
    verbs.push({
      first: from, last,
      infinitive: copula ? copula[1]! : raw,
      tense: g.tense ?? '', form: g.form ?? '', negative: v.verb.negative ?? false,
      auxiliary: (v.verb.auxiliary ?? '').split(' ').filter((w) => !tokens.slice(first, from).some((t) => t.normal === w)).join(' '),
      isInfinitive: g.isInfinitive ?? false, passive: (g.passive ?? false) || copula !== null,
    });
  }
  // compromise tags some past-tense verbs it leaves out of verbs() ("2009-2010, when 348 children
  // died"): each becomes a one-word phrase, kept in text order. Only right after a noun, its
  // likely subject, so that "heavily wooded" or "what happened" stay out.
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    if (!hasTag(t, 'PastTense') || hasTag(t, 'Auxiliary', 'Passive', 'Noun', 'Adjective') || verbs.some((v) => v.first <= i && i <= v.last)) return;
    if (!before || !hasTag(before, 'Noun', 'Pronoun') || hasTag(before, 'QuestionWord') || /[,;:]/.test(before.post)) return;
    verbs.push({ first: i, last: i, infinitive: infinitiveOf(t.normal), tense: 'PastTense', form: 'simple-past', negative: false, auxiliary: '', isInfinitive: false, passive: false });
  });
  verbs.sort((a, b) => a.first - b.first);
  return { tokens, verbs };
}

/** Infinitive of one past-tense word ("died" -> "die"), computed once per word. */
function infinitiveOf(word: string): string {
  let infinitive = infinitives.get(word);
  if (infinitive === undefined) {
    const doc = nlp(word);
    doc.tag('PastTense');
    infinitive = (doc.verbs().json() as RawVerb[])[0]?.verb?.infinitive ?? word;
    infinitives.set(word, infinitive);
  }
  return infinitive;
}
const infinitives = new Map<string, string>();

/** Present tense of a verb given by its infinitive, for a singular or plural subject
 * ("call on" -> "calls on" / "call on"). */
export function presentTense(infinitive: string, plural: boolean): string {
  if (plural) return infinitive;
  let present = conjugated.get(infinitive);
  if (present === undefined) {
    const doc = nlp(infinitive);
    doc.tag('Verb');
    present = (doc.verbs().conjugate() as { PresentTense?: string }[])[0]?.PresentTense ?? infinitive;
    conjugated.set(infinitive, present);
  }
  return present;
}
/** Conjugations already computed: a few hundred verbs cover most news text. */
const conjugated = new Map<string, string>();

/** The countries (else places) a text names, most mentioned first: used to resolve "the country".
 * A name once tagged as a place counts at each mention, possessive or not ("Afghanistan's leaders"). */
export function placesByMention(text: string): string[] {
  const terms = (nlp(text).terms().json() as { terms: RawTerm[] }[]).flatMap((x) => x.terms);
  const bare = (t: RawTerm) => t.text.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}.-]/gu, '');
  const places = new Map<string, { name: string; n: number; country: boolean }>();
  for (const t of terms) {
    const tags = t.tags ?? [];
    if (!tags.includes('Place') || !bare(t)) continue;
    const entry = places.get(bare(t)) ?? { name: bare(t), n: 0, country: false };
    entry.country ||= tags.includes('Country');
    places.set(entry.name, entry);
  }
  for (const t of terms) {
    const entry = places.get(bare(t));
    if (entry) entry.n++;
  }
  return [...places.values()].sort((a, b) => Number(b.country) - Number(a.country) || b.n - a.n).map((e) => e.name);
}
