// Bare plurals of units, counted by no number: "for years" (PXY), "in recent weeks", "in recent
// weeks and months" (PAST_REF), "Months of talks", "days after the vote" (PXD).
import type { Recognizer } from '../recognizer';
import { unitOf } from '../lexicon';
import { durationValue, opinionQuarters } from './durations';

/** Bare plurals after a preposition or a verb of spending time: "for years" (PXY), "in recent weeks",
 *  "for decades", "in just minutes", "spent years trying", "waited hours". */
export const vagueDurations: Recognizer = {
  name: 'vague-durations',
  // The plural with the word right before it, which the pattern fixes: the preposition, "just"/"only",
  // "the", or the modifier (each such pair holds the plural, the old cue).
  cue: ['for', 'over', 'in', 'within', 'after', 'take', 'took', 'takes', 'taking', 'last', 'lasted', 'spend', 'spent', 'spends', 'spending', 'wait', 'waited', 'waits', 'waiting', 'just', 'only', 'the', 'past', 'next', 'coming', 'future', 'recent', 'several', 'many', 'few']
    .flatMap((w) => ['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours', 'minutes', 'quarters'].map((u) => `${w} ${u}`)),
  pattern: /\b(?:(?<=\b(?:for|over|in|within|after|take|took|takes|taking|last|lasted|spend|spent|spends|spending|wait|waited|waits|waiting|(?:of|at|during|through|throughout)(?= recent)) (?:just |only )?)(?:the )?(?:(past|last|next|coming|future|recent|several|many|few) )?)(days|weeks|months|years|decades|centuries|hours|minutes|quarters)\b(?: (?:or|and) (?:days|weeks|months|years|decades)\b)?/gi,
  extract(m, text) {
    const unit = unitOf(m[2]!);
    const w = (m[1] ?? '').toLowerCase();
    // "slid in after hours trading": the after-hours market session, no stretch of hours.
    if (unit === 'hour' && /^ (?:trading|trade|session|market|deals?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) return null;
    // "in coming quarters" counts fiscal quarters; a bare "in quarters" is a place ("living quarters").
    if (unit === 'quarter' && !w) return null;
    // "after the minutes were published": a meeting's record, not a stretch of minutes.
    if (unit === 'minute' && /^the /i.test(m[0]) && /^ (?:were|was|of|showed?|released|published|say|said|from)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 11))) return null;
    if (opinionQuarters(m, text)) return null;
    // "in the weeks ahead" keeps its article and "ahead" (FUTURE stretch, a duration in TimeBank).
    if (/^the /i.test(m[0]) && /^ ahead\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7))) {
      return { start: m.index, end: m.index + m[0].length + 6, type: 'DURATION', value: durationValue(-1, unit) };
    }
    // "in recent weeks and months", "the coming weeks and months": two stretches at once point at a
    // vague past or future (TimeBank: "recent weeks and months" is PAST_REF).
    if (/ and /.test(m[0]) && (w === 'recent' || w === 'past' || w === 'coming' || w === 'next')) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: w === 'recent' || w === 'past' ? 'PAST_REF' : 'FUTURE_REF' };
    if (/ and /.test(m[0])) return null;
    // "past years" points at a vague past rather than measuring (TimeBank).
    // "in the weeks before": TimeBank tags the bare plural, without its article.
    // "over the years" keeps it: the stretch itself is meant, with no event to bound it.
    const start = m.index + (/^the /i.test(m[0]) && !m[1] && !/\bover $/i.test(text.slice(Math.max(0, m.index - 5), m.index)) ? 4 : 0);
    // "In recent years" too: a vague stretch of the past, where "recent weeks" still measures.
    if (w === 'past' || (w === 'recent' && (unit === 'year' || unit === 'decade'))) return { start, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF' };
    // Fiscal quarters are counted, not measured: "in coming quarters", "future quarters" point at the
    // future (TimeBank: FUTURE_REF), as "the past several quarters" at the past.
    if (unit === 'quarter' && (w === 'next' || w === 'coming' || w === 'future')) return { start, end: m.index + m[0].length, type: 'DATE', value: 'FUTURE_REF' };
    if (w === 'future') return null;
    return { start, end: m.index + m[0].length, type: 'DURATION', value: durationValue(-1, unit) };
  },
};

/** A bare plural that a clause opens with or a verb takes: "Months of talks failed", "Hours after
 *  the blast", "follows months of twists" (PXM, PTXH). After an adjective or a number it belongs to
 *  a longer expression ("eight trading days") that other recognizers read. */
const OPENER = /(?:^|[.!?]\s{1,3}|\n|\b(?:follows|followed|following|after|with|than|and|took|take|takes|spent|spend|endured|ending|ended|end|ends|crossing|across) )$/;

/** Words that make a bare plural part of a longer expression: counts, articles, modifiers. */
const COUNTED = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|few|several|many|some|the|these|those|recent|past|next|last|coming|following|previous|preceding|consecutive|straight|more|additional|other|trading|business|working|of|in|for|over|within|matter))\s$/i;

export const pluralsOf: Recognizer = {
  name: 'plurals-of',
  // The plural with the word after it (each holds the plural and its space).
  cue: [...['days', 'weeks', 'months', 'years', 'decades', 'hours'].flatMap((u) => ['of', 'after', 'before'].map((w) => `${u} ${w}`)), 'hours later', 'minutes later', 'hours earlier', 'minutes earlier'],
  // "Hours later, police ...": a gap of hours or minutes, as "two hours later" is a duration in TimeBank
  // (bare days and longer are read by unitsAgo, as WikiWars dates them).
  pattern: /\b(days|weeks|months|years|decades|hours) (?=(?:of|after|before)\b)|\b(hours|minutes) (?=(?:later|earlier)\b)/gi,
  extract(m, text) {
    const word = m[1] ?? m[2]!;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // Only opening its clause: "Opening hours later this month" are a shop's hours.
    // (Or after a past verb: "died hours later", "was released minutes later"; not shop hours,
    // "announced extended hours later this month", where "later" opens an expression of its own.)
    if (m[2] && /^\s+later\s+(?:this|that|next|in|on|today|tonight|than)\b/i.test(text.slice(m.index + word.length, m.index + word.length + 18))
      && !/(?:^|[.!?]["')]?\s+|\n)$/.test(before)) return null;
    if (m[2]) return !/(?:^|[.!?]["')]?\s+|\n|[,;:]\s|\b(?:and|but|then|just|only|about|some)\s|\b(?!(?:need|speed|feed|seed|bed|red|shed|extended|reduced|expanded|limited|added|assigned|scheduled|shortened|lengthened|increased|cut|billed|logged|worked|volunteered)\s)[a-z]{2,}ed\s|\b(?:died|came|left|arrived|went|fell|rose|struck|began|won|lost)\s)$/.test(before) ? null : { start: m.index, end: m.index + word.length, type: 'DURATION', value: durationValue(-1, unitOf(word)) };
    // "crossed the border days after a sniper killed", "Just months after his death": before
    // "after"/"before" a bare plural measures the gap whatever precedes it (TBAQ, WikiWars 2 to 0),
    // unless a count or a modifier makes it part of a longer expression ("three days after").
    const gap = /^(?:after|before)/.test(text.slice(m.index + word.length + 1, m.index + word.length + 7)) && !COUNTED.test(before);
    if (!gap && !OPENER.test(before)) return null;
    return { start: m.index, end: m.index + word.length, type: 'DURATION', value: durationValue(-1, unitOf(word)) };
  },
};
