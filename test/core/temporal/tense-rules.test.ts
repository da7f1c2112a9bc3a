// Tense rules: which way a bare weekday, month or holiday lies from the document date when the
// clause says so ("worked ... until February", "will last through April", "Polls close ... Tuesday"),
// and the named days that come with them. One row per rule, each failing without it (sentences
// written for the test).
import { describeRules } from './rule-table';

describeRules('tense rules: by/until, the verb "last", scheduled days, holidays', [
  {
    rule: '"until" after a plainly past verb of its clause is behind us',
    input: 'He worked in Paris until February.',
    dct: '2013-03-22',
    out: [['February', 'DATE', '2013-02']],
  },
  {
    rule: 'a past verb of the clause outside the window still outweighs "until"',
    input: 'The region was warmer than normal in December until a storm just before Christmas.',
    dct: '2014-01-05',
    out: [['December', 'DATE', '2013-12'], ['Christmas', 'DATE', '2013-12-25']],
  },
  {
    rule: '"by" before a past verb after the day ("by Friday morning the slick covered") is behind us',
    input: 'The well blew out in April, and by Friday morning the slick covered 3,500 square miles.',
    dct: '2010-05-02',
    out: [['April', 'DATE', '2010-04'], ['Friday morning', 'TIME', '2010-04-30TMO']],
  },
  {
    rule: 'an opening "By January," at the text\'s start takes the tense of its main clause',
    input: 'By January, the company had cut 500 jobs.',
    dct: '2013-03-22',
    out: [['January', 'DATE', '2013-01']],
  },
  {
    rule: 'a past verb whose effect lasts to the deadline ("postponed until") keeps it ahead',
    input: 'Officials postponed until Tuesday morning any action on the case.',
    dct: '2000-03-30',
    out: [['Tuesday morning', 'TIME', '2000-04-04TMO']],
  },
  {
    rule: 'a past verb that hands the deadline to an infinitive ("flew ... to sign ... by Friday") keeps it ahead',
    input: 'He flew to Geneva to sign the deal by Friday.',
    dct: '2013-03-19',
    out: [['Friday', 'DATE', '2013-03-22']],
  },
  {
    rule: '"last" after a modal is the verb, no past cue ("will last well into April")',
    input: 'Rationing will last well into April.',
    dct: '2011-03-14',
    out: [['April', 'DATE', '2011-04']],
  },
  {
    rule: '"last" before "into"/"until"/"through" is the verb, no past cue',
    input: 'The rains may well last into April.',
    dct: '2011-03-14',
    out: [['April', 'DATE', '2011-04']],
  },
  {
    rule: 'a plural scheduled verb ("Polls close") looks ahead',
    input: 'Polls close at 7:30 p.m. Tuesday.',
    dct: '2012-11-05',
    out: [['7:30 p.m. Tuesday', 'TIME', '2012-11-06T19:30']],
  },
  {
    rule: 'a plural form in an idiom is a noun or adjective, no scheduled verb ("foul play", "on hold", "came close")',
    input: 'Police ruled out foul play on Monday, put the inquiry on hold Tuesday and came close Wednesday to closing it.',
    dct: '2013-06-13',
    out: [['Monday', 'DATE', '2013-06-10'], ['Tuesday', 'DATE', '2013-06-11'], ['Wednesday', 'DATE', '2013-06-12']],
  },
  {
    rule: '", followed by ... on Wednesday" keeps the tense of the list\'s first item',
    input: 'Physics will be announced on Tuesday, followed by chemistry on Wednesday.',
    dct: '2015-10-05',
    out: [['Tuesday', 'DATE', '2015-10-06'], ['Wednesday', 'DATE', '2015-10-07']],
  },
  {
    rule: 'an infinitive of purpose right before the day ("to vote Tuesday morning") looks ahead',
    input: 'Romney campaigned in Ohio before flying home to Boston to vote Tuesday morning.',
    dct: '2012-11-05',
    out: [['Tuesday morning', 'TIME', '2012-11-06TMO']],
  },
  {
    rule: 'a word cut by the window\'s edge ("[sch]eduled") is no past "-ed" cue',
    input: 'The president, who spoke with lawmakers, was scheduled to meet Senate Democrats at the Capitol on Tuesday.',
    dct: '2013-09-09',
    out: [['Tuesday', 'DATE', '2013-09-10']],
  },
  {
    rule: 'a holiday no cue places, at most a week ahead, is that one ("on the eve of Election Day")',
    input: 'Polls put the race in a dead heat on the eve of Election Day.',
    dct: '2012-11-05',
    out: [['Election Day', 'DATE', '2012-11-06']],
  },
  {
    rule: 'a holiday no cue places more than a week ahead is still the last one (news reports the past)',
    input: 'Record crowds on Christmas Eve, a spokesman said.',
    dct: '2024-10-04',
    out: [['Christmas Eve', 'DATE', '2023-12-24']],
  },
  {
    rule: 'a plain plural present before a yearly day tells a habit, no future: the past default stands',
    input: 'Shops close on Christmas Day.',
    dct: '2024-10-04',
    out: [['Christmas Day', 'DATE', '2023-12-25']],
  },
  {
    rule: 'a present perfect ("have called for marches on New Year\'s Day") is about now, not the past',
    input: 'Protesters have called for more marches on New Year\'s Day.',
    dct: '2019-12-31',
    out: [['New Year\'s Day', 'DATE', '2020-01-01']],
  },
  {
    rule: 'a holiday ahead on the document date itself is that day, not next year\'s',
    input: 'Christmas Day will be cold and wet across the north.',
    dct: '2013-12-25',
    out: [['Christmas Day', 'DATE', '2013-12-25']],
  },
  {
    rule: '"this past Friday" is one expression, the last Friday before the document date',
    input: 'Sales fell this past Friday.',
    dct: '2013-03-22',
    out: [['this past Friday', 'DATE', '2013-03-15']],
  },
  {
    rule: '"Black Friday" and "Cyber Monday" are the Friday and the Monday after U.S. Thanksgiving',
    input: 'Shoppers spent $1.2 billion on Black Friday and are expected to spend more on Cyber Monday.',
    dct: '2013-12-01',
    out: [['Black Friday', 'DATE', '2013-11-29'], ['Cyber Monday', 'DATE', '2013-12-02']],
  },
  { rule: '"this Thursday" in a clause that looks ahead is the coming one, even when its ISO week is ending', dct: '2014-01-26', input: 'Its concert this Thursday will be sold out. The band played this Thursday.', out: [['this Thursday', 'DATE', '2014-01-30'], ['this Thursday', 'DATE', '2014-01-23']] },
  { rule: '"reports earnings Tuesday", "falls on Monday": scheduled present tenses look ahead', dct: '2010-10-15', input: 'Bank of America reports earnings Tuesday. The holiday falls on Monday. Citi reported earnings Thursday.', out: [['Tuesday', 'DATE', '2010-10-19'], ['Monday', 'DATE', '2010-10-18'], ['Thursday', 'DATE', '2010-10-14']] },
  { rule: 'a passive after a modal looks ahead ("could be reached before the summer"), not back', dct: '2013-03-22', input: 'He doubted a deal could be reached before the summer. The bridge may be completed by June. It was completed in June.', out: [['the summer', 'DATE', '2013-SU'], ['June', 'DATE', '2013-06'], ['June', 'DATE', '2012-06']] },
  { rule: '"could not be reached for comment Wednesday" is past', dct: '2013-03-21', input: 'Smith could not be reached for comment Wednesday. A deal could be reached Wednesday.', out: [['Wednesday', 'DATE', '2013-03-20'], ['Wednesday', 'DATE', '2013-03-27']] },
  { rule: '"than expected" and "as expected" compare with a forecast; they look nowhere ahead', dct: '2013-03-21', input: 'Amazon posted a bigger-than-expected loss on Wednesday. Sales rose more than expected in June. Sales are expected to rise in June.', out: [['Wednesday', 'DATE', '2013-03-20'], ['June', 'DATE', '2012-06'], ['June', 'DATE', '2013-06']] },
  { rule: '"airs Sunday", "stands trial Monday": more scheduled present tenses look ahead', dct: '2013-03-20', input: 'The show airs Sunday. He stands trial Monday. The show aired Sunday.', out: [['Sunday', 'DATE', '2013-03-24'], ['Monday', 'DATE', '2013-03-25'], ['Sunday', 'DATE', '2013-03-17']] },
  { rule: 'a day a plan is moved to lies ahead ("pushed back to Christmas Day")', dct: '2013-03-20', input: 'The vote was pushed back to Christmas Day. The deadline was moved to Oct. 15. The vote was held on Oct. 15.', out: [['Christmas Day', 'DATE', '2013-12-25'], ['Oct. 15', 'DATE', '2013-10-15'], ['Oct. 15', 'DATE', '2012-10-15']] },
  { rule: 'a participle a keeping verb takes is a state ("will keep embassies closed through Saturday")', dct: '2013-03-20', input: 'The U.S. will keep embassies closed through Saturday. Shops were closed Saturday.', out: [['Saturday', 'DATE', '2013-03-23'], ['Saturday', 'DATE', '2013-03-16']] },
  { rule: '"One day I\'ll ...": a clause opened by "one day" and told in the future is FUTURE_REF', dct: '2013-03-20', input: 'One day I\'ll figure it out. One day, the storm came.', out: [['One day', 'DATE', 'FUTURE_REF'], ['One day', 'DURATION', 'P1D']] },
]);
