// Anchors each time expression to its sentence as an event. First version: label = sentence head.
import type { Document, Event } from '../../shared/model';
import { splitSentences } from '../text/segment';
import { tagTimexes } from '../temporal/tagger';
import { timexToDate } from '../temporal/interval';

export function extractEvents(doc: Document): Event[] {
  const events: Event[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    const sentences = splitSentences(paragraph);
    for (const timex of tagTimexes(paragraph, { dct: doc.dct })) {
      const date = timexToDate(timex, doc.dct ? 'document-date' : 'absolute');
      if (!date) continue;
      const sentence = sentences.find((s) => s.start <= timex.start && timex.start < s.end) ?? { start: 0, end: paragraph.length };
      const label = paragraph.slice(sentence.start, sentence.end).split(/\s+/).slice(0, 8).join(' ');
      events.push({ id: `${doc.id}:${p}:${timex.start}`, documentId: doc.id, paragraph: p, sentence, label, timex, date });
    }
  });
  return events;
}
