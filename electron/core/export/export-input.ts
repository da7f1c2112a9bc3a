// What every exporter receives, and the per-event facts they all need (sentence text, its document).
import type { Document, Event } from '../../shared/model';

export interface ExportInput {
  readonly documents: readonly Document[];
  readonly events: readonly Event[];
  /** Names the export (calendar name, TimelineJS title); optional. */
  readonly title?: string;
}

/** An event with the text and document it came from, resolved once for every format. */
export interface ExportRow {
  readonly event: Event;
  readonly sentence: string;
  readonly document: Document | null;
}

/** The events in date order (then document, paragraph, offset), each with its sentence and document. */
export function exportRows(input: ExportInput): ExportRow[] {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const rows = input.events.map((event) => {
    const document = docs.get(event.documentId) ?? null;
    const paragraph = document?.paragraphs[event.paragraph] ?? '';
    return { event, document, sentence: paragraph.slice(event.sentence.start, event.sentence.end).trim() };
  });
  return rows.sort((a, b) => compareIso(a.event.date.start, b.event.date.start)
    || compareIso(a.event.date.end, b.event.date.end)
    || (a.document?.title ?? '').localeCompare(b.document?.title ?? '')
    || a.event.paragraph - b.event.paragraph
    || a.event.timex.start - b.event.timex.start);
}

/** Orders ISO dates, expanded negative years included (string order is wrong for those). */
export function compareIso(a: string, b: string): number {
  const key = (iso: string) => {
    const m = /^([+-]?\d+)-(\d{2})-(\d{2})/.exec(iso);
    return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
  };
  return key(a) - key(b);
}
