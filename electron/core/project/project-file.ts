// The `.eventline` project file: JSON naming the documents (by path and content hash), the user's
// edits and the view. Opening it elsewhere with the same documents rebuilds the same timeline.
// Validated with zod on the way in: a project file is user-supplied input.
import { z } from 'zod';
import type { ViewState } from '../../shared/contract';
import { editRecordSchema, type EditRecord } from '../edits/edit-record';

export const PROJECT_FORMAT = 'eventline-project';
export const PROJECT_VERSION = 1;
export const PROJECT_EXTENSION = 'eventline';

const isoDate = z.string().regex(/^([+-]\d{6}|\d{4})-\d{2}-\d{2}/);
const granularity = z.enum(['time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium']);

const querySchema = z.object({
  documentIds: z.array(z.string()).optional(),
  granularities: z.array(granularity).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  includeHidden: z.boolean().optional(),
});

/** Unknown keys are dropped, not rejected: a newer app's extra view settings must not block opening. */
export const viewStateSchema = z.object({
  window: z.object({ start: z.string(), end: z.string() }).optional(),
  lanesByDocument: z.boolean().optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
  query: querySchema.optional(),
});

export const projectDocumentSchema = z.object({
  path: z.string().min(1),
  /** The path relative to the project file's folder: found there when the absolute path is not
   * (the project and its documents copied to another machine together). */
  relativePath: z.string().optional(),
  contentHash: z.string(),
  title: z.string().optional(),
});

export const projectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  savedAt: z.string(),
  documents: z.array(projectDocumentSchema),
  edits: z.array(editRecordSchema),
  view: viewStateSchema,
});

export type ProjectDocument = z.infer<typeof projectDocumentSchema>;
export type ProjectFile = z.infer<typeof projectFileSchema>;

export function buildProject(documents: readonly ProjectDocument[], edits: readonly EditRecord[], view: ViewState, savedAt: string): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt,
    documents: documents.map((d) => ({ ...d })),
    edits: [...edits],
    view: viewStateSchema.parse(view),
  };
}

export function serializeProject(project: ProjectFile): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** Parses and validates a project file's text; throws an Error a person can read. */
export function parseProject(text: string): ProjectFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('this is not an Eventline project file (not JSON)');
  }
  const format = (raw as { format?: unknown } | null)?.format;
  const version = (raw as { version?: unknown } | null)?.version;
  if (format !== PROJECT_FORMAT) throw new Error('this is not an Eventline project file');
  if (typeof version === 'number' && version > PROJECT_VERSION) {
    throw new Error(`this project file was saved by a newer Eventline (format version ${version}); update the app to open it`);
  }
  const parsed = projectFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the project file is damaged: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

/** The project's edits with their documents' paths replaced (documents found at another path). */
export function relocateEdits(edits: readonly EditRecord[], moved: ReadonlyMap<string, string>): EditRecord[] {
  if (moved.size === 0) return [...edits];
  const move = <T extends { documentPath: string }>(a: T): T => ({ ...a, documentPath: moved.get(a.documentPath) ?? a.documentPath });
  return edits.map((e) => ({ ...e, anchor: move(e.anchor), ...(e.merged ? { merged: e.merged.map(move) } : {}) }));
}
