// Calendar DATE rules: seasons (naming offensives, "of next year", a winter after an autumn), yearless
// days far ahead, months after an article, and the year a story's paragraph opens in. One row per
// rule, each failing without it (sentences written for the test).
import { describeRules } from './rule-table';

describeRules('calendar date rules: seasons, yearless days, a story\'s year', [
  {
    rule: 'a season "of 481 BC" keeps its era at a sentence end',
    input: 'The army gathered in Asia Minor in the autumn of 481 BC.',
    dct: null,
    out: [['the autumn of 481 BC', 'DATE', 'BC0481-FA']],
  },
  {
    rule: 'a month "480 BC" keeps its era at a sentence end',
    input: 'The fleet sailed in April 480 BC.',
    dct: null,
    out: [['April 480 BC', 'DATE', 'BC0480-04']],
  },
  {
    rule: 'a yearless day five months ahead that no clause places is last year\'s',
    input: 'Shares stay within 70 points of the record high set on Aug. 6.',
    dct: '1998-02-06',
    out: [['Aug. 6', 'DATE', '1997-08-06']],
  },
  {
    rule: 'a yearless day that opens a stretch ("from August 6") keeps the nearest year',
    input: 'The timetable adds a third flight from August 6.',
    dct: '1998-02-13',
    out: [['August 6', 'DATE', '1998-08-06']],
  },
  {
    rule: '"the spring of next year" is one expression, in the year after the reference',
    input: 'Officials expect the bridge to open in the spring of next year.',
    dct: '2010-05-04',
    out: [['the spring of next year', 'DATE', '2011-SP']],
  },
  {
    rule: '"March" or "May" after an article, before a noun, is the month ("the March accession")',
    input: 'The March accession will go ahead, officials say.',
    dct: '1999-02-10',
    out: [['March', 'DATE', '1999-03']],
  },
  {
    rule: 'a bare "fall" or "spring" before a campaign is the season',
    input: 'In 1863, after a failed fall campaign, the general resigned.',
    dct: null,
    out: [['1863', 'DATE', '1863'], ['fall', 'DATE', '1863-FA']],
  },
  {
    rule: '"The next spring" takes its article and follows the story\'s year',
    input: 'The siege ended in 1777. The next spring, the army moved north.',
    dct: null,
    out: [['1777', 'DATE', '1777'], ['The next spring', 'DATE', '1778-SP']],
  },
  {
    rule: '"that same spring" is the spring of the year last named',
    input: 'The capital fell in 1975; the hill towns were overrun that same spring.',
    dct: null,
    out: [['1975', 'DATE', '1975'], ['that same spring', 'DATE', '1975-SP']],
  },
  {
    rule: '"winter quarters" name a kind of quarters, for any winter',
    input: 'After the battle of 1777, the army entered winter quarters.',
    dct: null,
    out: [['1777', 'DATE', '1777'], ['winter', 'DATE', 'XXXX-WI']],
  },
  {
    rule: 'a long opening phrase closed by a comma on its year moves the story there',
    input: 'The raid came in July 1918. In the last great offensive of 1915, the army broke through. The attack began in October.',
    dct: null,
    out: [['July 1918', 'DATE', '1918-07'], ['1915', 'DATE', '1915'], ['October', 'DATE', '1915-10']],
  },
  {
    rule: 'a holiday naming an offensive gives its month, not its day',
    input: 'In 1935 the rebels opened the Christmas Offensive against the garrison.',
    dct: null,
    out: [['1935', 'DATE', '1935'], ['Christmas', 'DATE', '1935-12']],
  },
  {
    rule: 'a season naming an offensive takes the offensive\'s year ("the Spring Offensive of 1918")',
    input: 'In 1917 the lines held. The Spring Offensive of 1918 broke them.',
    dct: null,
    out: [['1917', 'DATE', '1917'], ['Spring', 'DATE', '1918-SP'], ['1918', 'DATE', '1918']],
  },
  {
    rule: 'in a story, a winter after a named autumn is the next year\'s',
    input: 'The army gathered in the autumn of 481 BC and passed the winter at Sardis.',
    dct: null,
    out: [['the autumn of 481 BC', 'DATE', 'BC0481-FA'], ['the winter', 'DATE', 'BC0480-WI']],
  },
  {
    rule: 'in a narrative, a date in a paragraph\'s first sentence moves the story, however deep in it',
    input: 'The raid came in May 1943.\nOn the eastern front, the army launched its main offensive against the south in June 1942. By mid-November the army had nearly taken the city.',
    dct: null,
    out: [['May 1943', 'DATE', '1943-05'], ['June 1942', 'DATE', '1942-06'], ['mid-November', 'DATE', '1942-11']],
  },
]);
