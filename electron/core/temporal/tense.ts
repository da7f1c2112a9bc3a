// Rough tense of the clause around an expression: decides whether "Friday" or "August" lies before
// or after the document date. The verb usually comes first ("said Friday", "will meet Monday"), so
// the nearest cue on the left wins; the right side is consulted only when the left has none.
// Weak cues ("by", "could", "is") count only when nothing stronger is about as near.
// With no cue at all, news reports the past.

import { ACT_NOUN, ATTRIBUTIVE, CALLED_FOR, COUNT_BEFORE, CUE, HABIT, HANDED_ON, LAST_VERB_BEFORE, LASTING, LIST_COMMA, ADJECTIVE_BEFORE, DUTY, NEAR_ANY, NEAR_WORDS, NEXT_STRETCH, NOT_PAST, NOT_SCHEDULED, OBJECT_ADJECTIVE, ORDERS, PASSIVE, REPORTING_RE, SCHEDULED_RE, THE_NEXT_STRETCH } from './tense-words';

export type Tense = 'past' | 'future' | 'present';

const TENSE: readonly Tense[] = ['future', 'future', 'past', 'present'];
const PENALTY = [0, 20, 0, 25];
/** Characters of left context: a verb further back belongs to another clause (50 fits TBAQ best). */
const WINDOW = 50;
/** How far back a future verb of the same clause still counts when the window has no cue. */
const FAR = 100;
/** A sentence end: a stop then a capital, unless the stop ends an abbreviation ("U.S.", "Mr."). */
const BOUNDARY = /(?<!\b[A-Z][a-z]?|\.[A-Za-z])[.!?]["')\]]*\s+(?=["`'(]*[A-Z])|\n/g;


interface Cue { readonly tense: Tense; readonly word: string; readonly at: number }

const nearest = (s: string, fromRight: boolean, yearly = false): Tense | null => nearestCue(s, fromRight, yearly)?.tense ?? null;

/** The cue that decides the tense of `s` (the left context when `fromRight`), and where it stands.
 *  `yearly`: the expression is a day that comes every year (a holiday). */
function nearestCue(s: string, fromRight: boolean, yearly = false): Cue | null {
  let best: Cue | null = null;
  let bestDist = Infinity;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(s); m; m = CUE.exec(s)) {
    // The month "May" is no modal.
    if (m[0] === 'May') continue;
    // (Each match is tested often: its lowercase form, whether it is an "-ed" word and the word
    // before it are read once, and the cheap tests come first.)
    const word = m[0].toLowerCase();
    const ed = m[3] !== undefined && word.endsWith('ed');

    // "won the French Open on Sunday", "the U.S. Open final": a capitalized scheduled verb inside a
    // sentence is a name, not a verb.
    if (m[1] && m[0] === 'Open' && /\b[A-Z][\w.]*\s+$/.test(s.slice(Math.max(0, m.index - 12), m.index)) && !/^\s+[A-Z]/.test(s.slice(m.index + 4, m.index + 6))) continue;
    // Nor is "Will" inside a sentence: a name or a title ("sang \"I Will Always Love You\"").
    if (m[0] === 'Will' && /[\w,"'“]\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    // "-ed" is a past cue only on a verb: not on a name ("United States") or "speed", "hundred".
    if (ed && (/^[A-Z]/.test(m[0]) || NOT_PAST.test(m[0]))) continue;
    // "seventh-seeded San Diego State", "long-awaited": a hyphenated "-ed" word is an adjective.
    if (ed && s.charCodeAt(m.index - 1) === 45 && /\b(?:first|second|third|\w+th|\d+(?:st|nd|rd|th)|top|long|well|so|much|low|high|far|ill|self|hard|newly|widely|highly|closely|state|family|privately|publicly|heavily|poorly|short|un)-$/i.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    // "will meet in closed session Tuesday", "sold at reduced prices": after a preposition an "-ed"
    // word is an adjective; "If elected in November", "once approved": a condition's participle.
    // Neither is a past event.
    if (ed && ADJECTIVE_BEFORE.has(wordBefore(s, m.index))) continue;
    // A participle after "is"/"are" is a present passive: the auxiliary gives the tense ("the case
    // is heard in May"); "will be held" is matched whole as a future above.
    if (m[3] && PASSIVE.test(s.slice(Math.max(0, m.index - 9), m.index))) continue;
    // "will keep embassies closed through Saturday": a participle a keeping verb takes is a state.
    if (ed && /\b(?:keep|keeps|keeping|leave|leaves|leaving)\s+(?:\S+\s+){0,2}$/i.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
    // After an article or a possessive, an "-ed" word is an adjective ("a still unspecified date",
    // "the revised plan"), not a verb.
    if (ed && (ATTRIBUTIVE.test(s.slice(Math.max(0, m.index - 24), m.index))
      || (OBJECT_ADJECTIVE.test(s.slice(Math.max(0, m.index - 24), m.index)) && /^\s+[a-z]+s\b/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 16))))) continue;
    const dist = fromRight ? s.length - (m.index + m[0].length) : m.index;
    // After a determiner "last" is an adjective ("will hold its last sale on Saturday", "the last
    // meeting"), no "last" of the past.
    if (m[3] && /^last$/i.test(m[0]) && /(?:\b(?:its|his|her|their|the|our|my|your|this|a)|['’]s)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    // The verb "last" ("will last through April", "could last until February") is no "last" of the past.
    if (m[3] && /^last$/i.test(m[0]) && (LAST_VERB_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) || /^\s+(?:until|till|through|into|for|beyond)\b/i.test(s.slice(m.index + 4, m.index + 12)))) continue;
    // "..., followed by chemistry on Wednesday": a participle linking the next item, no past verb.
    if (m[3] && /^(?:followed|preceded)$/i.test(m[0]) && /^\s+by\b/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // An infinitive of purpose looks ahead only right before the day ("to vote Tuesday morning");
    // further back it may hang on a past verb ("flew to Washington to meet Clinton on Monday").
    if (m[1] && /^to /i.test(m[0]) && !/^to be /i.test(m[0]) && (!fromRight || dist > 4)) continue;
    // "had been scheduled to return Saturday": a purpose planned in the past perfect is over.
    const pastPlan = m[1] && /^to /i.test(m[0]) && /\bhad (?:\w+ly\s+)?been (?:scheduled|expected|due|set|planned|supposed)\s+$/i.test(s.slice(Math.max(0, m.index - 40), m.index));
    // "allowed two runs on Sunday": after a count, "runs" are scored, not held; "made his final start
    // on Sept. 23": after an ordinal, a start is a game pitched.
    if (word === 'runs' && /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i.test(s.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (word === 'start' && /\b(?:his|her|their|its|a|the)\s+(?:first|second|third|fourth|fifth|final|last|next|career|\d+(?:st|nd|rd|th))\s+$/i.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
    // A scheduled present of the near kind counts with at most two words between it and the time
    // ("continue on Saturday", "gather in Washington on Friday").
    if (m[1] && NEAR_WORDS.has(word) && (!fromRight || !/^(?:\s+\S+){0,2}\s*$/.test(s.slice(m.index + m[0].length)))) continue;
    // "need to win Sunday", "have to beat Green Bay on Sunday": the duty looks ahead only close to its
    // time ("need to bounce back after losing to Cincinnati on Sunday" looks back).
    if (DUTY.has(word) && (!fromRight || !/^(?:\s+\S+){0,4}\s*$/.test(s.slice(m.index + m[0].length)))) continue;
    // A scheduled verb only as a verb: not a noun ("tax returns", "his visits", "housing starts")
    // nor a base form after "to", a negation or a modal ("did not meet").
    // After a relative pronoun the verb is still the day's own when the day follows it closely
    // ("the fiscal year, which begins Oct. 1", "who leaves office on Dec. 31"); past a comma it
    // describes someone ("Smith, who runs the local bakery, on Monday filed suit"). A thing's "which"
    // reaches across a phrase of place ("which opens in theaters nationwide Friday"); a person's
    // "who" does not ("arrested a man who plays in a local band on Friday").
    if (m[1] && SCHEDULED_RE.test(m[0]) && (NOT_SCHEDULED.test(s.slice(Math.max(0, m.index - 12), m.index))
      || (/\d/.test(s.charAt(m.index - 2)) && COUNT_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index)))) && !relativeHere(s, m, dist, fromRight)) continue;
    // "the next 12 hours", "the next day": a stretch counted from the story's own time, no look ahead
    // from the report's ("swept across the islands over the next 12 hours before heading out Friday").
    if (m[1] && /^next$/i.test(m[0]) && /\bthe\s+$/i.test(s.slice(Math.max(0, m.index - 4), m.index)) && NEXT_STRETCH.test(s.slice(m.index + 4, m.index + 30))) continue;
    // "made an unannounced visit to Kabul on Monday": a noun after an article and its adjective.
    if (m[1] && SCHEDULED_RE.test(m[0]) && /\b(?:a|an|the|his|her|its|their)\s+(?:surprise|unannounced|unexpected|rare|brief|historic|recent)\s+$/i.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "close to January's pace", "ends up": an adjective or a phrasal verb, no scheduled event.
    if (m[1] && /^(?:close|closes|end|ends)$/i.test(m[0]) && /^\s+(?:to|up)\b/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    if (yearly && HABIT.test(m[0])) continue;
    // A deadline met in a past perfect ("had filed reports by Wednesday") is behind us.
    if (m[2] && fromRight && /^by$/i.test(m[0]) && /\bhad\b/i.test(s)) continue;
    // "by" sets a deadline only right before the expression ("by Friday", "by the end of"); further
    // back it names an agent ("demand enjoyed by Apple's iPod during the Christmas season").
    if (m[2] && /^by$/i.test(m[0]) && (!fromRight || dist > 4)) continue;
    // After the expression, "planned" is the clause's own past verb ("On Friday, the government
    // planned to pay ..."); before it, the plan is for that day ("planned to leave on Thursday").
    const planned = !fromRight && /^planned$/i.test(m[0]);
    // A future seen from the past ("had been due to expire Friday") is over by now.
    // So is one planned before ("as previously planned Saturday night").
    // A present perfect ("Protesters have called for marches on New Year's Day") is about now.
    const perfect = ed && /\b(?:has|have)\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index));
    const g = perfect ? 3 : pastPlan ? 2 : m[1] ? (planned || /\b(?:had (?:\w+ly\s+)?been|previously|originally|initially)\s+(?:been\s+)?$/i.test(s.slice(Math.max(0, m.index - 24), m.index)) ? 2 : 0) : m[2] ? 1 : m[3] ? 2 : 3;
    // "postponed until Tuesday", "kept markets closed until Friday": a day an "until" leads to is
    // the end of a state that still holds; a plain past verb nearby does not outweigh it.
    // "through Friday" sets an end only right before the expression ("went through the files Friday").
    if (m[2] && /^through$/i.test(m[0]) && (!fromRight || dist > 1)) continue;
    const until = fromRight && g === 1 && dist <= 1 && /^(?:until|till|through)$/i.test(m[0]) && !/\b(?:had|not|unable|never)\b|n't\b/i.test(s);
    // "storms could develop Tuesday afternoon": a modal with its verb right before the time is as
    // strong as "will", whatever reporting verb came first.
    const modalHere = fromRight && g === 1 && /^(?:could|may|might|should|must|can)$/i.test(m[0]) && /^\s+\w+\s*$/.test(s.slice(m.index + m[0].length));
    const weight = dist + (until || modalHere ? 0 : PENALTY[g]!);
    if (weight < bestDist) {
      bestDist = weight;
      best = { tense: TENSE[g]!, word: m[0], at: m.index };
    }
  }
  return best;
}

/** The word right before `at` (lowercase, without leading punctuation), or '' after no space. */
function wordBefore(s: string, at: number): string {
  if (s.charCodeAt(at - 1) !== 32) return '';
  return s.slice(s.lastIndexOf(' ', at - 2) + 1, at - 1).toLowerCase().replace(/^\W+/, '');
}

/** Whether the scheduled verb `m` follows a relative pronoun and is still its day's own: close to
 *  the day, or (a thing's "which") across a phrase of place; never past a comma. */
function relativeHere(s: string, m: RegExpExecArray, dist: number, fromRight: boolean): boolean {
  if (!fromRight || dist > 30) return false;
  const pronoun = /\b(who|that|which)\s+$/i.exec(s.slice(Math.max(0, m.index - 7), m.index))?.[1]?.toLowerCase();
  return !!pronoun && (dist <= 12 || (pronoun === 'which' && /^\s+(?:in|at|on|across|to|from|with)\b/i.test(s.slice(m.index + m[0].length)))) && !/[,;]/.test(s.slice(m.index));
}

/** The tenses already read in the text being tagged: recognizers, refiners and the resolver ask
 *  again about the same expression. (One text at a time: a new text empties it.) */
let memoText = '';
const memo = new Map<number, Tense | null>();

/** The answer `read` gives for the span, remembered under one of four slots (tenseCue's two,
 *  sentenceTense's two). */
function remembered(text: string, start: number, end: number, slot: number, flag: boolean, read: (text: string, start: number, end: number, flag: boolean) => Tense | null): Tense | null {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  if (end - start >= 4096) return read(text, start, end, flag);
  const key = (start * 4096 + (end - start)) * 4 + slot;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const tense = read(text, start, end, flag);
  memo.set(key, tense);
  return tense;
}

/** The tense the nearest cue gives, or null when the clause has none. */
export function tenseCue(text: string, start: number, end: number, yearly = false): Tense | null {
  return remembered(text, start, end, yearly ? 1 : 0, yearly, readTense);
}

function readTense(text: string, start: number, end: number, yearly: boolean): Tense | null {
  // The expression's first character comes along: a boundary just before it needs its capital.
  const from = Math.max(0, start - WINDOW);
  const probe = text.slice(from, start + 1);
  let left = text.slice(from, start);
  let cut = -1;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(probe); m; m = BOUNDARY.exec(probe)) cut = m.index + m[0].length;
  if (cut >= 0) left = left.slice(cut);
  // An opening "Until Thursday, they had not called": the main clause after the comma tells.
  // (The text's own start opens a sentence too.)
  if ((cut >= 0 || from === 0) && /^["'`(]*(?:Until|Till|By|Through)\s+$/.test(left)) left = '';
  // A word cut in two by the window's edge is no cue ("[sch]eduled to meet" is not a past "-ed").
  if (cut < 0 && from > 0 && /\w/.test(text[from - 1]!)) left = left.replace(/^\w+/, '');
  let right = text.slice(end, Math.min(text.length, end + 40));
  const stop = right.search(/[.!?;,](\s|$)|\n/);
  if (stop >= 0) right = right.slice(0, stop);
  // "pushed back to Christmas Day", "moved the deadline to Oct. 15": a day a plan is moved to lies ahead.
  if (/\b(?:postpone|delay|push|pushe|move|reschedule|defer|put off|extend|bring forward|brought forward)(?:s|d|ed|es)?\b(?: (?:back|up|off))?(?: [\w'’]+){0,3} to\s+$/i.test(left) && !/\bhad\b/i.test(left)) return 'future';
  // "The union called a rally for Friday", "set the vote for Thursday": the day an event is called
  // for lies ahead of the calling, unless the sentence goes on in the past ("... was canceled",
  // "and on Friday the country came to a standstill"; a source's "said" tells nothing). The cheap
  // end test first: most times follow no "for".
  if (/\bfor\s+$/.test(left) && CALLED_FOR.test(left) && !/\bhad\b/i.test(left) && !pastAfter(text, end)) return 'future';
  // "The deadline is Monday", "The convention is in August": a copula right before the time sets
  // an appointment, which lies ahead.
  // (Not one a past clause goes on to describe: "The only exception is in February, when sales fell".)
  // So does a forecast: "Snow is forecast for Thursday", "Rain is possible Thursday night".
  if (/\b(?:is|are)\s+(?:(?:in|on|at|set for|slated for|scheduled for|due(?: out| back| in)?|payable|(?:forecast|predicted|expected|possible|likely)(?:\s+(?:for|on))?)\s+)?$/i.test(left) && !/\b(?:when|the \w+ (?:found|showed|said))\b/i.test(text.slice(end, end + 40)) && nearest(right, false) !== 'past') return 'future';
  const cue = nearestCue(left, true, yearly);
  // "A spokesman said Holy Week begins on Sunday": after a reporting verb, a time that is the subject
  // of what was said takes that clause's own verb ("said Friday that ..." keeps the saying's).
  if (cue && REPORTING_RE.test(cue.word) && cue.at + cue.word.length >= left.length - 6) {
    const own = nearestCue(right, false, yearly);
    if (own && own.at <= 1) return own.tense;
  }
  // "stuck to its forecast that sales in November and December would rise": past a "that", the
  // time is the reported clause's, whose own verb follows it.
  if (cue && cue.tense !== 'future' && /\b(?:forecast|predicted|prediction|expectations?|estimates?|estimated|projected|hopes?|fears?|warned|warning|view|belief|report|said|says|believes?|believed|thinks?|thought|argued?|insisted?|noted|announced) that\b/i.test(left.slice(cue.at))) {
    const own = nearestCue(right, false, yearly);
    if (own) return own.tense;
  }
  if (cue && /^(?:by|until|till|through)$/i.test(cue.word) && pastClause(text, start - left.length + cue.at, right)) return 'past';
  // "through" ends a stretch that is mostly over ("has fallen 2% this year through Oct. 19", "had
  // bought shares through Sept. 29"): it looks ahead only after a future or a lasting order.
  if (cue && /^through$/i.test(cue.word) && !throughAhead(text, start - left.length + cue.at)) return 'past';
  // "..., followed by chemistry on Wednesday": the list goes on in the tense of its first item.
  if (!cue && /^(?:[^,;]*),\s+(?:followed|preceded) by\b[^,;]*$/.test(left)) {
    const comma = start - left.length + left.indexOf(',');
    const first = tenseCue(text, comma, comma, yearly);
    if (first) return first;
  }
  // "will visit Cairo on Saturday, Riyadh on Sunday, and Doha on Monday": an itinerary goes on in
  // the tense of its first stop.
  // So does "by Monday night or Tuesday".
  const leg = !cue ? /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?(?:,\s+(?:and\s+|or\s+)?(?:[\w'’-]+\s+){0,4}|\s+(?:or|and)\s+(?:(?:before|after|at|in|to|with)\s+(?:[\w'’-]+\s+){0,4})?)$/.exec(left) : null;
  if (leg) {
    const at = start - left.length + leg.index;
    const first = tenseCue(text, at, at + leg[0].search(/[,\s]/), yearly) ?? farFuture(text, at);
    if (first) return first;
  }
  // "The Oct. 17 deadline looms": a deadline, when no verb places it, lies ahead.
  // (Unless the sentence tells it past: "completed its offer ... by the Tuesday deadline".)
  if (!cue && /^\s+deadline\b/i.test(right) && nearest(text.slice(Math.max(0, text.lastIndexOf('. ', start) + 1, text.lastIndexOf('\n', start) + 1), start), true) !== 'past'
    && nearest(right, false) !== 'past') return 'future';
  // "The agency forecast on Tuesday that output would reach ...": a "that" clause after the day is
  // what was said then; its verbs do not date the saying.
  if (!cue && /^,?\s+that\b/i.test(right)) return null;
  return cue?.tense ?? nearest(right, false, yearly);
}

/** Whether the sentence after `end` goes on in the past, a source's saying aside. */
function pastAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 140);
  const stop = rest.search(/[.!?](?<!\b(?:vs|Mr|Mrs|Ms|Dr|St|Jr)\.)(\s|$)|\n/);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  const cue = nearestCue(clause, false);
  // (A source's attribution, ", the union said", tells nothing of the day; "and on Friday the
  // closer said" does.)
  return cue?.tense === 'past' && !(REPORTING_RE.test(cue.word) && /^,\s+(?!(?:and|but|then|on|when|as|while)\b)(?:[\w.'’-]+\s+){0,5}$/i.test(clause.slice(0, cue.at)));
}

/** The clause that ends at `at`: at most FAR characters back, cut after its last comma, stop,
 *  semicolon, colon or line break, or else after a word the window's edge cut in two. With `lists`,
 *  a list's commas ("Nebraska, Iowa and South Dakota") cut nothing. */
function clauseBefore(text: string, at: number, lists = false): string {
  const from = Math.max(0, at - FAR);
  const span = text.slice(from, at);
  const clause = lists ? span.replace(LIST_COMMA, '  ') : span;
  const cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf('. '), clause.lastIndexOf(';'), clause.lastIndexOf(':'), clause.lastIndexOf('\n'));
  if (cut >= 0) return clause.slice(cut + 1);
  return from > 0 ? clause.replace(/^\w+/, '') : clause;
}

/** Whether the clause before a "through" at `at` looks ahead: a future verb, or an order that
 *  lasts ("canceled classes through Friday"). */
function throughAhead(text: string, at: number): boolean {
  const clause = clauseBefore(text, at, true);
  const before = nearestCue(clause, true);
  // A past perfect is over: "had voted early in Miami-Dade through Saturday" (not "had waived fees
  // for travelers booked through Sunday": the booking's window is another verb's).
  // (An order still holds: "had extended the deadline through Friday".)
  if (before && /\bhad\s+(?:\w+ly\s+)?$/i.test(clause.slice(0, before.at)) && !ORDERS.test(before.word)) return false;
  // "booked", "ticketed", "waived" last only as a participle right before the stretch ("travelers
  // booked through Thursday"); with an object they are past acts ("booked $2 billion in orders
  // through September", "ticketed 300 drivers through Sunday").
  if (before && /^(?:booked|ticketed|waived)$/i.test(before.word) && /^\s+(?:[$\d]|(?:the|a|an|its|their|his|her|fees|drivers|people)\b)/i.test(clause.slice(before.at + before.word.length))) return false;
  // "In the 12 months through April, prices rose": an opening stretch takes the main clause's tense.
  if (!before && /^\s*(?:In|Over|For|During) the\b/.test(clause)) {
    const rest = text.slice(at, at + 160);
    const stop = rest.search(/[.!?;](?:\s|$)|\n/);
    return nearest((stop >= 0 ? rest.slice(0, stop) : rest).replace(/^[^,]*,/, ''), false) !== 'past';
  }
  // (A lasting order in the perfect too: "has extended loans through January"; a present state too:
  // "The museum is closed through Sunday", "The festival lasts through Sunday", with no cue at all.)
  if (!before) return true;
  return before.tense === 'future' || LASTING.test(before.word) || (before.tense === 'present' && !/^(?:has|have)$/i.test(before.word));
}

/** "by"/"until" look ahead unless the clause's own verb is plainly past: "He worked in Paris until
 *  February", "was warmer than normal in December until a storm just before Christmas", "by Friday
 *  morning the slick covered ...". `at` is where the "by"/"until" stands; `right` the rest of the clause. */
function pastClause(text: string, at: number, right: string): boolean {
  const clause = clauseBefore(text, at);
  const before = nearestCue(clause, true);
  if (before) return before.tense === 'past' && !LASTING.test(before.word) && !HANDED_ON.test(clause.slice(before.at + before.word.length));
  const after = nearestCue(right, false);
  return !!after && after.tense === 'past' && !LASTING.test(after.word) && !HANDED_ON.test(right.slice(0, after.at));
}

/** A future verb further back in the same clause than the window reaches ("will be named commander
 *  of the Space Shuttle Columbia for a mission in December"). Only a future: a past verb that far
 *  back is most often the reporting one ("announced an agreement to acquire ... in January"). */
export function farFuture(text: string, start: number): Tense | null {
  const from = Math.max(0, start - FAR);
  // A list of names ("to Chicago, Detroit and Cleveland") runs on in the clause: its commas cut nothing.
  // So do the stops of "a.m.", "p.m." and "U.S.".
  const span = text.slice(from, start).replace(LIST_COMMA, '  ').replace(THE_NEXT_STRETCH, (x) => ' '.repeat(x.length)).replace(/(?<=\.[A-Za-z])\./g, ' ');
  // Up to a little inside the window: a verb cut in two by the window's edge is read whole.
  let clause = span.slice(0, Math.max(0, start - WINDOW + 12 - from));
  const cut = Math.max(clause.lastIndexOf(', '), clause.lastIndexOf('. '), clause.lastIndexOf('; '), clause.lastIndexOf('\n'));
  if (cut >= 0) clause = clause.slice(cut + 1);
  if (/[,;.!?]\s/.test(span.slice(Math.max(0, start - WINDOW - from)))) return null;
  // (A scheduled present that looks ahead only right before its time does not look this far.)
  return nearest(clause.replace(NEAR_ANY, (x) => ' '.repeat(x.length)), true) === 'future' ? 'future' : null;
}

/** Like tenseCue, and when the clause has no cue, the rest of the sentence after an opening
 *  phrase ("In January, the company brought in ..."): its main verb comes after the comma.
 *  `far`: elsewhere, a future further back in the sentence ("will ... at its meeting on Nov. 20"). */
export function sentenceTense(text: string, start: number, end: number, far = true): Tense | null {
  return tenseCue(text, start, end) ?? remembered(text, start, end, far ? 2 : 3, far, readSentence);
}

function readSentence(text: string, start: number, end: number, far: boolean): Tense | null {
  const cue = tenseCue(text, start, end);
  if (cue) return cue;
  // Only an opening phrase: after a verb, a later comma starts another clause ("..., an official said").
  // The text's own start counts as a sentence start; a cut-off window's start does not.
  const head = (start > 30 ? '' : '\n') + text.slice(Math.max(0, start - 30), start);
  // (The cheap test first: an opening phrase needs a sentence's start within reach.)
  if (!/[.!?\n]/.test(head)) return far ? farFuture(text, start) : null;
  // "The last one, on March 29, drew similar numbers": an aside set off by commas takes the verb
  // after it.
  // (Only after a subject with no verb of its own: in "completed the deal, on August 1, and we
  // expect ..." the day belongs to the clause before it.)
  const subject = /,\s+on\s+$/.test(head) ? /(?:^|[.!?]["')]*\s+|\n)([^,.!?\n]*),\s+on\s+$/.exec(head) : null;
  // (Not "The election, on March 4, was announced": the saying, not the event, is past.)
  if (subject && subject[1]!.split(/\s+/).length <= 6 && !/^,\s+(?:was|were|has been|had been|is|are)\s+(?:announced|scheduled|set|called|planned|postponed|delayed|confirmed|moved|rescheduled)\b/i.test(text.slice(end, end + 40)) && nearest(subject[1]!, false) === null && text.startsWith(', ', end) && !/^,\s+(?:and|but|or|while|when|which|who|as|so)\b/i.test(text.slice(end, end + 8))) {
    const main = text.slice(end + 1, Math.min(text.length, end + 100));
    const to = main.search(/[.!?;,](?<!\b(?:vs|Mr|Mrs|Ms|Dr|St|Jr)\.)(\s|$)|\n/);
    return nearest(to >= 0 ? main.slice(0, to) : main, false);
  }
  // ("Then on Tuesday, he'll ...": an opening adverb and preposition count as the phrase too.)
  if (!/(?:[.!?]["')]*\s+|\n)(?:(?:[A-Z][a-z]*|on|in|at|by|and|until|the|a|an|its|their|his|her)\s+(?:[a-z]+\s+)?){0,3}$/.test(head)) return far ? farFuture(text, start) : null;
  // 140 characters: an opening phrase can run long before its verb ("In January, a week after the
  // anniversary of ..., a bombing killed"); the sentence's end still bounds it.
  const rest = text.slice(end, Math.min(text.length, end + 140));
  // "the Roe vs. Wade decision", "Mr. Smith": a title's or "vs." stop ends no sentence.
  // (The look-behind comes after the stop, where it is tried only at a stop: cheap.)
  // "His announcement Monday that he would retire stunned colleagues": a clause after the time
  // completes the noun before it, and tells nothing of the act's own time.
  if (/^\s+(?:that|to)\s/.test(rest) && !/[,\s]$/.test(text.slice(end - 1, end)) && !/\b(?:On|In|At|By|Until|Then|Since)\s/.test(head.slice(-20)) && ACT_NOUN.test(text.slice(Math.max(0, start - 24), start))) return null;
  const stop = rest.search(/[.!?;](?<!\b(?:vs|Mr|Mrs|Ms|Dr|St|Jr)\.)(\s|$)|\n/);
  return nearest(stop >= 0 ? rest.slice(0, stop) : rest, false);
}

/** A chronology's entry ("March 23 - The WHO reports an outbreak", "May: A new video appears"): a
 *  date opening its line before a dash or a colon tells what happened, in whatever tense; only a
 *  future or a schedule ("Nov. 5: Voters will choose", "April 1 - New rules take effect") looks
 *  ahead. (Recognizers see one line: a "What's next" heading above the list is out of their sight.) */
export const entryTense = (text: string, start: number, end: number, tense: Tense | null): Tense | null =>
  tense !== 'future' && /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$/.test(text.slice(Math.max(0, start - 6), start)) && /^[ \t]*(?:[:–—]|-\s)/.test(text.slice(end, end + 3)) ? 'past' : tense;

export const tenseAt = (text: string, start: number, end: number): Tense => tenseCue(text, start, end) ?? 'past';
