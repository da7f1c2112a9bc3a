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
]);
