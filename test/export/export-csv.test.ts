import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvRows, neutralizeFormula, toCsv } from '../../electron/core/export/export-csv';
import { doc, events } from './sample-timeline';

describe('CSV export', () => {
  const csv = toCsv({ documents: [doc], events });

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside quoted fields is CRLF: no bare LF between records.
    const records = parse(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(records).toHaveLength(events.length + 1);
  });

  it('parses back (RFC 4180) to exactly the rows it was made from', () => {
    const back = parse(csv, { bom: true, relax_quotes: false }) as string[][];
    expect(back).toEqual(csvRows({ documents: [doc], events }));
    expect(back[0]).toEqual([...CSV_HEADER]);
  });

  it('keeps quotes, commas, line breaks and non-ASCII text intact', () => {
    const back = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const month = back.find((r) => r.start === '2019-03-01')!;
    expect(month.label).toBe('Prices, "rose"\nsharply');
    expect(month['document title']).toBe('Relazione "finale", Ünïcödé');
    expect(month['document path']).toBe('/corpus/Relazione, "finale".txt');
    expect(month.paragraph).toBe('2');
    expect(month.note).toBe('check; source, please');
    expect(month.tags).toBe('economy; to-check');
    expect(month.sentence).toBe('In March 2019 prices rose; nobody knew why.');
    expect([month['start edge'], month['end edge'], month['dated by'], month.corrected]).toEqual(['exact', 'exact', 'absolute', 'yes']);
  });

  it('writes one row per event in date order, BC first', () => {
    const back = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(back.map((r) => r.start)).toEqual(['-000043-03-15', '1980-01-01', '1999-01-01', '2019-03-01', '2020-05-05', '2023-02-20', '2024-10-04']);
    expect(back.map((r) => r.granularity)).toEqual(['day', 'decade', 'year', 'month', 'time', 'week', 'day']);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const back = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(back.find((r) => r.start === '1999-01-01')!.label).toBe(`'=HYPERLINK("http://evil")`);
    expect(neutralizeFormula('+1')).toBe("'+1");
    expect(neutralizeFormula('plain')).toBe('plain');
  });
});
