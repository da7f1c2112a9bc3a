import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../electron/shared/model';
import { pinDuration } from '../../../electron/core/events/duration-anchor';

const year2010: EventDate = { start: '2010-01-01', end: '2010-12-31', granularity: 'year', anchor: 'absolute', startEdge: 'exact', endEdge: 'exact' };
const dct = { date: '2024-10-04', anchor: 'document-date' as const };

describe('pinDuration', () => {
  const cases: { sentence: string; duration: string; date?: string; out: ReturnType<typeof pinDuration> }[] = [
    { sentence: 'The Taliban has been under sanctions for more than two decades.', duration: 'more than two decades', out: { at: { end: '2024-10-04' }, anchor: 'document-date' } },
    { sentence: 'They have lived here for ten years.', duration: 'ten years', out: { at: { end: '2024-10-04' }, anchor: 'document-date' } },
    { sentence: 'Prices rose over the past three months.', duration: 'three months', out: { at: { end: '2024-10-04' }, anchor: 'document-date' } },
    { sentence: 'Prices have risen for the past two years.', duration: 'the past two years', out: { at: { end: '2024-10-04' }, anchor: 'document-date' } },
    { sentence: 'Growth will slow over the next two years.', duration: 'two years', out: { at: { start: '2024-10-04' }, anchor: 'document-date' } },
    { sentence: 'She ran the lab for three years from 2010.', duration: 'three years', date: '2010', out: { at: { start: '2010-01-01' }, anchor: 'absolute' } },
    { sentence: 'He served for six years until 2010.', duration: 'six years', date: '2010', out: { at: { end: '2010-12-31' }, anchor: 'absolute' } },
    // Past perfect and plain past tell nothing about where the span ends.
    { sentence: 'They had lived there for ten years.', duration: 'ten years', out: null },
    { sentence: 'The war lasted ten years.', duration: 'ten years', out: null },
    { sentence: 'The meeting took two hours.', duration: 'two hours', out: null },
    { sentence: 'He will stay for two weeks.', duration: 'two weeks', out: null },
  ];
  for (const { sentence, duration, date, out } of cases) {
    it(`${JSON.stringify(sentence)} -> ${out ? JSON.stringify(out.at) : 'not anchored'}`, () => {
      const start = sentence.indexOf(duration);
      const dated = date ? [{ start: sentence.indexOf(date), end: sentence.indexOf(date) + date.length, date: year2010 }] : [];
      expect(pinDuration(sentence, { start, end: start + duration.length }, dated, dct)).toEqual(out);
    });
  }
  it('does not pin to the document date when there is none', () => {
    const s = 'Prices have risen for two years.';
    expect(pinDuration(s, { start: 22, end: 31 }, [], null)).toBeNull();
  });
});
