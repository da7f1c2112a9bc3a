// An event the user adds by selecting text in the reader. The date is the one given, or read from the
// selection with the temporal tagger (then from the selection's sentence, nearest expression first).
import type { InvokeContract } from '../../shared/contract';
import type { EventDate } from '../../shared/model';
import { tagTimexes } from '../temporal/tagger';
import { timexToDate } from '../temporal/interval';
import type { EditRecord, EditableDocument, UserDate } from './edit-record';
import { checkDate } from './edit-ops';
import { sentenceAround } from './user-event';

export type AddEventRequest = InvokeContract['addEvent']['req'];

const LABEL_WORDS = 8;

/** The date a piece of text states, read as extraction would read it; null when it states none. */
export function dateOfText(text: string, dct: string | null, near = 0): { date: UserDate; anchor: EventDate['anchor'] } | null {
  const anchorKind = dct ? 'document-date' : 'absolute';
  const found = tagTimexes(text, { dct })
    .map((t) => ({ t, date: timexToDate(t, anchorKind) }))
    .filter((x): x is { t: typeof x.t; date: EventDate } => x.date !== null)
    .sort((a, b) => Math.abs(a.t.start - near) - Math.abs(b.t.start - near));
  const first = found[0];
  return first ? { date: { start: first.date.start, end: first.date.end, granularity: first.date.granularity }, anchor: first.date.anchor } : null;
}

export function newUserRecord(doc: EditableDocument, req: AddEventRequest, id: string, now: string): EditRecord {
  const paragraph = doc.paragraphs[req.paragraph];
  if (paragraph === undefined) throw new Error(`paragraph ${req.paragraph} does not exist`);
  if (!(Number.isInteger(req.start) && Number.isInteger(req.end) && req.start >= 0 && req.start < req.end && req.end <= paragraph.length)) {
    throw new Error('the selection is not inside the paragraph');
  }
  const text = paragraph.slice(req.start, req.end);
  if (!text.trim()) throw new Error('the selection is empty');
  let date: UserDate;
  let anchorKind: EventDate['anchor'] = 'absolute';
  if (req.date) {
    date = checkDate(req.date);
  } else {
    const sentence = sentenceAround(paragraph, req.start, req.end);
    const read = dateOfText(text, doc.dct)
      ?? dateOfText(paragraph.slice(sentence.start, sentence.end), doc.dct, req.start - sentence.start);
    if (!read) throw new Error('no date found in the selection or its sentence: give one');
    date = read.date;
    anchorKind = read.anchor;
  }
  const label = req.label?.trim() || text.trim().split(/\s+/).slice(0, LABEL_WORDS).join(' ');
  const around = sentenceAround(paragraph, req.start, req.end);
  return {
    id,
    kind: 'user',
    anchor: { documentPath: doc.path, contentHash: doc.contentHash, paragraph: req.paragraph, start: req.start, end: req.end, text, context: paragraph.slice(around.start, around.end) },
    label,
    date,
    anchorKind,
    updatedAt: now,
  };
}
