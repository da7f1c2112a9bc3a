// Rules that settle VALUES in narratives: texts without a document date, whose relative expressions
// anchor on the text's own dates (learnt on WikiWars). One row per rule; each row fails without its rule.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../electron/core/temporal/tagger';

type Out = readonly [text: string, type: string, value: string];
interface Case { readonly rule: string; readonly input: string; readonly dct: string | null; readonly out: readonly Out[] }

const CASES: readonly Case[] = [
  // Years of yearless days (explicit-dates).
  { rule: 'a story moves on: a yearless day months before the last one is in the next year, not the year before', dct: null, input: 'The treaty was signed on 20 January 1802. The fleet sailed on 15 October.', out: [['20 January 1802', 'DATE', '1802-01-20'], ['15 October', 'DATE', '1802-10-15']] },
  { rule: 'the year written after an aside belongs to the day before it, and to the day inside it', dct: null, input: 'The raid began on May 4 (May 5 in local time), 1923, at dawn.', out: [['May 4', 'DATE', '1923-05-04'], ['May 5', 'DATE', '1923-05-05'], ['1923', 'DATE', '1923']] },
  { rule: 'a range\'s closing year is its first day\'s too, the year before across New Year', dct: null, input: 'The siege lasted from March 3 to June 9, 1870. The blockade ran from November 20 to February 2, 1871.', out: [['March 3', 'DATE', '1870-03-03'], ['June 9, 1870', 'DATE', '1870-06-09'], ['November 20', 'DATE', '1870-11-20'], ['February 2, 1871', 'DATE', '1871-02-02']] },
  { rule: 'a day-first range may give its days as ordinals with "the", and its month with "of"', dct: null, input: 'The council moved the vote from the 12th to the 17th of March 1921.', out: [['the 12th', 'DATE', '1921-03-12'], ['the 17th of March 1921', 'DATE', '1921-03-17']] },
  { rule: '"June 3 of 1790" is one date', dct: null, input: 'The assembly met on June 3 of 1790 in the old hall.', out: [['June 3 of 1790', 'DATE', '1790-06-03']] },
  { rule: '"the 28th of that month" is a day of the month under discussion', dct: null, input: 'On August 8, 1919 the army took the town, and on the 28th of that month it moved on.', out: [['August 8, 1919', 'DATE', '1919-08-08'], ['the 28th of that month', 'DATE', '1919-08-28']] },
  // The story's reference (resolve).
  { rule: 'days counted from a month alone are days of an unknown date in its year', dct: null, input: 'The attack began in October 1915; four days later the allies joined it.', out: [['October 1915', 'DATE', '1915-10'], ['four days later', 'DATE', '1915-XX-XX']] },
  { rule: '"of that year" is the year last named, even an aside one', dct: null, input: 'On 11 May 1941 the bombing stopped. In Asia the war had been stalemated since 1940. In August of that year, the rebels attacked.', out: [['11 May 1941', 'DATE', '1941-05-11'], ['1940', 'DATE', '1940'], ['August of that year', 'DATE', '1940-08']] },
  { rule: 'a month and year deep in a sentence is an aside; the story keeps its day', dct: null, input: 'On 9 April 2003 the city fell, and the authority ruled until its dissolution in June 2004. On April 15 the invasion ended.', out: [['9 April 2003', 'DATE', '2003-04-09'], ['June 2004', 'DATE', '2004-06'], ['April 15', 'DATE', '2003-04-15']] },
  { rule: 'a month named without its year is in the story\'s year, never an aside', dct: null, input: 'On 14 January 2005 the vote was held. Attacks rose sharply, and the bloodiest weeks came in May. Over 700 died in that month.', out: [['14 January 2005', 'DATE', '2005-01-14'], ['May', 'DATE', '2005-05'], ['that month', 'DATE', '2005-05']] },
  { rule: 'a period joined to the next shares the year written after it', dct: null, input: 'In 1942 both armies rested; they spent the spring and early summer of 1943 preparing.', out: [['1942', 'DATE', '1942'], ['the spring', 'DATE', '1943-SP'], ['early summer of 1943', 'DATE', '1943-SU']] },
  { rule: 'a season naming a new year moves the story', dct: null, input: 'In September 1914 the front froze. By the spring of 1915, the army had retreated, and on 5 August it lost the city.', out: [['September 1914', 'DATE', '1914-09'], ['the spring of 1915', 'DATE', '1915-SP'], ['5 August', 'DATE', '1915-08-05']] },
  { rule: 'a season counted from the story ("next summer") does not move it', dct: null, input: 'On 10 September 2007 he promised cuts. Next summer, the troops would leave. On September 14 the president agreed.', out: [['10 September 2007', 'DATE', '2007-09-10'], ['Next summer', 'DATE', '2008-SU'], ['September 14', 'DATE', '2007-09-14']] },
  { rule: 'a season within the story\'s year keeps its day', dct: null, input: 'On 3 June 1950 the army crossed the river. In the summer of 1950 the heat was fierce. The next day it rained.', out: [['3 June 1950', 'DATE', '1950-06-03'], ['the summer of 1950', 'DATE', '1950-SU'], ['The next day', 'DATE', '1950-06-04']] },
  { rule: 'in a story, a quoted "today" or "tomorrow" is the speaker\'s day, which the story does not give', dct: null, input: 'On 30 June 1936 he spoke. He warned: "It is us today. It will be you tomorrow." The next day he left.', out: [['30 June 1936', 'DATE', '1936-06-30'], ['today', 'DATE', 'XXXX-XX-XX'], ['tomorrow', 'DATE', 'XXXX-XX-XX'], ['The next day', 'DATE', '1936-07-01']] },
  { rule: '"the previous year" is a glance back: the story stays in its year', dct: null, input: 'In the winter of 1905 the armies camped; the fleet had been lost the previous year. On January 25 the army attacked.', out: [['the winter of 1905', 'DATE', '1905-WI'], ['the previous year', 'DATE', '1904'], ['January 25', 'DATE', '1905-01-25']] },
  // Bare years.
  { rule: 'a year opening a sentence before "saw" or "also" is a year, not a count', dct: null, input: 'The talks failed. 1987 saw a renewed wave of attacks. 1988 also brought a truce.', out: [['1987', 'DATE', '1987'], ['1988', 'DATE', '1988']] },
  { rule: 'a year after "a" is a year ("a 1908 interview")', dct: null, input: 'He said so in a 1908 interview.', out: [['1908', 'DATE', '1908']] },
  { rule: '"their 1916 summer offensives": a year and its season are one expression', dct: null, input: 'After the failure of their 1916 summer offensives, the generals waited.', out: [['1916 summer', 'DATE', '1916-SU']] },
];

describe('narrative value rules', () => {
  it.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    expect(tagTimexes(c.input, { dct: c.dct }).map((t) => [t.text, t.type, t.value])).toEqual(c.out);
  });
});
