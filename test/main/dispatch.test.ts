// The transport-independent handlers: cancelling, error lists, cancelled dialogs, upcoming service methods.
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch, seedIfEmpty, type ShellHost } from '../../electron/main/dispatch';
import type { LibraryService } from '../../electron/library/service';
import { fakeLibrary, SUMMARY } from './fake-library';

function fakeHost(overrides: Partial<ShellHost> = {}): ShellHost {
  return {
    chooseOpenPaths: vi.fn(async () => null),
    chooseSavePath: vi.fn(async () => null),
    capturePng: vi.fn(async () => new Uint8Array()),
    printPdf: vi.fn(async () => new Uint8Array()),
    openExternal: vi.fn(async () => undefined),
    notify: vi.fn(),
    ...overrides,
  };
}

describe('dispatch', () => {
  it('cancelIngest aborts every running ingest', async () => {
    const library = fakeLibrary();
    let signal: AbortSignal | undefined;
    library.addPaths.mockImplementationOnce(async (_req, options) => {
      signal = options?.signal;
      await new Promise<void>((resolve) => options?.signal?.addEventListener('abort', () => resolve()));
      return { ...SUMMARY, cancelled: true };
    });
    const handlers = createHandlers(library, fakeHost());
    const running = dispatch(handlers, 'addDroppedFiles', { paths: ['/x/a.txt'] });
    await vi.waitFor(() => expect(signal).toBeDefined());
    expect(signal?.aborted).toBe(false);
    await dispatch(handlers, 'cancelIngest', {});
    expect(signal?.aborted).toBe(true);
    await expect(running).resolves.toMatchObject({ cancelled: true });
  });

  it('a cancelled open dialog ingests nothing', async () => {
    const library = fakeLibrary();
    const summary = await dispatch(createHandlers(library, fakeHost()), 'openDocuments', { kind: 'files' });
    expect(summary).toEqual({ added: 0, updated: 0, unchanged: 0, errors: [], cancelled: true });
    expect(library.addPaths).not.toHaveBeenCalled();
  });

  it('calls a service method another engineer adds, once it exists', async () => {
    const removeDocuments = vi.fn();
    const library: LibraryService & { removeDocuments: typeof removeDocuments } = { ...fakeLibrary(), removeDocuments };
    await dispatch(createHandlers(library, fakeHost()), 'removeDocuments', { ids: ['d1'] });
    expect(removeDocuments).toHaveBeenCalledWith({ ids: ['d1'] });
    await expect(dispatch(createHandlers(fakeLibrary(), fakeHost()), 'removeDocuments', { ids: ['d1'] })).rejects.toThrow(/not available yet/);
  });

  it('writes a text export from the service to the chosen path', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'eventline-dispatch-')), 't.csv');
    const exportData = vi.fn(() => 'start,end\n');
    const library = { ...fakeLibrary(), exportData };
    const result = await dispatch(createHandlers(library, fakeHost({ chooseSavePath: async () => path })), 'exportTimeline', { format: 'csv', query: { text: 'x' } });
    expect(result).toEqual({ path });
    expect(exportData).toHaveBeenCalledWith({ format: 'csv', query: { text: 'x' } });
    expect(readFileSync(path, 'utf8')).toBe('start,end\n');
  });

  it('seeds only an empty library', async () => {
    const full = fakeLibrary(false);
    await seedIfEmpty(full, ['/seed']);
    expect(full.addPaths).not.toHaveBeenCalled();
    const empty = fakeLibrary(true);
    await seedIfEmpty(empty, ['/seed']);
    expect(empty.addPaths).toHaveBeenCalledWith({ paths: ['/seed'] });
  });
});

describe('dispatch over a library with its own progress stream', () => {
  it('forwards each progress report once and cancels the library’s own ingests too', async () => {
    const progress = new Set<(p: { done: number; total: number; current: string | null }) => void>();
    const cancelIngest = vi.fn();
    const base = fakeLibrary();
    const library = {
      ...base,
      cancelIngest,
      onProgress: (listener: (p: { done: number; total: number; current: string | null }) => void) => {
        progress.add(listener);
        return () => void progress.delete(listener);
      },
    };
    base.addPaths.mockImplementationOnce(async (_req, options) => {
      expect(options?.onProgress).toBeUndefined();
      progress.forEach((l) => l({ done: 1, total: 1, current: '/x/a.txt' }));
      return SUMMARY;
    });
    const host = fakeHost();
    const { forwardLibraryChanges } = await import('../../electron/main/dispatch');
    const stop = forwardLibraryChanges(library, host);
    const handlers = createHandlers(library, host);
    await dispatch(handlers, 'addDroppedFiles', { paths: ['/x/a.txt'] });
    expect(vi.mocked(host.notify).mock.calls.filter(([channel]) => channel === 'ingestProgress')).toEqual([['ingestProgress', { done: 1, total: 1, current: '/x/a.txt' }]]);
    await dispatch(handlers, 'cancelIngest', {});
    expect(cancelIngest).toHaveBeenCalledWith({});
    stop();
    expect(progress.size).toBe(0);
  });
});
