// Sentences that must produce NO time expression (after chrono-node's negative_cases test).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../electron/core/temporal/tagger';

const SILENT = [
  'You may go now that the rain has stopped.',
  'Prices may fall if demand weakens.',
  'May I ask a question?',
  'Protesters will march on the capital.',
  'They march in step.',
  'The lab ran 2,000 experiments.',
  'The candidate received 1999 votes.',
  'He owned 2010 shares of the company.',
  'Robinson Crusoe met Man Friday on the island.',
  'She was his Girl Friday.',
  'The leaves fall in the yard.',
  'Spring water is sold here.',
  'The 9-year-old boy was rescued.',
  'Call 555-1234 for details.',
  'The score was 3:1 at half time.',
  'Room 1205 is on the second floor.',
  'He weighed 1850 pounds.',
  'He has a second car.',
  'She is a day trader.',
  'The Class of 2013 graduated in style.',
  'He told The Daily Telegraph about it.',
  'The Good Friday Agreement ended the Troubles.',
  'He told USA Today about it.',
  'He watched Saturday Night Live.',
  'He lives at 2013 Main Street.',
  'Fat Tuesday parades ran.',
  'Year to date, shares are up.',
  'Apple shares slid in after hours trading.',
  'He made New Year\'s resolutions.',
  'Two thousand people marched.',
  'After the fall of Saigon, refugees fled.',
  'The Winter Olympics opened.',
  'He lives on the 5th floor.',
  'They formed a Second Assembly.',
  'Sales are expected to grow 5 percent annually.',
  'Exports fell by a quarter in volume.',
  'Most of the veterans are in their late 80s or 90s.',
  'Districts that fall short will lose funding.',
  'A winter weather advisory is in effect.',
  'The college abandoned the quarter system.',
  'Finance Minister Michael Noonan spoke.',
  'He bought an 8-foot Christmas tree and Christmas lights.',
  'She wore a Halloween mask.',
  'The March 14 coalition boycotted the talks.',
  'The April 6 Youth Movement called protests.',
  'The vials appear to date back to the war.',
  'The average combined score of 1498 was set on a 1600-point scale.',
] as const;

describe('negative cases: no time expression', () => {
  it.each(SILENT)('%s', (s) => {
    expect(tagTimexes(s, { dct: '2024-10-04' }).map((t) => t.text)).toEqual([]);
  });
});
