import { describe, expect, it } from 'vitest';
import { labelEvent } from '../../../electron/core/events/label';

const ctx = { mainPlace: 'Afghanistan' };

describe('labelEvent: subject + present-tense verb + object', () => {
  const cases: { sentence: string; timex: string | null; out: string }[] = [
    { sentence: 'In the 1980s, the Soviet Union waged a decade-long war on the country, a conflict which saw the emergence of mujahideen resistance fighters — many of whom became Taliban leaders.', timex: 'the 1980s', out: 'Soviet Union wages war on Afghanistan' },
    { sentence: 'Moscow has fostered relations with the Taliban since they returned to power in 2021 following the U.S. withdrawal from the war-ravaged country.', timex: '2021', out: 'Taliban return to power' },
    { sentence: 'Russia\'s Foreign Minister Sergei Lavrov called on the West to lift sanctions on Taliban-led Afghanistan and take "responsibility" for reconstruction efforts in the country, on Friday.', timex: 'Friday', out: 'Lavrov calls on West to lift sanctions' },
    { sentence: 'Lavrov was speaking at the opening of an annual Russia-led diplomatic forum on Afghanistan, involving envoys from the Taliban.', timex: null, out: 'Lavrov speaks at opening of forum' },
    { sentence: 'State news agencies reported that the head of Russia\'s FSB security agency Alexander Bortnikov said Friday that he wanted to see "mutually beneficial" cooperation with Afghanistan\'s special services.', timex: 'Friday', out: 'Bortnikov says he wants to see cooperation' },
    { sentence: 'On 15 March 44 BC, Julius Caesar was assassinated in Rome by a group of senators.', timex: '15 March 44 BC', out: 'Caesar is assassinated in Rome' },
    { sentence: 'The company will release its results on March 3.', timex: 'March 3', out: 'Company releases results' },
    { sentence: 'Philippine President Joseph Estrada on Tuesday condemned the bombings of the U.S. embassies in Kenya and Tanzania.', timex: 'Tuesday', out: 'Estrada condemns bombings of U.S. embassies' },
    { sentence: 'In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives and injured nearly 5,000.', timex: 'last week', out: 'Bombings claim 217 lives' },
    { sentence: 'The suspected car bombings occurred 700 kilometers (450 miles) from each other on Friday.', timex: 'Friday', out: 'Car bombings occur 700 kilometers' },
    { sentence: 'In the 20th century they were the largest producers of steel.', timex: 'the 20th century', out: 'They are producers of steel' },
    { sentence: 'Moscow was not ready in 2020.', timex: '2020', out: 'Moscow is not ready' },
  ];
  for (const { sentence, timex, out } of cases) {
    it(`"${out}"`, () => {
      const at = timex ? sentence.indexOf(timex) : -1;
      expect(labelEvent(sentence, timex ? { start: at, end: at + timex.length } : null, ctx)).toBe(out);
    });
  }
});

describe('labelEvent: fallbacks and limits', () => {
  it('falls back to the clause without its time expression when no verb is found', () => {
    const s = '2019: a year of records.';
    expect(labelEvent(s, { start: 0, end: 4 }, ctx)).toBe('A year of records');
  });
  it('labels a sentence that is only its date by that date', () => {
    expect(labelEvent('1990s', { start: 0, end: 5 }, ctx)).toBe('1990s');
  });
  it('resolves "the war-ravaged country" to the main place', () => {
    const s = 'In 2021 the United States withdrew from the war-ravaged country.';
    expect(labelEvent(s, { start: 3, end: 7 }, ctx)).toBe('United States withdraws from Afghanistan');
  });
  it('keeps "the country" when the document names no place', () => {
    const s = 'In 1990 the army invaded the country.';
    expect(labelEvent(s, { start: 3, end: 7 }, { mainPlace: null })).toBe('Army invades country');
  });
  it('stays under 60 characters', () => {
    const s = 'In 2001 the International Business Machines Corporation Worldwide Holdings Incorporated Limited acquired Extraordinarily Long Named Subsidiary Corporation Incorporated.';
    const label = labelEvent(s, { start: 3, end: 7 }, ctx);
    expect(label.length).toBeLessThanOrEqual(61);
    expect(label.length).toBeGreaterThan(10);
  });
});
