// Plain words for the Documents view: where a document's date came from (a guess flagged as such),
// its format, and what removing a document or a folder takes away. Pure, so it is unit-tested.
import type { DctSource, DocumentFormat, DocumentSummary } from '../../../electron/shared/model';

/** Where the date came from, as the Documents view says it ("Dated by …"). */
export const DCT_SOURCE_PLAIN: Readonly<Record<DctSource, string>> = {
  header: 'its date line',
  'front-matter': 'front matter',
  'html-meta': 'page metadata',
  'pdf-metadata': 'PDF metadata',
  'docx-metadata': 'DOCX metadata',
  'file-mtime': "the file's modification date — no date found in the document",
  user: 'set by you',
};

export interface DateSourceWords {
  readonly text: string;
  /** True when the date is a guess the user should check (file date, or no date at all). */
  readonly guess: boolean;
}

/** The date's origin in plain words; a file's modification date and a missing date are flagged. */
export function dateSourceWords(doc: Pick<DocumentSummary, 'dct' | 'dctSource'>): DateSourceWords {
  if (doc.dct === null || doc.dctSource === null) return { text: 'no date found — relative dates cannot be placed', guess: true };
  return { text: DCT_SOURCE_PLAIN[doc.dctSource], guess: doc.dctSource === 'file-mtime' };
}

const FORMAT_WORDS: Readonly<Record<DocumentFormat, string>> = {
  txt: 'Text',
  md: 'Markdown',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word (DOCX)',
};

export function formatWords(format: DocumentFormat): string {
  return FORMAT_WORDS[format];
}

export function countWords(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** True when `path` lies inside `folder` (either separator; the folder itself does not count). */
export function isUnder(path: string, folder: string): boolean {
  const base = folder.replace(/[\\/]+$/, '');
  if (base === '' || path.length <= base.length || !path.startsWith(base)) return false;
  const next = path.charAt(base.length);
  return next === '/' || next === '\\';
}

/** The documents a watched folder holds, i.e. what "Stop watching and remove" takes away. */
export function documentsUnder(documents: readonly DocumentSummary[], folder: string): readonly DocumentSummary[] {
  return documents.filter((d) => isUnder(d.path, folder));
}

/** "2 documents and their 14 events" — what a removal takes off the timeline. */
export function removalWords(documents: readonly Pick<DocumentSummary, 'eventCount'>[]): string {
  const events = documents.reduce((sum, d) => sum + d.eventCount, 0);
  if (documents.length === 0) return 'no documents';
  const docs = documents.length === 1 ? 'the document' : countWords(documents.length, 'document', 'documents');
  return `${docs} and ${documents.length === 1 ? 'its' : 'their'} ${countWords(events, 'event', 'events')}`;
}

/** A real calendar day written `YYYY-MM-DD` (what a date input gives and setDocumentDate accepts). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate(); // month length in a leap year
  if (d > days) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return !(mo === 2 && d === 29 && !leap);
}

/** The last part of a path, for a short name beside the full path. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}
