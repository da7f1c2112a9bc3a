// One file's extraction, as run inside a worker thread (or in-process): skip it when the store's
// copy is current, otherwise read, parse and extract its events. Plain data in and out.
import { stat } from 'node:fs/promises';
import type { DctSource, Document, Event } from '../../shared/model';
import { documentEvents } from '../document-events';
import { parseDocument, readFileBytes } from '../read-document';
import { errorMessage } from '../error-message';

export interface ExtractTask {
  readonly path: string;
  /** What the store holds for this path, if anything. */
  readonly known: { readonly contentHash: string; readonly size: number; readonly mtimeMs: number } | null;
  /** A date the user set for this document: events are resolved against it. */
  readonly userDct: string | null;
}

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

export type ExtractResult =
  | { readonly kind: 'unchanged'; readonly stamp: FileStamp }
  | {
      readonly kind: 'document';
      readonly doc: Document;
      readonly events: readonly Event[];
      readonly stamp: FileStamp;
      readonly extracted: { readonly dct: string | null; readonly dctSource: DctSource | null };
    }
  | { readonly kind: 'error'; readonly message: string };

export async function runExtractTask(task: ExtractTask): Promise<ExtractResult> {
  try {
    const info = await stat(task.path);
    // Same size and modification time as stored: trust it without reading (as make and git do).
    if (task.known && task.known.size === info.size && task.known.mtimeMs === info.mtimeMs) {
      return { kind: 'unchanged', stamp: { size: info.size, mtimeMs: info.mtimeMs } };
    }
    const file = await readFileBytes(task.path);
    const stamp = { size: file.size, mtimeMs: file.mtimeMs };
    if (task.known && task.known.contentHash === file.contentHash) return { kind: 'unchanged', stamp };
    const parsed = await parseDocument(file);
    const extracted = { dct: parsed.dct, dctSource: parsed.dctSource };
    const doc: Document = task.userDct ? { ...parsed, dct: task.userDct, dctSource: 'user' } : parsed;
    return { kind: 'document', doc, events: documentEvents(doc), stamp, extracted };
  } catch (e) {
    return { kind: 'error', message: errorMessage(e) };
  }
}
