// CSV export for spreadsheets: one row per event, RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM
// (without it Excel reads UTF-8 as the local code page).
import { exportRows, type ExportInput } from './export-input';

// The columns first; then the user's layer, and how certain the date is (edges, what dated it).
export const CSV_HEADER = ['start', 'end', 'granularity', 'label', 'sentence', 'document title', 'document path', 'paragraph', 'note', 'tags', 'start edge', 'end edge', 'dated by', 'corrected'] as const;

/** A field quoted when it holds a quote, comma or line break; inner quotes doubled (RFC 4180 §2.5-2.7). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Document text is untrusted: a cell starting with = + - @ (or a tab/CR) would run as a spreadsheet
 * formula, so such text cells get a leading apostrophe (OWASP's advice for CSV injection). */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The cells of each row, header first, before quoting. Paragraphs are numbered from 1, as the reader shows them. */
export function csvRows(input: ExportInput): string[][] {
  const rows = exportRows(input).map(({ event, sentence, document }) => [
    event.date.start,
    event.date.end,
    event.date.granularity,
    neutralizeFormula(event.label),
    neutralizeFormula(sentence),
    neutralizeFormula(document?.title ?? ''),
    neutralizeFormula(document?.path ?? ''),
    String(event.paragraph + 1),
    neutralizeFormula(event.user?.note ?? ''),
    neutralizeFormula((event.user?.tags ?? []).join('; ')),
    event.date.startEdge,
    event.date.endEdge,
    event.user?.origin === 'user' ? 'user' : event.date.anchor,
    event.user?.edited ? 'yes' : '',
  ]);
  return [[...CSV_HEADER], ...rows];
}

export function toCsv(input: ExportInput): string {
  return `\uFEFF${csvRows(input).map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
