import { describe, expect, it } from 'vitest';
import { narratingActor, occasionFor } from '../../../electron/core/events/text-context';

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

describe('occasionFor: the latest dated day, near, naming the same actor', () => {
  const date = { start: '2024-10-04', end: '2024-10-04', granularity: 'day', anchor: 'document-date', startEdge: 'exact', endEdge: 'exact' } as const;
  const occasion = (sentenceText: string, paragraph = 0) => ({ paragraph, sentenceText, timex: { text: 'Friday', start: 0, end: 6, type: 'DATE', value: '2024-10-04' } as const, date });
  const cases: { occasion: string; sentence: string; paragraph?: number; dated: boolean }[] = [
    { occasion: 'The Cuban government Friday condemned the explosions.', sentence: 'The Cuban government also expressed its condolences.', dated: true },
    { occasion: 'Relatives in Miami met reporters on Friday.', sentence: 'Lawyers for the family in Miami sent letters.', dated: false },
    { occasion: 'Castro said Friday she was welcome.', sentence: 'Castro called the taxi driver a hero.', dated: true },
    { occasion: 'Castro said Friday she was welcome.', sentence: 'Castro called the taxi driver a hero.', paragraph: 5, dated: false },
    { occasion: 'Castro said Friday she was welcome.', sentence: 'Castro called the driver a hero in 1999.', dated: false },
    { occasion: 'Officials met on Friday.', sentence: 'Officials discussed the budget.', dated: false },
  ];
  for (const { occasion: o, sentence, paragraph = 1, dated } of cases) {
    it(`${JSON.stringify(sentence)} after ${JSON.stringify(o)}${paragraph > 1 ? ` (${paragraph} paragraphs on)` : ''}: ${dated ? 'dated' : 'undated'}`, () => {
      expect(occasionFor(sentence, paragraph, occasion(o)) !== null).toBe(dated);
    });
  }
  it('has nothing to give without an occasion', () => {
    expect(occasionFor('Castro called the driver a hero.', 1, null)).toBeNull();
  });
});
