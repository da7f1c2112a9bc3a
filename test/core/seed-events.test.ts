// The embedded sample corpus, read through the library's loader and extracted by the core with the
// real tagger: the walking skeleton's three seed events, the context-dated forum sentence, and the
// "more than two decades" interval.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Event } from '../../electron/shared/model';
import { extractEvents } from '../../electron/core/events/extract-events';
import { readDocument } from '../../electron/library/read-document';

const folder = path.join(__dirname, '../../assets/documents');
let doc: Document;
let events: Event[];

beforeAll(async () => {
  const file = readdirSync(folder).find((f) => f.endsWith('.txt'));
  doc = await readDocument(path.join(folder, file!));
  events = extractEvents(doc);
});

const sentenceOf = (e: Event) => doc.paragraphs[e.paragraph]!.slice(e.sentence.start, e.sentence.end);
const find = (start: string, end: string) => events.filter((e) => e.date.start === start && e.date.end === end);

function expectAnchored(e: Event | undefined, paragraph: number, timexText: string): void {
  expect(e, `event in paragraph ${paragraph}`).toBeDefined();
  expect(e!.paragraph).toBe(paragraph);
  expect(e!.timex.text).toBe(timexText);
  expect(doc.paragraphs[paragraph]!.slice(e!.timex.start, e!.timex.end)).toBe(timexText);
  expect(e!.sentence.start).toBeLessThanOrEqual(e!.timex.start);
  expect(e!.sentence.end).toBeGreaterThanOrEqual(e!.timex.end);
}

describe('seed document', () => {
  it('is dated 2024-10-04 by its header', () => {
    expect(doc.dct).toBe('2024-10-04');
  });

  it('has the Soviet war in the 1980s, a decade', () => {
    const e = find('1980-01-01', '1989-12-31').find((x) => x.date.granularity === 'decade');
    expectAnchored(e, 6, 'the 1980s');
    expect(sentenceOf(e!)).toMatch(/^In the 1980s, the Soviet Union waged a decade-long war on the country, .*Taliban leaders\.$/);
    expect(e!.label).toBe('Soviet Union wages war on Afghanistan');
    expect(e!.date.anchor).toBe('absolute');
  });

  it("has the Taliban's return to power in 2021, a year", () => {
    const e = find('2021-01-01', '2021-12-31').find((x) => x.date.granularity === 'year');
    expectAnchored(e, 5, '2021');
    expect(sentenceOf(e!)).toContain('since they returned to power in 2021');
    expect(e!.label).toBe('Taliban return to power');
  });

  it("has Lavrov's call on Friday 2024-10-04, a day resolved from the document date", () => {
    const e = find('2024-10-04', '2024-10-04').find((x) => x.paragraph === 0);
    expectAnchored(e, 0, 'Friday');
    expect(e!.date).toMatchObject({ granularity: 'day', anchor: 'document-date', startEdge: 'exact', endEdge: 'exact' });
    expect(e!.label).toBe('Lavrov calls on West to lift sanctions');
  });

  it('dates the forum sentence by its context: the Friday of the first paragraph', () => {
    const e = events.find((x) => x.paragraph === 4);
    expect(e?.date).toMatchObject({ start: '2024-10-04', end: '2024-10-04', granularity: 'day', anchor: 'text-context' });
    expect(sentenceOf(e!)).toMatch(/^Lavrov was speaking at the opening of an annual Russia-led diplomatic forum/);
    expect(e!.dateFrom?.paragraph).toBe(0);
    expect(e!.dateFrom?.timex.text).toBe('Friday');
    expect(e!.label).toBe('Lavrov speaks at opening of forum');
  });

  it('draws "more than two decades" as an interval open at its start and ending on the document date', () => {
    const e = events.find((x) => x.timex.text === 'more than two decades');
    expectAnchored(e, 3, 'more than two decades');
    expect(e!.date.end).toBe('2024-10-04');
    expect(e!.date.start < e!.date.end).toBe(true);
    expect(['open', 'approximate']).toContain(e!.date.startEdge);
    expect(e!.date.granularity).not.toBe('day');
  });

  it('dates no generic or reported sentence by context', () => {
    const byContext = events.filter((x) => x.date.anchor === 'text-context').map((x) => x.paragraph);
    expect(byContext).toEqual([4]);
  });

  it('gives every event a distinct id keyed on the content hash', () => {
    expect(new Set(events.map((x) => x.id)).size).toBe(events.length);
    for (const x of events) expect(x.id.startsWith(`${doc.contentHash.slice(0, 16)}:${x.paragraph}:`)).toBe(true);
  });
});
