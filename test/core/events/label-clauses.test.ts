// Labels taken from the clause that holds the time expression: subjects behind asides, relative
// and -ing clauses, phrasal verbs, counts and amounts, and years that name a thing.
import { describe, expect, it } from 'vitest';
import { labelEvent } from '../../../electron/core/events/label';

const ctx = { mainPlace: null };
const label = (sentence: string, timex: string) => {
  const at = sentence.indexOf(timex);
  if (at < 0) throw new Error(`"${timex}" not in "${sentence}"`);
  return labelEvent(sentence, { start: at, end: at + timex.length }, ctx);
};

type Case = { sentence: string; timex: string; out: string };

describe('labelEvent: the clause of the time expression', () => {
  const cases: Case[] = [
    // Subject behind an aside, a title or an adverb; verb with its particle.
    { sentence: 'George Lowe, 89, died in Ripley on Wednesday after a long-term illness.', timex: 'Wednesday', out: 'Lowe dies in Ripley' },
    { sentence: 'Mr Lowe also took part in the trans-Antarctic expedition of 1957-58.', timex: '1957-58', out: 'Lowe takes part in trans-Antarctic expedition' },
    { sentence: 'The last British climbing member of the 1953 team, Mike Westmacott, died last June.', timex: 'last June', out: 'Westmacott dies' },
    { sentence: 'The mayor of Springfield, Ann Carter, resigned on Monday amid a corruption inquiry.', timex: 'Monday', out: 'Carter resigns amid corruption inquiry' },
    { sentence: 'Dr Helen Marsh, 62, was appointed chief executive of the hospital trust in April.', timex: 'April', out: 'Marsh is appointed executive of hospital trust' },
    { sentence: 'Mrs Patel stepped down as chair of the committee last week.', timex: 'last week', out: 'Patel steps down as chair of committee' },
    { sentence: 'She set up the charity in 2005 with her brother.', timex: '2005', out: 'She sets up charity with brother' },
    { sentence: 'In 1969, Neil Armstrong became the first man to walk on the Moon.', timex: '1969', out: 'Armstrong becomes first man to walk' },
    // Relative, adverbial and participial clauses.
    { sentence: 'The last surviving member of the team which first conquered Everest in 1953 has died in a Derbyshire nursing home.', timex: '1953', out: 'Team conquers Everest' },
    { sentence: 'Before departing for Jordan on Friday afternoon, Mr Obama revealed that Mr Netanyahu had apologised.', timex: 'Friday afternoon', out: 'Obama departs for Jordan' },
    { sentence: 'After meeting the prime minister on Thursday, the union leader called off the strike.', timex: 'Thursday', out: 'Union leader meets prime minister' },
    { sentence: 'The bridge, which opened in 1932, will close for repairs next month.', timex: '1932', out: 'Bridge opens' },
    { sentence: 'The bridge, which opened in 1932, will close for repairs next month.', timex: 'next month', out: 'Bridge closes for repairs' },
    { sentence: 'The strike, which began on 3 May, ended when the company raised pay by 5%.', timex: '3 May', out: 'Strike begins' },
    { sentence: 'The festival, first held in 1998, attracts thousands of visitors every year.', timex: '1998', out: 'Festival is held' },
    { sentence: 'The museum, closed since 2020, reopens to the public on Saturday.', timex: 'Saturday', out: 'Museum reopens' },
    { sentence: 'The alliance has grown twice before, adding two members in 1999.', timex: '1999', out: 'Alliance adds two members' },
    // Counts, amounts, passives and reported clauses.
    { sentence: 'Six of the pediatric deaths were reported in the last week.', timex: 'the last week', out: 'Six pediatric deaths are reported' },
    { sentence: 'Ten of the injured passengers were taken to hospital on Wednesday night.', timex: 'Wednesday night', out: 'Ten injured passengers are taken to hospital' },
    { sentence: 'Thousands of workers walked out in March, demanding higher wages.', timex: 'March', out: 'Thousands of workers walk out' },
    { sentence: "BP agreed to sell back its 50% stake in TNK-BP to Russia's Rosneft in October.", timex: 'October', out: 'BP agrees to sell back 50% stake' },
    { sentence: 'The government agreed to pay $2 million in compensation in January.', timex: 'January', out: 'Government agrees to pay $2 million' },
    { sentence: 'A book of memoirs by the climber is due to be published in May.', timex: 'May', out: 'Book of memoirs is due to be published' },
    { sentence: 'The concert was postponed until next Saturday because of the storm.', timex: 'next Saturday', out: 'Concert is postponed' },
    { sentence: 'Two years ago, the factory was destroyed by fire.', timex: 'Two years ago', out: 'Factory is destroyed by fire' },
    { sentence: 'The council said on Friday that it would build 500 new homes.', timex: 'Friday', out: 'Council says it builds 500 homes' },
    { sentence: 'Officials confirmed on Monday that the border would reopen.', timex: 'Monday', out: 'Officials confirm border reopens' },
    { sentence: 'The newspaper reported on Sunday that a local man was arrested.', timex: 'Sunday', out: 'Newspaper reports man is arrested' },
    { sentence: 'The ban was lifted after the minister agreed in May to review the rules.', timex: 'May', out: 'Minister agrees to review rules' },
    { sentence: 'Engineers will test the new engine in the autumn.', timex: 'the autumn', out: 'Engineers test engine' },
    { sentence: 'Voters went to the polls on 4 July to elect a new parliament.', timex: '4 July', out: 'Voters go to polls' },
    // A year that names a thing: the thing is the label.
    { sentence: 'The last British climbing member of the 1953 team, Mike Westmacott, died last June.', timex: '1953', out: '1953 team' },
    { sentence: 'One exception was the swine flu pandemic of 2009-2010, when 348 children died.', timex: '2009-2010', out: '348 children die in swine flu pandemic' },
    { sentence: 'The low point was the crash of 2008, when thousands of families lost their homes.', timex: '2008', out: 'Thousands of families lose homes in crash' },
    { sentence: 'The 2012 Olympic Games brought a boost to the local economy.', timex: '2012', out: '2012 Olympic Games' },
    { sentence: "Police said last month's discovery of a hidden rifle was a breakthrough.", timex: 'last month', out: 'Discovery of rifle' },
  ];
  for (const { sentence, timex, out } of cases) {
    it(`"${out}" for "${timex}"`, () => expect(label(sentence, timex)).toBe(out));
  }
});

