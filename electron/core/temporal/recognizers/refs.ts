// Vague references to the present, past and future: "now", "currently" (PRESENT_REF), "recently",
// "the past", "previously" (PAST_REF), "the future", "soon" (FUTURE_REF), "for the time being" (PRESENT_REF).
import type { Recognizer } from '../recognizer';

const VALUE: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF', 'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF', recent: 'PAST_REF', 'the past': 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF', earlier: 'PAST_REF',
  'in the past': 'PAST_REF', lately: 'PAST_REF', 'once': 'PAST_REF',
  'the future': 'FUTURE_REF', future: 'FUTURE_REF', soon: 'FUTURE_REF', 'in the future': 'FUTURE_REF', later: 'FUTURE_REF',
  'the near future': 'FUTURE_REF', 'the coming': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
  'the time being': 'PRESENT_REF',
};

export const refs: Recognizer = {
  name: 'refs',
  cue: ['now', 'current', 'present', 'recent', 'lately', 'past', 'future', 'these days', 'term', 'time being'],
  // "now" is not a time in "now that"; the adjectives "current"/"recent" are, as TimeBank tags them.
  pattern: /\b(?:(?:just|right|more|until|till|by|from|for) )?(now(?! that\b)|currently|presently|nowadays|these days|at present|the present|recently|lately|the past|the (?:near |distant )?future|the (?:near|short|long) term|the time being)\b|\b(current|recent)(?= (?!account|accounts\b|affairs\b|events\b)[a-z])/gi,
  extract(m, text) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    // "more recently" is one expression (TimeBank); "right now", "until now" leave the adverb out.
    const start = /^more recently/i.test(m[0]) ? m.index : m.index + m[0].toLowerCase().indexOf(word);
    // "earlier"/"later" as adverbs of a clause start ("Earlier, ..."); elsewhere they compare.
    if ((word === 'earlier' || word === 'later') && !/(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start))) return null;
    if (word === 'soon' && /\bas $/i.test(text.slice(Math.max(0, start - 3), start))) return null;
    const key = word.replace(/ (near|distant) /, ' ');
    return { start, end: m.index + m[0].toLowerCase().indexOf(word) + word.length, type: 'DATE', value: VALUE[key] ?? VALUE[word] ?? 'PRESENT_REF' };
  },
};
