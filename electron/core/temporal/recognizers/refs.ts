// Vague references to the present, past and future: "now", "currently" (PRESENT_REF), "recently",
// "the past", "previously" (PAST_REF), "the future", "soon", "at a later date" (FUTURE_REF), "for the
// time being" (PRESENT_REF).
import { fmtDay, fmtMonth, year } from '../day-math';
import type { Recognizer } from '../recognizer';

const VALUE: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF', 'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF', recent: 'PAST_REF', 'the past': 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF', earlier: 'PAST_REF',
  'in the past': 'PAST_REF', lately: 'PAST_REF', 'once': 'PAST_REF',
  'the future': 'FUTURE_REF', future: 'FUTURE_REF', soon: 'FUTURE_REF', 'in the future': 'FUTURE_REF', later: 'FUTURE_REF',
  'the near future': 'FUTURE_REF', 'the coming': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
  'the time being': 'PRESENT_REF', 'a later date': 'FUTURE_REF', 'a later time': 'FUTURE_REF', 'this day': 'PRESENT_REF',
};

/** Verbs that put what follows ahead of the time of speaking ("will", "plans to", "expects ... to"). */
const AHEAD = /\b(?:will|'ll|shall|going to|may|might|(?:plans?|hopes?|wants?|wanted|aims?|expects?|expected|intends?)\b.*\bto)\b|\bto $/i;

const ROLE_AFTER = /^ (?:(?!BC\b|AD\b)[A-Z]|(?:king|queen|prince|princess|presidents?|emperor|empress|wife|husband|bride|groom|chairman|leader|heir|owner|pope|chancellor|champions?|winners?|star)\b)/;

export const refs: Recognizer = {
  name: 'refs',
  cue: ['now', 'soon', 'later date', 'later time', 'current', 'present', 'recent', 'lately', 'past', 'future', 'these days', 'term', 'time being', 'modern day', 'modern-day', 'to date', 'to this day'],
  // "now" is not a time in "now that"; the adjectives "current"/"recent" are, as TimeBank tags them.
  // "The present crisis": an adjective, not the present (TBAQ, MEANTIME, WikiWars: 10 untagged).
  // "present-day Belize", "modern day Gnjilane" (WikiWars 3 to 0, none elsewhere); "to date" is
  // "until now", whose "date" is tagged as "now" is in "until now" (WikiWars 2 to 0; not "up to date").
  // "continue to this day.": the idiom ends its clause; "referred to this day as" names a past day.
  // The adverbs before ("right now", "until now") stay out of the span; the pattern starts at the
  // word itself, which keeps it cheap on every line it runs on.
  pattern: /\b(?:(?:the )?(?:present|modern)[- ]day(?![\w-])|(?<!\b(?:up|out of) to |\b[Yy]ear to )(?<=\bto )date(?![\w-]| (?:from|back)\b)|(?<=\bto )this day(?=\s*[.,;:!?)])|now(?! that\b)|currently|presently|nowadays|these days|at present|the present(?! (?!and\b|or\b|is\b|was\b|will\b)[a-z])|recently|lately|the past(?! (?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\b)|the (?:near |distant )?future|the (?:near|short|long) term|the time being|a later (?:date|time)|(?:very )?soon(?! after\b| afterwards?\b| thereafter\b|-))\b|\b(?:(?:then[- ])?current|recent)(?= (?!account|accounts\b|affairs\b|events\b)[a-z])/gi,
  extract(m, text) {
    const word = m[0].toLowerCase();
    // "more recently" is one expression (TimeBank).
    const more = word === 'recently' && /\bmore $/i.test(text.slice(Math.max(0, m.index - 5), m.index));
    const start = more ? m.index - 5 : m.index;
    // "earlier"/"later" as adverbs of a clause start ("Earlier, ..."); elsewhere they compare.
    if ((word === 'earlier' || word === 'later') && !/(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start))) return null;
    if (/soon$/.test(word)) {
      // "as soon as" links two events; a "soon" told in the past ("was soon released") is no
      // future from the document's point of view.
      if (/\b(?:as|how|too) $/i.test(text.slice(Math.max(0, start - 4), start))) return null;
      // Only a "soon" the clause itself puts ahead ("will soon", "may soon", "plans to ... soon"):
      // "would soon" and a narrative's "soon" tell a future seen from the past.
      const head = text.slice(Math.max(0, start - 50), start).split(/[.;!?]\s|\n/).pop()!;
      const tail = text.slice(start + word.length, start + word.length + 8);
      if (!AHEAD.test(head) && !/^\s+(?:will|'ll)\b/i.test(tail)) return null;
    }
    // "their most recent model", "most recently last October": the superlative ranks a series,
    // it places nothing in time (what follows does, if anything).
    if (/^recent/.test(word) && /\bmost $/i.test(text.slice(Math.max(0, start - 5), start))) return null;
    // "the then current market price": the present of a past time.
    if (/^then[- ]current$/.test(word)) return { start, end: start + word.length, type: 'DATE', value: 'PAST_REF' };
    // "the future king", "the future Mrs. Obama", "the past president": adjectives of a role, which
    // refer to no time (as "former" is left untagged).
    if (/^the (?:past|future)$/.test(word) && !/\b(?:in|into|for|of|to|from|about|over|than)\s$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && ROLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    const key = word.replace(/ (near|distant) /, ' ').replace(/^very /, '');
    return { start, end: m.index + m[0].length, type: 'DATE', value: VALUE[key] ?? VALUE[word] ?? 'PRESENT_REF' };
  },
};

/** "During that time", "by that time": the time under discussion, whose value is the last date the
 *  text named ("by June 10. If ... by that time": 2011-06-10). Every "that time" of TimeBank (1),
 *  MEANTIME (1) and WikiWars (5) is tagged. Left out: "this time" ("this time he won"), "the same
 *  time" (news 0 of 11), and "this/that period" (WikiWars only, whose values are mostly null). */
export const anaphoricTimes: Recognizer = {
  name: 'anaphoric-times',
  cue: ['that time'],
  pattern: /\bthat time\b(?![- ](?:frames?|zones?|slots?|limits?|of day)\b)/gi,
  extract(m) {
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', grain: 'year',
      value: (ref, last) => last ?? (!ref ? 'PAST_REF' : ref.gran === 'day' ? fmtDay(ref) : ref.gran === 'month' ? fmtMonth(ref.y, ref.m) : year(ref.y)),
    };
  },
};
