// A recording library service for main-process tests: the real one is tested in test/library and,
// end to end, through the harness (test/e2e/harness/harness.test.ts).
import { vi } from 'vitest';
import type { IngestOptions, Library } from '../../electron/library/service';
import type { IngestProgress, IngestSummary, NotifyContract } from '../../electron/shared/contract';
import type { DocumentSummary, Event } from '../../electron/shared/model';

export const SUMMARY: IngestSummary = { added: 1, updated: 0, unchanged: 0, errors: [{ path: '/x/bad.pdf', message: 'truncated PDF' }], cancelled: false };
export const DOCS: readonly DocumentSummary[] = [
  { id: 'd1', path: '/x/a.txt', title: 'A', format: 'txt', dct: '2024-10-04', dctSource: 'header', contentHash: 'h', paragraphCount: 3, eventCount: 2 },
];
const EVENT: Event = {
  id: 'e1',
  documentId: 'd1',
  paragraph: 0,
  sentence: { start: 0, end: 10 },
  label: 'Lavrov calls on the West',
  timex: { text: 'Friday', start: 3, end: 9, type: 'DATE', value: '2024-10-04' },
  date: { start: '2024-10-04', end: '2024-10-04', granularity: 'day', anchor: 'document-date', startEdge: 'exact', endEdge: 'exact' },
};

export function fakeLibrary(empty = true) {
  const changes = new Set<(c: NotifyContract['libraryChanged']) => void>();
  const progress = new Set<(p: IngestProgress) => void>();
  let isEmpty = empty;
  const library = {
    listDocuments: vi.fn(() => DOCS),
    getDocument: vi.fn(() => null),
    listEvents: vi.fn(() => [EVENT]),
    addPaths: vi.fn(async (_req: { readonly paths: readonly string[] }, _options?: IngestOptions): Promise<IngestSummary> => {
      progress.forEach((l) => l({ done: 1, total: 2, current: '/x/a.txt' }));
      isEmpty = false;
      changes.forEach((l) => l({ reason: 'ingest' }));
      return SUMMARY;
    }),
    onChange: vi.fn((listener: (c: NotifyContract['libraryChanged']) => void) => {
      changes.add(listener);
      return () => void changes.delete(listener);
    }),
    onProgress: vi.fn((listener: (p: IngestProgress) => void) => {
      progress.add(listener);
      return () => void progress.delete(listener);
    }),
    isEmpty: vi.fn(() => isEmpty),
    close: vi.fn(),
    idle: vi.fn(async () => undefined),
    cancelIngest: vi.fn(),
    listIngestErrors: vi.fn(() => SUMMARY.errors),
    removeDocuments: vi.fn(),
    listFolders: vi.fn(() => ['/x']),
    removeFolder: vi.fn(),
    setDocumentDate: vi.fn(),
    getViewState: vi.fn(() => ({})),
    setViewState: vi.fn(),
    editEvent: vi.fn(() => EVENT),
    addEvent: vi.fn(() => EVENT),
    mergeEvents: vi.fn(() => EVENT),
    listOrphanEdits: vi.fn(() => []),
    exportData: vi.fn(() => 'start,end\n'),
    saveProject: vi.fn(async (req: { readonly path: string }) => ({ path: req.path })),
    openProject: vi.fn(async () => ({ view: {}, missing: [] })),
    /** Listener counts, to check unsubscribing. */
    listeners: () => changes.size + progress.size,
  } satisfies Library & { listeners: () => number };
  return library;
}
