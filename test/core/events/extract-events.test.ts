import { describe, expect, it } from 'vitest';
import type { Document } from '../../../electron/shared/model';
import { extractEvents, type ExtractOptions } from '../../../electron/core/events/extract-events';
import type { ResolvedTimex } from '../../../electron/core/temporal/types';

const doc = (paragraphs: string[], extra: Partial<Document> = {}): Document => ({
  id: 'doc1', path: '/tmp/doc1.txt', title: 'doc1', format: 'txt', dct: '2024-10-04', dctSource: 'header',
  paragraphs, contentHash: 'abcdef0123456789abcdef', ...extra,
});

type Spec = { text: string; value: string; type?: ResolvedTimex['type']; mod?: ResolvedTimex['mod']; anchor?: ResolvedTimex['anchor'] };

/** A tagger fixture: finds each given text in its paragraph and tags it with the given value. */
function fixture(spec: Record<number, Spec[]>): ExtractOptions {
  return {
    tag: (paragraphs) => paragraphs.map((p, i) => (spec[i] ?? []).map((t) => {
      const start = p.indexOf(t.text);
      if (start < 0) throw new Error(`fixture: "${t.text}" not in paragraph ${i}`);
      return { text: t.text, start, end: start + t.text.length, type: t.type ?? 'DATE', value: t.value, anchor: t.anchor ?? 'absolute', ...(t.mod ? { mod: t.mod } : {}) };
    })),
  };
}

