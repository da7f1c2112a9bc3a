// The seed article's three dates, which the walking skeleton's timeline depends on.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../electron/core/temporal/tagger';

const DCT = { dct: '2024-10-04' };
const cases = [
  { input: 'In the 1980s, the Soviet Union waged a decade-long war on the country.', text: 'the 1980s', value: '198' },
  { input: 'Moscow has fostered relations with the Taliban since they returned to power in 2021 following the U.S. withdrawal.', text: '2021', value: '2021' },
  { input: 'Lavrov called on the West to lift sanctions on Taliban-led Afghanistan, on Friday.', text: 'Friday', value: '2024-10-04' },
  { input: 'Alexander Bortnikov said Friday that he wanted to see cooperation.', text: 'Friday', value: '2024-10-04' },
] as const;

describe('seed document dates', () => {
  for (const c of cases) {
    it(`${c.text} -> ${c.value}`, () => {
      const found = tagTimexes(c.input, DCT).map(({ text, value }) => ({ text, value }));
      expect(found).toContainEqual({ text: c.text, value: c.value });
    });
  }
  it('anchors the weekday on the document date and the year absolutely', () => {
    const [year] = tagTimexes('They returned to power in 2021.', DCT);
    const [friday] = tagTimexes('Lavrov said Friday that talks went well.', DCT);
    expect(year?.anchor).toBe('absolute');
    expect(friday?.anchor).toBe('document-date');
  });
});
