// Dating a sentence by its context: "Lavrov was speaking at the opening of a forum" has no date of
// its own, but a few paragraphs earlier the article said Lavrov spoke on Friday. Conservative on
// purpose: only a past-tense, affirmative, non-reporting sentence whose named subject also appears
// in the sentence of the latest dated day, a few paragraphs back at most, takes that day.
import type { EventDate, Span, Timex } from '../../shared/model';
import { parseSentence } from '../text/parse';

/** A dated day the following sentences may belong to. */
export interface Occasion {
  readonly paragraph: number;
  /** The text of the sentence that dates it. */
  readonly sentenceText: string;
  readonly timex: Timex;
  readonly date: EventDate;
}

const TIME_WORD = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight|ago|years?|months?|weeks?|days?|decades?|centur(?:y|ies)|\d{4}s?)\b/i;

/** How many paragraphs on a context date still carries. */
export const MAX_PARAGRAPH_DISTANCE = 4;

// Attribution of quotes and statements: their date is the report's, and they retell the occasion.
const REPORTING = new Set(['say', 'tell', 'add', 'note', 'report', 'state', 'claim', 'write', 'argue', 'insist']);
const NARRATIVE_FORMS = new Set(['simple-past', 'past-progressive']);

/** Whether a day-precise, exactly known date can serve as an occasion. */
export function isOccasion(date: EventDate): boolean {
  return (date.granularity === 'day' || date.granularity === 'time') && date.anchor !== 'unresolved'
    && date.startEdge === 'exact' && date.endEdge === 'exact';
}

/** The named subject of a sentence that narrates a past happening ("Lavrov was speaking ..."), or
 * null when the sentence is not such a narration or its subject is not a name. */
export function narratingActor(sentence: string): string | null {
  const { tokens, verbs } = parseSentence(sentence);
  const verb = verbs.find((v) => !v.isInfinitive && v.form !== 'imperative' && (!tokens[v.last]!.tags.has('Gerund') || v.auxiliary !== ''));
  // A state ("was angry") is no happening: the copula alone does not narrate.
  if (!verb || verb.tense !== 'PastTense' || !NARRATIVE_FORMS.has(verb.form) || verb.negative || REPORTING.has(verb.infinitive) || verb.infinitive === 'be') return null;
  // The subject is the phrase before the verb, back to a comma; its head, the words before any
  // preposition ("Lawyers for the family in Miami sent ..." is about lawyers, not Miami).
  const before = tokens.slice(0, verb.first).filter((t) => !t.tags.has('Adverb'));
  if (before.length === 0 || /[,;:—–]/.test(before.at(-1)!.post)) return null;
  const clause = before.slice(before.findLastIndex((t) => /[,;:—–]/.test(t.post)) + 1);
  const cut = clause.findIndex((t) => t.tags.has('Preposition'));
  const head = (cut < 0 ? clause : clause.slice(0, cut)).filter((t) => !t.tags.has('Determiner'));
  const last = head.at(-1);
  if (!last || last.tags.has('Pronoun')) return null;
  // compromise does not always tag a sentence-initial surname as a name: a capitalized singular noun
  // counts too ("Lavrov was ..."), a plural one does not ("Officials met ...").
  if (last.tags.has('ProperNoun') || last.tags.has('Person') || (/^\p{Lu}/u.test(last.text) && !last.tags.has('Plural'))) return last.text.replace(/['’]s$/, '');
  // A common-noun subject counts only as a phrase of two words or more ("the Cuban government").
  return head.length >= 2 ? head.map((t) => t.text).join(' ') : null;
}

/** The occasion an undated sentence at `paragraph` belongs to, if the latest one is near and names
 * the same actor. */
export function occasionFor(sentence: string, paragraph: number, latest: Occasion | null): Occasion | null {
  if (!latest || paragraph - latest.paragraph > MAX_PARAGRAPH_DISTANCE) return null;
  // Cheap checks before parsing: the sentence must name someone the occasion's sentence names, and
  // carry no time word of its own that the tagger may have missed.
  if (TIME_WORD.test(sentence)) return null;
  const names = sentence.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? [];
  if (!names.some((n) => latest.sentenceText.includes(n.replace(/['’]s$/, '')))) return null;
  const actor = narratingActor(sentence);
  if (!actor) return null;
  const named = new RegExp(`(?:^|[^\\p{L}])${actor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|$)`, actor.includes(' ') ? 'iu' : 'u');
  return named.test(latest.sentenceText) ? latest : null;
}

/** The empty expression an event dated by context carries, at the start of its sentence. */
export const contextTimex = (sentence: Span, source: Timex): Timex =>
  ({ text: '', start: sentence.start, end: sentence.start, type: source.type, value: source.value });
