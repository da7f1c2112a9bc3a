// Bare years ("in 2021", "since 1998", "1990's results"), kept apart from counts ("1999 votes",
// "2,000 experiments"): a year needs a temporal preposition before it or no noun after it.
import { year } from '../day-math';
import type { Recognizer } from '../recognizer';

const BEFORE = /(?:\b(?:a|an|its|his|her|their|our|that|this|[A-Za-z]+'s|in|since|until|till|by|before|after|during|of|from|to|through|throughout|between|and|or|early|late|mid|fiscal|year|years|the|around|circa|c\.|spring|summer|autumn|fall|winter|for|than|as|at|into|within|end|beginning|start|middle|ended|closed|finished|ends|closes|finishes|began|begins|started|starts|entered|enters|filing|file)[\s-]+|[(,—–-]\s?)$/i;
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? $/;
const AFTER_NOUN = /^\s+(?!saw\b|witnessed\b|also\b|and\b|to\b|or\b|through\b|when\b|after\b|before\b|as\b|at\b|but\b|until\b|in\b|on\b|the\b|a\b|an\b|was\b|were\b|is\b|had\b|has\b|with\b|for\b|from\b|by\b|that\b|which\b|because\b|while\b|if\b|so\b|then\b|will\b|would\b|could\b|should\b|might\b|may\b|must\b|can\b|marked\b|marks\b|proved\b|brought\b|it\b|he\b|she\b|they\b|we\b|I\b|there\b|this\b|its\b|his\b|her\b|their\b|election|elections|season|campaign|census|budget|levels?\b|period|results|figures|sales|revenues?|earnings|profits?|growth|output|spending|guidance|forecasts?|targets?|quarter|fiscal|model|war|olympics|games|summit|law|act\b|agreement|crisis|[A-Z])[a-z]/;

/** An article or possessive and an adjective of a contest or an event before the year: "the
 *  bitter 2000 race", "his failed 2006 bid", "the landmark 1965 vote" (TBAQ "his unsuccessful 1996 campaign"). */
const YEAR_ADJECTIVE = /\b(?:the|his|her|their|its|our|a|an)\s+(?:bitter|failed|disputed|contested|unsuccessful|successful|landmark|historic|landslide|narrow|famous|infamous|memorable|controversial|ill-fated|aborted|abortive|hard-fought|losing|winning|disastrous|contentious|divisive|crowded|brutal|costly|bruising|original|inaugural|first|last|previous|earlier)\s$/i;

/** After a number, what makes it an address: "2013 Main Street", "2001 M Street NW", "1999 Broadway",
 *  "1211 Avenue of the Americas", "the 1900 block of Elm Street". */
const ADDRESS = /^ (?:(?:[A-Z][a-z]*\.? ){1,2}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Way|Place)|Broadway\b|Avenue of\b|block\b)/;

const SEASON: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export const bareYears: Recognizer = {
  name: 'bare-years',
  cue: ['#'],
  pattern: /(?<![\d,.$#£€/:]|\d[-–])\b(1[0-9]{3}|2[01][0-9]{2})(?:'s)?\b(?![,.]\d|%|\/|:\d|-\d|\s?(?:percent|per cent|km|kg|m\b|miles|feet|meters|metres|dollars|people|votes|troops|soldiers|men|deaths|cases|units|shares|points|tons|tonnes|barrels))/g,
  extract(m, text) {
    const y = +m[1]!;
    // "3 p.m. local time (1200 GMT)", "0600 GMT (1100 local)": a military clock, not a year (TBAQ
    // leaves the bracketed one untagged).
    if (/^\s?(?:GMT|UTC|local\b|hours\b|hrs\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7))) return null;
    if (y < 1000) return null;
    // "by 2100", "in 2150", "projections for 2100": a year of the next century only after a temporal
    // preposition (climate copy); a bare 2100 is as often a count or a clock ("2100 hours").
    if (y >= 2100 && !/\b(?:in|by|until|till|through|before|after|around|year)\s$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
      && !(/\bfor\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/^\s+\d/.test(text.slice(m.index + 4, m.index + 6)) && !AFTER_NOUN.test(text.slice(m.index + 4, m.index + 28)))) return null;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    // "the Class of 2013" names a cohort by its graduation, not a time of the story; "2013 Main
    // Street" is an address.
    if (/\bClass of $/.test(before) || ADDRESS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    // "SB 1070", "H.R. 1960": a bill's number.
    if (/(?:\b(?:HR|SB|HB|AB|Prop|Proposition|Bill|No|Nos)|\bH\.\s?R|\b[SH])\.?\s$/.test(before)) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // (A possessive year owns the noun after it: "topped 2012's record", as WikiWars tags "1969's totals".)
    // ("the bitter 2000 race", "his failed 2006 bid": an adjective between the article and the year.)
    // (A plural noun after "the first"/"the last" makes a count: "The first 2000 fans".)
    if (!BEFORE.test(before) && !(YEAR_ADJECTIVE.test(before) && !/\b(?:first|last|previous|earlier)\s$/i.test(before) || (/\b(?:first|last|previous|earlier)\s$/i.test(before) && !/^\s+[a-z]+s\b/.test(after))) && AFTER_NOUN.test(after) && !/'s$/.test(m[0])) return null;
    // "said 1200 will be laid off", "An estimated 2000 could lose their homes": a round number before
    // a modal is a count; a year there opens its sentence ("2016 will be a tough year").
    if (y % 100 === 0 && !BEFORE.test(before) && /^\s+(?:will|would|could|should|might|may|must|can)\b/.test(after) && !/(?:^|[.!?]["')]?\s+|\n)$/.test(before)) return null;
    // "Room 1205", "Resolution 1441", "Flight 1549": a capitalized word before it names a thing.
    // (Not a sentence's last word: "made landfall in the Northeast. 2012 was also ...".)
    if (!BEFORE.test(before) && /(?:^|[^.!?\s]\s*)\b(?:[A-Z][a-z]*|[A-Z][a-z]{0,2}\.) $/.test(before) && !MONTH_BEFORE.test(before)) return null;
    // "a combined score of 1498", "a 1600-point scale": a score, not a year.
    if (/\b(?:scores?\s+of|scored)\s+$/i.test(before) || /^-(?:point|page|member|seat|mile|acre|foot|pound|word)\b/.test(after)) return null;
    // "the asteroid 2012 DA14": a catalogue designation.
    if (/^ [A-Z]{1,3}\d/.test(after)) return null;
    // "their 1916 summer offensives": the season of that year, one expression (after a determiner:
    // in "In 1990 spring came late" the season is the subject).
    const season = /^ (spring|summer|autumn|fall|winter)\b/i.exec(after);
    if (season && m[0].length === 4 && /(?:\b(?:the|their|its|his|her|our|a|an)|'s)\s$/i.test(before)) return { start: m.index, end: m.index + 4 + season[0].length, type: 'DATE', value: `${year(y)}-${SEASON[season[1]!.toLowerCase()]!}` };
    return { start: m.index, end: m.index + m[1]!.length, type: 'DATE', value: year(y) };
  },
};
