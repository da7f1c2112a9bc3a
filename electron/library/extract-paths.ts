// Files and folders in, documents and events out; one unreadable file never stops the others.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Document, Event, Extraction, FileError } from '../shared/model';
import { extractEvents } from '../core/events/extract-events';
import { readDocument, SUPPORTED_EXTENSIONS } from './read-document';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Expands folders (recursively) into the supported files they hold, in a stable order. */
export async function listFiles(paths: readonly string[], errors: FileError[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    try {
      const s = await stat(p);
      if (s.isDirectory()) {
        const entries = (await readdir(p)).sort();
        for (const entry of entries) await visit(path.join(p, entry), false);
      } else if (explicit || SUPPORTED_EXTENSIONS.includes(path.extname(p).toLowerCase())) {
        files.push(path.resolve(p));
      }
    } catch (e) {
      errors.push({ path: path.resolve(p), message: message(e) });
    }
  };
  for (const p of paths) await visit(p, true);
  return files;
}

export async function extractPaths(paths: readonly string[]): Promise<Extraction> {
  const errors: FileError[] = [];
  const documents: Document[] = [];
  const events: Event[] = [];
  for (const file of await listFiles(paths, errors)) {
    try {
      const doc = await readDocument(file);
      documents.push(doc);
      events.push(...extractEvents(doc));
    } catch (e) {
      errors.push({ path: file, message: message(e) });
    }
  }
  return { documents, events, errors };
}
