// Files and folders in, documents and events out; one unreadable file never stops the others.
// Used by the command line: the same loaders as the app, run in this thread.
import type { Document, Event, Extraction, FileError } from '../shared/model';
import { documentEvents } from './document-events';
import { walkFiles } from './ingest/walk-files';
import { readDocument } from './read-document';
import { errorMessage } from './error-message';

export async function extractPaths(paths: readonly string[]): Promise<Extraction> {
  const { files, errors: walkErrors } = await walkFiles(paths);
  const errors: FileError[] = [...walkErrors];
  const documents: Document[] = [];
  const events: Event[] = [];
  for (const file of files) {
    try {
      const doc = await readDocument(file);
      documents.push(doc);
      events.push(...documentEvents(doc));
    } catch (e) {
      errors.push({ path: file, message: errorMessage(e) });
    }
  }
  return { documents, events, errors };
}
