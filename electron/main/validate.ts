// Runtime schemas for every invoke channel's argument. The renderer is untrusted: TypeScript types
// vanish at the IPC boundary, so each handler parses its argument with these before acting.
// No electron import: the e2e harness validates with the very same schemas.
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { InvokeChannel, Req } from '../shared/contract';

const isoDate = z.string().regex(/^[+-]?\d{4,6}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const id = z.string().min(1).max(512);
const granularity = z.enum(['time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium']);
const empty = z.object({}).strict();
// Paths are only ever ones the user dropped or the library listed: absolute, and of bounded size.
const path = z.string().min(1).max(4096).refine(isAbsolute, 'expected an absolute path');

const eventQuery = z
  .object({
    documentIds: z.array(id).max(100_000).optional(),
    granularities: z.array(granularity).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    text: z.string().max(1000).optional(),
    tags: z.array(z.string().max(200)).max(1000).optional(),
    includeHidden: z.boolean().optional(),
  })
  .strict();

const dateEdit = z.object({ start: isoDate, end: isoDate, granularity }).strict();

const eventEdit = z
  .object({
    label: z.string().min(1).max(500).optional(),
    date: dateEdit.optional(),
    hidden: z.boolean().optional(),
    note: z.string().max(100_000).optional(),
    tags: z.array(z.string().min(1).max(200)).max(1000).optional(),
  })
  .strict();

const viewState = z
  .object({
    window: z.object({ start: z.string().max(64), end: z.string().max(64) }).strict().optional(),
    lanesByDocument: z.boolean().optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    query: eventQuery.optional(),
  })
  .strict();

/** Only http(s) links ever leave the app for the system browser. */
const httpUrl = z
  .string()
  .max(8192)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'only http(s) URLs can be opened');

const offset = z.number().int().min(0);

/** One schema per channel, typed against the contract so a schema that drifts from it fails to compile. */
export const REQUEST_SCHEMAS: { readonly [C in InvokeChannel]: z.ZodType<Req<C>> } = {
  listDocuments: empty,
  getDocument: z.object({ id }).strict(),
  listEvents: z.object({ query: eventQuery.optional() }).strict(),
  openDocuments: z.object({ kind: z.enum(['files', 'folder']) }).strict(),
  addDroppedFiles: z.object({ paths: z.array(path).min(1).max(10_000) }).strict(),
  cancelIngest: empty,
  listIngestErrors: empty,
  removeDocuments: z.object({ ids: z.array(id).max(100_000) }).strict(),
  listFolders: empty,
  removeFolder: z.object({ path }).strict(),
  setDocumentDate: z.object({ id, dct: isoDate }).strict(),
  editEvent: z.object({ id, edit: eventEdit }).strict(),
  addEvent: z
    .object({ documentId: id, paragraph: offset, start: offset, end: offset, date: dateEdit.optional(), label: z.string().min(1).max(500).optional() })
    .strict()
    .refine((r) => r.start < r.end, 'start must be before end'),
  mergeEvents: z.object({ keepId: id, mergeIds: z.array(id).min(1).max(10_000) }).strict(),
  listOrphanEdits: empty,
  exportTimeline: z.object({ format: z.enum(['json', 'csv', 'ics', 'timelinejs', 'png', 'pdf']), query: eventQuery.optional() }).strict(),
  saveProject: z.object({ view: viewState }).strict(),
  openProject: empty,
  getViewState: empty,
  setViewState: z.object({ view: viewState }).strict(),
  openExternal: z.object({ url: httpUrl }).strict(),
};

export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
}

/** Parses a channel's argument; throws InvalidRequestError with a readable reason when it does not fit. */
export function parseRequest<C extends InvokeChannel>(channel: C, raw: unknown): Req<C> {
  const result = REQUEST_SCHEMAS[channel].safeParse(raw);
  if (!result.success) {
    const reason = result.error.issues.map((i) => `${i.path.join('.') || '(argument)'}: ${i.message}`).join('; ');
    throw new InvalidRequestError(`invalid argument for ${channel}: ${reason}`);
  }
  return result.data;
}