describe('extractEvents: anchoring to sentences', () => {
  const d = doc(['The war began in 1914. It ended in November 1918 with an armistice.']);
  const events = extractEvents(d, fixture({ 0: [{ text: '1914', value: '1914' }, { text: 'November 1918', value: '1918-11' }] }));

  it('gives each time expression its own sentence with exact offsets', () => {
    expect(events.map((e) => d.paragraphs[0]!.slice(e.sentence.start, e.sentence.end))).toEqual([
      'The war began in 1914.', 'It ended in November 1918 with an armistice.',
    ]);
    for (const e of events) {
      expect(e.sentence.start).toBeLessThanOrEqual(e.timex.start);
      expect(e.timex.end).toBeLessThanOrEqual(e.sentence.end);
      expect(d.paragraphs[0]!.slice(e.timex.start, e.timex.end)).toBe(e.timex.text);
    }
  });
  it('dates each from its value', () => {
    expect(events.map((e) => [e.date.start, e.date.end, e.date.granularity])).toEqual([
      ['1914-01-01', '1914-12-31', 'year'], ['1918-11-01', '1918-11-30', 'month'],
    ]);
  });
  it('keeps the timex as the model declares it (no tagger internals)', () => {
    expect(Object.keys(events[0]!.timex).sort()).toEqual(['end', 'start', 'text', 'type', 'value']);
  });
  it('derives stable ids from content hash, paragraph and span', () => {
    const again = extractEvents(d, fixture({ 0: [{ text: '1914', value: '1914' }, { text: 'November 1918', value: '1918-11' }] }));
    expect(again.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(events[0]!.id).toBe('abcdef0123456789:0:17-21');
    const other = extractEvents({ ...d, contentHash: 'ffff0123456789abcdef' }, fixture({ 0: [{ text: '1914', value: '1914' }] }));
    expect(other[0]!.id).not.toBe(events[0]!.id);
  });
});

describe('extractEvents: what is not an event', () => {
  it('skips refs, sets and unresolved values', () => {
    const d = doc(['Now it rains every week, as it did on some Friday.']);
    const events = extractEvents(d, fixture({ 0: [
      { text: 'Now', value: 'PRESENT_REF' }, { text: 'every week', value: 'P1W', type: 'SET' }, { text: 'Friday', value: 'XXXX-WXX-5', anchor: 'unresolved' },
    ] }));
    expect(events).toEqual([]);
  });
  it('skips a duration that nothing anchors', () => {
    const d = doc(['The meeting lasted two hours.']);
    expect(extractEvents(d, fixture({ 0: [{ text: 'two hours', value: 'PT2H', type: 'DURATION' }] }))).toEqual([]);
  });
});

describe('extractEvents: durations with an anchored end', () => {
  it('ends "for more than two decades" in the present perfect at the document date, open at its start', () => {
    const d = doc(['The Taliban has been under Western sanctions for more than two decades, measures imposed long ago.']);
    const [e] = extractEvents(d, fixture({ 0: [{ text: 'more than two decades', value: 'P20Y', type: 'DURATION', mod: 'MORE_THAN' }] }));
    expect(e?.date).toEqual({ start: '2004-10-04', end: '2024-10-04', granularity: 'year', anchor: 'document-date', startEdge: 'open', endEdge: 'exact' });
  });
  it('starts "for three years from 2010" at the date beside it', () => {
    const d = doc(['She ran the lab for three years from 2010 before leaving.']);
    const events = extractEvents(d, fixture({ 0: [{ text: 'three years', value: 'P3Y', type: 'DURATION' }, { text: '2010', value: '2010' }] }));
    const duration = events.find((e) => e.timex.value === 'P3Y');
    expect(duration?.date).toMatchObject({ start: '2010-01-01', end: '2012-12-31', startEdge: 'exact', endEdge: 'approximate', anchor: 'absolute' });
  });
  it('marks a document date that is only the file date as such', () => {
    const d = doc(['Prices have risen for the past two years.'], { dctSource: 'file-mtime' });
    const [e] = extractEvents(d, fixture({ 0: [{ text: 'two years', value: 'P2Y', type: 'DURATION' }] }));
    expect(e?.date).toMatchObject({ start: '2022-10-04', end: '2024-10-04', anchor: 'file-date', startEdge: 'approximate' });
  });
});

describe('extractEvents: dates from the text context', () => {
  const opening = 'Foreign Minister Sergei Lavrov called on the West to lift sanctions, on Friday.';
  const friday = { 0: [{ text: 'Friday', value: '2024-10-04', anchor: 'document-date' as const }] };

  it('gives a past-tense sentence about the same actor the occasion\'s date', () => {
    const d = doc([opening, 'Sanctions remain in place.', 'Lavrov was speaking at the opening of a forum on Afghanistan.']);
    const events = extractEvents(d, fixture(friday));
    const ctx = events.find((e) => e.paragraph === 2);
    expect(ctx?.date).toMatchObject({ start: '2024-10-04', end: '2024-10-04', granularity: 'day', anchor: 'text-context' });
    expect(ctx?.dateFrom).toEqual({ paragraph: 0, timex: { text: 'Friday', start: 72, end: 78, type: 'DATE', value: '2024-10-04' } });
    expect(ctx?.timex).toMatchObject({ text: '', start: 0, end: 0, value: '2024-10-04' });
    expect(ctx?.label).toBe('Lavrov speaks at opening of forum');
    expect(ctx?.id).toBe('abcdef0123456789:2:s0-61');
  });
  const negatives: { why: string; paragraphs: string[] }[] = [
    { why: 'a generic sentence', paragraphs: [opening, 'Sanctions often fail to change regimes.'] },
    { why: 'another actor', paragraphs: [opening, 'Blinken was speaking at a press conference in Washington.'] },
    { why: 'a present-tense sentence', paragraphs: [opening, 'Lavrov is speaking at a forum.'] },
    { why: 'a negated sentence', paragraphs: [opening, 'Lavrov did not mention the talks.'] },
    { why: 'a reported statement', paragraphs: [opening, 'Lavrov said the talks went well.'] },
    { why: 'a sentence too far away', paragraphs: [opening, 'A.', 'B.', 'C.', 'D.', 'Lavrov was speaking at the opening of a forum.'] },
    { why: 'a sentence with its own date', paragraphs: [opening, 'Lavrov was speaking in 2019.'] },
  ];
  for (const { why, paragraphs } of negatives) {
    it(`leaves ${why} undated`, () => {
      const spec: Record<number, Spec[]> = { ...friday };
      if (paragraphs[1]!.includes('2019')) spec[1] = [{ text: '2019', value: '2019' }];
      const events = extractEvents(doc(paragraphs), fixture(spec));
      expect(events.filter((e) => e.date.anchor === 'text-context')).toEqual([]);
    });
  }
});
