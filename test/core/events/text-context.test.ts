import { describe, expect, it } from 'vitest';
import { narratingActor } from '../../../electron/core/events/text-context';

describe('narratingActor: a named subject narrating a past happening', () => {
  const cases: { sentence: string; out: string | null }[] = [
    { sentence: 'Lavrov was speaking at the opening of an annual forum.', out: 'Lavrov' },
    { sentence: 'Foreign Minister Sergei Lavrov met the envoys in Moscow.', out: 'Lavrov' },
    { sentence: 'After the talks, Muttaqi flew back to Kabul.', out: 'Muttaqi' },
    { sentence: 'Lavrov said the talks went well.', out: null },
    { sentence: 'Lavrov did not mention the talks.', out: null },
    { sentence: 'Lavrov will speak on Monday.', out: null },
    { sentence: 'Lavrov has spoken many times about this.', out: null },
    { sentence: 'Sanctions often fail.', out: null },
    { sentence: 'The envoys arrived late.', out: null },
  ];
  for (const { sentence, out } of cases) {
    it(`${JSON.stringify(sentence)} -> ${out}`, () => {
      expect(narratingActor(sentence)).toBe(out);
    });
  }
});
