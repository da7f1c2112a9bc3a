// The user's edit layer as stored: apart from extraction results, keyed by document content and text
// span (plus the span's text, to find it again when re-extraction moves offsets). Plain JSON data;
// the zod schema validates it wherever it is read back (library store, project files).
import { z } from 'zod';
import type { EventDate } from '../../shared/model';

const granularity = z.enum(['time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium']);
const isoDate = z.string().regex(/^([+-]\d{6}|\d{4})-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');

/** Where an edit applies: a span of a paragraph of the document at `documentPath`, whose content had `contentHash`. */
export const textAnchorSchema = z.object({
  documentPath: z.string().min(1),
  contentHash: z.string(),
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1),
  /** The sentence around the span when it was recorded: tells apart occurrences of the same text. */
  context: z.string().optional(),
}).refine((a) => a.start < a.end, 'an anchor spans at least one character');

export const userDateSchema = z.object({ start: isoDate, end: isoDate, granularity });

export const editRecordSchema = z.object({
  id: z.string().min(1),
  /** `extracted`: edits an extracted event, anchored on its time expression; `user`: an event the
   * user added, anchored on the selected text. */
  kind: z.enum(['extracted', 'user']),
  anchor: textAnchorSchema,
  label: z.string().optional(),
  date: userDateSchema.optional(),
  /** Only for `user` events: how the original (extracted-style) date was resolved. */
  anchorKind: z.enum(['absolute', 'document-date', 'text-context', 'file-date', 'unresolved']).optional(),
  hidden: z.boolean().optional(),
  note: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** Events merged into this one, by their own anchors (ids change on re-extraction, text does not). */
  merged: z.array(textAnchorSchema).optional(),
  updatedAt: z.string().optional(),
});

export type TextAnchor = z.infer<typeof textAnchorSchema>;
export type UserDate = z.infer<typeof userDateSchema>;
export type EditRecord = z.infer<typeof editRecordSchema>;

/** The fields of a document edits need to locate their anchors. */
export interface EditableDocument {
  readonly id: string;
  readonly path: string;
  readonly contentHash: string;
  readonly dct: string | null;
  readonly paragraphs: readonly string[];
}

/** The id a user-added event gets on the timeline. */
export const userEventId = (record: Pick<EditRecord, 'id'>) => `user:${record.id}`;

/** A date the user typed becomes an EventDate: exact edges, and the original's anchor kept (the
 * model has no 'user' anchor; `user.edited` says the user set it). */
export function userEventDate(date: UserDate, anchor: EventDate['anchor']): EventDate {
  return { start: date.start, end: date.end, granularity: date.granularity, anchor, startEdge: 'exact', endEdge: 'exact' };
}
