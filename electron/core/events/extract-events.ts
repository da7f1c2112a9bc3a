// Turns a document's time expressions into events: each expression anchored to its sentence, given
// its calendar interval and a short label; undated sentences about a dated occasion take its date.
import type { Anchor, Document, Event, EventDate, Span, Timex } from '../../shared/model';
import { timexToDate } from '../temporal/interval';
import { tagDocument } from '../temporal/tag-document';
import type { ResolvedTimex, TagContext } from '../temporal/types';
import { placesByMention } from '../text/parse';
import { sentenceAt, splitSentences } from '../text/segment';
import { pinDuration } from './duration-anchor';
import { eventId } from './event-id';
import { labelEvent, type LabelContext } from './label';
import { contextTimex, isOccasion, occasionFor, type Occasion } from './text-context';

export interface ExtractOptions {
  /** The time-expression tagger (default: the temporal pipeline). Tests pass fixtures through it. */
  readonly tag?: (paragraphs: readonly string[], ctx: TagContext) => readonly (readonly ResolvedTimex[])[];
}

const plainTimex = ({ text, start, end, type, value }: Timex): Timex => ({ text, start, end, type, value });
const shift = (s: Span, by: number): Span => ({ start: s.start - by, end: s.end - by });

/** The anchor as the UI explains it: a document date that is only the file's mtime says so. */
function anchorOf(timex: ResolvedTimex, doc: Document): Anchor {
  return timex.anchor === 'document-date' && doc.dctSource === 'file-mtime' ? 'file-date' : timex.anchor;
}

/** Events of one document, in text order. */
export function extractEvents(doc: Document, options: ExtractOptions = {}): Event[] {
  const tagged = (options.tag ?? tagDocument)(doc.paragraphs, { dct: doc.dct });
  // Counting places parses the whole text: done only if a label needs "the country".
  let mainPlace: string | null | undefined;
  const labels: LabelContext = { get mainPlace() { return (mainPlace ??= placesByMention(doc.paragraphs.join('\n'))[0] ?? null); } };
  const dct = doc.dct ? { date: doc.dct, anchor: doc.dctSource === 'file-mtime' ? 'file-date' as const : 'document-date' as const } : null;
  const events: Event[] = [];
  let latest: Occasion | null = null;
  doc.paragraphs.forEach((paragraph, p) => {
    const timexes = tagged[p] ?? [];
    for (const sentence of splitSentences(paragraph)) {
      const text = paragraph.slice(sentence.start, sentence.end);
      const inside = timexes.filter((t) => sentenceAt([sentence], t.start, -1) === sentence);
      if (inside.length === 0) {
        const occasion = occasionFor(text, p, latest);
        if (occasion) {
          events.push({
            id: eventId(doc.contentHash, p, sentence, 'context'), documentId: doc.id, paragraph: p, sentence,
            label: labelEvent(text, null, labels), timex: contextTimex(sentence, occasion.timex),
            date: { ...occasion.date, anchor: 'text-context' }, dateFrom: { paragraph: occasion.paragraph, timex: occasion.timex },
          });
        }
        continue;
      }
      // Dated expressions first, so that a duration can be pinned to a date beside it.
      const dated = new Map<ResolvedTimex, EventDate>();
      for (const t of inside) {
        const date = t.type === 'DURATION' ? null : timexToDate(t, anchorOf(t, doc));
        if (date) dated.set(t, date);
      }
      for (const t of inside) {
        let date = dated.get(t) ?? null;
        if (t.type === 'DURATION') {
          const besides = [...dated].map(([o, d]) => ({ ...shift(o, sentence.start), date: d }));
          const pinned = pinDuration(text, shift(t, sentence.start), besides, dct);
          date = pinned ? timexToDate(t, pinned.anchor, pinned.at) : null;
        }
        if (!date) continue;
        const timex = plainTimex(t);
        events.push({
          id: eventId(doc.contentHash, p, timex, 'timex'), documentId: doc.id, paragraph: p, sentence,
          label: labelEvent(text, shift(timex, sentence.start), labels), timex, date,
        });
        if (isOccasion(date)) latest = { paragraph: p, sentenceText: text, timex, date };
      }
    }
  });
  return events;
}
