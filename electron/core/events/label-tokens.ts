// Token tests and word lists shared by the labeller's parts (clause, subject, object).
import type { Span } from '../../shared/model';
import type { Token } from '../text/parse';

export const has = (t: Token, ...tags: string[]) => tags.some((tag) => t.tags.has(tag));
export const isNominal = (t: Token) => has(t, 'Noun', 'ProperNoun', 'Pronoun', 'Acronym') || (has(t, 'Value') && !has(t, 'Date'));
export const isModifier = (t: Token) => has(t, 'Determiner', 'Adverb', 'Adjective', 'QuestionWord') && !has(t, 'ProperNoun', 'Noun');
export const inSpan = (t: Token, s: Span | null) => s !== null && t.start < s.end && t.end > s.start;

export const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'state', 'claim', 'add', 'warn', 'insist', 'argue', 'deny', 'confirm', 'reveal', 'note', 'write', 'declare']);
export const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
export const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);
// Words compromise sometimes tags otherwise ("under" as an adjective) that head a phrase.
export const PREPOSITIONS = new Set(['outside', 'inside', 'near', 'beyond', 'despite', 'under', 'over', 'against', 'between', 'among', 'during', 'after', 'before', 'within', 'without', 'across', 'through', 'toward', 'towards']);
export const STOP_WORDS = new Set(['what', 'how', 'why', 'since', 'until', 'once', 'unless', 'though', 'as', 'if', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whether', 'because', 'although']);
/** Pronouns that open a relative clause: its subject is the noun before them. */
export const RELATIVE = new Set(['which', 'who', 'that']);
export const BREAKING_PUNCTUATION = /[,;:—–()!?]|\.\s*$/;

// Adverbs that complete a verb ("sell back", "step down"), and nouns compromise tags as a second
// verb after a light verb ("took part"): both belong to the verb in a headline.
const PARTICLES = new Set(['back', 'up', 'down', 'off', 'out', 'away', 'apart']);
const LIGHT_OBJECTS: Readonly<Record<string, ReadonlySet<string>>> = {
  take: new Set(['part', 'place', 'office', 'power', 'control', 'charge', 'effect', 'over']),
  make: new Set(['sure']),
  set: new Set(['up', 'out']),
};
/** Whether `t`, right after a verb with this infinitive, is part of it ("took part", "sell back"). */
export function completesVerb(infinitive: string, t: Token | undefined, next: Token | undefined): boolean {
  if (!t || next?.normal === 'of') return false;
  return LIGHT_OBJECTS[infinitive]?.has(t.normal) === true || (PARTICLES.has(t.normal) && has(t, 'Adverb', 'Particle', 'Preposition'));
}

/** Hyphenated words come as parts ("Russia" "-" "led"); a compound ending in an adjective or
 * participle is a modifier ("Russia-led", "decade-long"), otherwise a noun ("al-Qaeda"). */
export function joinHyphenated(tokens: readonly Token[]): Token[] {
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
