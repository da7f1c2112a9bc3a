// Round trips over arbitrary text: whatever a document says, the CSV parses back to the same cells
// and the iCalendar summary and description come back unchanged from a real parser.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Document, Event } from '../../electron/shared/model';
import { csvRows, toCsv } from '../../electron/core/export/export-csv';
import { toIcs } from '../../electron/core/export/export-ics';

// Text as documents have it: any Unicode, with the characters each format must escape over-represented.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom('"', ',', ';', '\\', '\n', '\r\n', ' ', 'a', 'é', '日', '😀', '='), { maxLength: 60 }).map((a) => a.join('')),
);

function timeline(label: string, paragraph: string, title: string): { documents: Document[]; events: Event[] } {
  const doc: Document = { id: 'd', path: `/x/${title}.txt`, title, format: 'txt', dct: null, dctSource: null, paragraphs: [paragraph], contentHash: 'h' };
  const event: Event = {
    id: 'e', documentId: 'd', paragraph: 0, sentence: { start: 0, end: paragraph.length }, label,
    timex: { text: '2020', start: 0, end: 0, type: 'DATE', value: '2020' },
    date: { start: '2020-01-01', end: '2020-12-31', granularity: 'year', anchor: 'absolute', startEdge: 'exact', endEdge: 'exact' },
  };
  return { documents: [doc], events: [event] };
}

describe('exports of arbitrary text', () => {
  it('CSV parses back to exactly its cells', () => {
    fc.assert(fc.property(text, text, text, (label, paragraph, title) => {
      const input = timeline(label, paragraph, title);
      expect(parse(toCsv(input), { bom: true })).toEqual(csvRows(input));
    }), { numRuns: 300 });
  });

  it('iCalendar gives the label and sentence back through ical.js, lines within 75 octets', () => {
    fc.assert(fc.property(text, text, (label, paragraph) => {
      const ics = toIcs(timeline(label, paragraph, 't'), { now: new Date(0) });
      for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      // Line breaks are written as \n; CR LF inside the text comes back as LF.
      const norm = (s: string) => s.replace(/\r\n|\r/g, '\n');
      expect(vevent.summary ?? '').toBe(norm(label));
      expect(vevent.description.startsWith(norm(paragraph).trim())).toBe(true);
    }), { numRuns: 300 });
  });
});
