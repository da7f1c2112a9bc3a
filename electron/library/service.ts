// The library service: what the main process (and the e2e harness, and tests) call. Node only, no electron.
// First version keeps the library in memory; the SQLite store replaces it.
import type { EventQuery, IngestProgress, IngestSummary, NotifyContract } from '../shared/contract';
import type { Document, DocumentSummary, Event } from '../shared/model';
import { extractPaths } from './extract-paths';

export interface IngestOptions {
  readonly onProgress?: (p: IngestProgress) => void;
  readonly signal?: AbortSignal;
}

export interface LibraryService {
  listDocuments(req: Record<string, never>): readonly DocumentSummary[];
  getDocument(req: { readonly id: string }): Document | null;
  listEvents(req: { readonly query?: EventQuery }): readonly Event[];
  addPaths(req: { readonly paths: readonly string[] }, options?: IngestOptions): Promise<IngestSummary>;
  onChange(listener: (change: NotifyContract['libraryChanged']) => void): () => void;
  isEmpty(): boolean;
  close(): void;
}

export function createLibraryService(): LibraryService {
  const documents = new Map<string, Document>();
  const events = new Map<string, readonly Event[]>();
  const listeners = new Set<(change: NotifyContract['libraryChanged']) => void>();

  return {
    listDocuments: () =>
      [...documents.values()].map(({ paragraphs, ...rest }) => ({
        ...rest,
        paragraphCount: paragraphs.length,
        eventCount: events.get(rest.id)?.length ?? 0,
      })),
    getDocument: ({ id }) => documents.get(id) ?? null,
    listEvents: ({ query }) => {
      const all = [...events.values()].flat();
      if (!query) return all;
      const text = query.text?.toLowerCase();
      return all.filter(
        (e) =>
          (!query.documentIds || query.documentIds.includes(e.documentId)) &&
          (!query.granularities || query.granularities.includes(e.date.granularity)) &&
          (!query.from || e.date.end >= query.from) &&
          (!query.to || e.date.start <= query.to) &&
          (!text || e.label.toLowerCase().includes(text)),
      );
    },
    addPaths: async ({ paths }, options) => {
      const result = await extractPaths(paths);
      let added = 0;
      for (const doc of result.documents) {
        if (!documents.has(doc.id)) added++;
        documents.set(doc.id, doc);
        events.set(doc.id, result.events.filter((e) => e.documentId === doc.id));
      }
      options?.onProgress?.({ done: result.documents.length, total: result.documents.length, current: null });
      listeners.forEach((l) => l({ reason: 'ingest' }));
      return { added, updated: 0, unchanged: result.documents.length - added, errors: result.errors, cancelled: false };
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isEmpty: () => documents.size === 0,
    close: () => listeners.clear(),
  };
}