describe('labelEvent: headline shape', () => {
  const shaped: { sentence: string; timex: string; words: string[] }[] = [
    { sentence: 'Police arrested two men on Sunday in connection with the robbery.', timex: 'Sunday', words: ['Police', 'arrest', 'two men'] },
    { sentence: 'He was born in Glasgow in 1950 and moved to London as a child.', timex: '1950', words: ['born', 'Glasgow'] },
    { sentence: 'In Sunday\'s debate against the mayor, the senator attacked him for failing to act.', timex: 'Sunday', words: ['Senator', 'attacks'] },
  ];
  for (const { sentence, timex, words } of shaped) {
    it(`names ${words.join(' + ')} within 60 characters`, () => {
      const out = label(sentence, timex);
      for (const w of words) expect(out.toLowerCase()).toContain(w.toLowerCase());
      expect(out.length).toBeLessThanOrEqual(60);
    });
  }
  it('drops dashes a clause starts with', () => {
    expect(label('Friday\'s service -- a ceremony that honours the dead -- included a reading.', 'Friday')).toMatch(/^[A-Z]/);
  });
  it('keeps a subject out of a quotation before "said"', () => {
    expect(label('"We will be back for him," said Ana Ruiz on Monday.', 'Monday')).toBe('Ruiz says');
  });
});
