// "Why this date", in plain words: how a time expression became the date on the timeline.
// Users must be able to trust (or doubt) each date, so this says what the date rests on.
import type { DctSource, DocumentSummary, Event } from '../../../electron/shared/model';
import { dateSortKey, formatDocumentDate, formatEventDate } from './dates';
import { userDateWhy } from '../corrections/why-user';

const DCT_SOURCE_WORDS: Record<DctSource, string> = {
  header: 'its date line',
  'front-matter': 'its front matter',
  'html-meta': "the page's publication date",
  'pdf-metadata': "the PDF's creation date",
  'docx-metadata': "the Word file's creation date",
  'file-mtime': "the file's modification date",
  user: 'a date you set',
};

/** "the document is dated Friday 4 October 2024 (its date line)", or a plain admission there is none. */
export function documentDateWords(doc: Pick<DocumentSummary, 'dct' | 'dctSource'>): string {
  const when = formatDocumentDate(doc.dct);
  if (!when) return 'the document has no date';
  if (doc.dctSource === 'file-mtime') return `the document has no date of its own; the file was last modified ${when}`;
  const source = doc.dctSource ? ` (${DCT_SOURCE_WORDS[doc.dctSource]})` : '';
  return `the document is dated ${when}${source}`;
}

/** The dated event of the same document that a text-context date most likely came from:
 * the nearest earlier event (by position) with the same start date that does not itself lean on context. */
export function contextSource(event: Event, documentEvents: readonly Event[]): Event | null {
  const candidates = documentEvents.filter(
    (e) => e.id !== event.id && e.date.anchor !== 'text-context' && dateSortKey(e.date.start) === dateSortKey(event.date.start),
  );
  const before = candidates.filter((e) => e.paragraph < event.paragraph || (e.paragraph === event.paragraph && e.sentence.start < event.sentence.start));
  const pool = before.length > 0 ? before : candidates;
  return pool.reduce<Event | null>((best, e) => (best === null || position(e) > position(best) ? e : best), null);
}

function position(e: Event): number {
  return e.paragraph * 1e7 + e.sentence.start;
}

/** One sentence explaining the date: `"Friday" → Fri 4 Oct 2024: the document is dated Friday 4 October 2024 (its date line).` */
export function whyThisDate(event: Event, doc: Pick<DocumentSummary, 'dct' | 'dctSource'> | null, documentEvents: readonly Event[] = []): string {
  const users = userDateWhy(event); // dates the user set or added (renderer/src/corrections)
  if (users) return users;
  const said = event.timex.text.trim();
  // A sentence dated by its passage has no expression of its own.
  const head = said ? `“${said}” → ${formatEventDate(event.date)}` : `${formatEventDate(event.date)} (no date in this sentence)`;
  switch (event.date.anchor) {
    case 'absolute':
      return `${head}: the text states this date outright.`;
    case 'document-date':
      return `${head}: resolved against the document's date; ${doc ? documentDateWords(doc) : 'the document is unknown'}.`;
    case 'text-context': {
      const source = contextSource(event, documentEvents);
      return source
        ? `${head}: taken from the passage about “${source.label}” (${formatEventDate(source.date)}).`
        : `${head}: taken from the surrounding passage, which is about an occasion on that date.`;
    }
    case 'file-date':
      return `${head}: from the file's modification date — no date found in the document.`;
    case 'unresolved':
      return `“${said}”: could not be placed — nothing in the document says when it was written.`;
  }
}
