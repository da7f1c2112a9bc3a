// Recall rules: expressions the gold tags that the tagger once missed; one row per rule, each row
// fails without its rule.
import { describeRules } from './rule-table';

describeRules('recall rules', [
  {
    // The idiom "to this day" ends its clause and means the present; "referred to this day as"
    // names a day of the story and stays untagged here.
    rule: "refs: 'to this day' at a clause end is PRESENT_REF",
    input: 'Ludendorff referred to this day as black, and its effects are felt to this day.',
    dct: '2010-05-04',
    out: [['this day', 'DATE', 'PRESENT_REF']],
  },
  {
    // An annual report's "latest fiscal year" is the last one closed; "the latest year" alone is not tagged.
    rule: "named-periods: 'the latest fiscal year' is the year before the report's",
    input: 'The group had sales of $4 billion in the latest fiscal year, the latest year of growth.',
    dct: '1989-11-02',
    out: [['the latest fiscal year', 'DATE', '1988']],
  },
  { rule: 'a day as a spelled ordinal after its month ("Sunday, March eighth", "July Fourth")', input: 'The march is set for Sunday, March eighth, and the fireworks for July Fourth. May first-quarter sales rise?', dct: '2013-03-05', out: [['Sunday, March eighth', 'DATE', '2013-03-08'], ['July Fourth', 'DATE', '2013-07-04'], ['first-quarter', 'DATE', '2013-Q1']] },
  { rule: 'a count before a SET adverb belongs to it ("twice daily")', input: 'Take the pill twice daily.', dct: '2013-03-05', out: [['twice daily', 'SET', 'P1D']] },
  { rule: '"a few years back" is "ago", "two years prior" is "before", "A decade on," is "later"', input: 'In 2001 the war began. A decade on, the city has recovered. It had been shelled two years prior. He left a few years back.', dct: '2013-03-05', out: [['2001', 'DATE', '2001'], ['A decade on', 'DATE', '2011'], ['two years prior', 'DATE', '2009'], ['a few years back', 'DATE', 'PAST_REF']] },
  { rule: 'a day\'s name before its weekday and date is one date ("Cyber Monday, Dec. 2")', input: 'Sales on Cyber Monday, Dec. 2, rose; Easter Sunday, March 31, was quiet.', dct: '2013-12-05', out: [['Cyber Monday, Dec. 2', 'DATE', '2013-12-02'], ['Easter Sunday, March 31', 'DATE', '2013-03-31']] },
  { rule: '"for March", "March sales": a month after "for" or before its figures is one', input: 'Retail sales for March fell. March sales rose. He may march in May.', dct: '2013-04-21', out: [['March', 'DATE', '2013-03'], ['March', 'DATE', '2013-03'], ['May', 'DATE', '2013-05']] },
  { rule: 'a year of the next century after a temporal preposition ("by 2100"); a bare 2100 is a count', input: 'Temperatures could rise 4 degrees by 2100. The plant employs 2100 workers.', dct: '2012-10-25', out: [['2100', 'DATE', '2100']] },
  { rule: '"66 million years ago" is a geological past, its count in the span', input: 'The asteroid struck 66 million years ago.', dct: '2012-10-25', out: [['66 million years ago', 'DATE', 'PAST_REF']] },
  { rule: '"that one day the country might": some day to come', input: 'He hoped that one day the country might be free.', dct: '2012-10-25', out: [['one day', 'DATE', 'FUTURE_REF']] },
  { rule: '"two or three years ago" is one expression, counted from its first number', input: 'Two or three years ago, it was fine. Five to ten years ago, prices were lower.', dct: '2013-03-22', out: [['Two or three years ago', 'DATE', '2011'], ['Five to ten years ago', 'DATE', '2008']] },
  { rule: '"into May" is the month', input: 'The trial could run into May.', dct: '2013-03-19', out: [['May', 'DATE', '2013-05']] },
]);
