// A recording library service for main-process tests: the real one is tested in test/library.
import { vi } from 'vitest';
import type { LibraryService } from '../../electron/library/service';
import type { IngestSummary, NotifyContract } from '../../electron/shared/contract';
import type { DocumentSummary } from '../../electron/shared/model';

export const SUMMARY: IngestSummary = { added: 1, updated: 0, unchanged: 0, errors: [{ path: '/x/bad.pdf', message: 'truncated PDF' }], cancelled: false };
export const DOCS: readonly DocumentSummary[] = [
  { id: 'd1', path: '/x/a.txt', title: 'A', format: 'txt', dct: '2024-10-04', dctSource: 'header', contentHash: 'h', paragraphCount: 3, eventCount: 2 },
];

export function fakeLibrary(empty = true) {
  const listeners = new Set<(c: NotifyContract['libraryChanged']) => void>();
  let isEmpty = empty;
  const service = {
    listDocuments: vi.fn(() => DOCS),
    getDocument: vi.fn(() => null),
    listEvents: vi.fn(() => []),
    addPaths: vi.fn(async (_req: { readonly paths: readonly string[] }, options?: Parameters<LibraryService['addPaths']>[1]) => {
      options?.onProgress?.({ done: 1, total: 2, current: '/x/a.txt' });
      isEmpty = false;
      listeners.forEach((l) => l({ reason: 'ingest' }));
      return SUMMARY;
    }),
    onChange: vi.fn((listener: (c: NotifyContract['libraryChanged']) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    }),
    isEmpty: vi.fn(() => isEmpty),
    close: vi.fn(),
  } satisfies LibraryService;
  return service;
}
