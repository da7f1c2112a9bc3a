// The transport-independent handlers: cancelling, cancelled dialogs, exports, projects, notifications.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch, forwardLibraryChanges, seedIfEmpty, type ShellHost } from '../../electron/main/dispatch';
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
const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'eventline-dispatch-')), name);

describe('dispatch', () => {
  it('cancelIngest reaches the library, which stops every ingest it runs', async () => {
    const library = fakeLibrary();
    const handlers = createHandlers(library, fakeHost());
    await dispatch(handlers, 'cancelIngest', {});
    expect(library.cancelIngest).toHaveBeenCalledWith({});
  });

  it('a cancelled open dialog ingests nothing', async () => {
    const library = fakeLibrary();
    const summary = await dispatch(createHandlers(library, fakeHost()), 'openDocuments', { kind: 'files' });
    expect(summary).toEqual({ added: 0, updated: 0, unchanged: 0, errors: [], cancelled: true });
    expect(library.addPaths).not.toHaveBeenCalled();
  });

  it('writes a text export from the library to the chosen path, with the query', async () => {
    const path = tempFile('t.csv');
    const library = fakeLibrary();
    const result = await dispatch(createHandlers(library, fakeHost({ chooseSavePath: async () => path })), 'exportTimeline', { format: 'csv', query: { text: 'x' } });
    expect(result).toEqual({ path });
    expect(library.exportData).toHaveBeenCalledWith({ format: 'csv', query: { text: 'x' } });
    expect(readFileSync(path, 'utf8')).toBe('start,end\n');
  });

  it('saves and opens projects at the paths the dialogs return, and not when cancelled', async () => {
    const library = fakeLibrary();
    const path = tempFile('case.eventline');
    const host = fakeHost({ chooseSavePath: vi.fn(async () => path), chooseOpenPaths: vi.fn(async () => [path]) });
    const handlers = createHandlers(library, host);
    await expect(dispatch(handlers, 'saveProject', { view: { theme: 'dark' } })).resolves.toEqual({ path });
    expect(library.saveProject).toHaveBeenCalledWith({ view: { theme: 'dark' }, path });
    await expect(dispatch(handlers, 'openProject', {})).resolves.toEqual({ view: {}, missing: [] });
    expect(host.chooseOpenPaths).toHaveBeenCalledWith('project');
    expect(library.openProject).toHaveBeenCalledWith({ path });
    const cancelled = createHandlers(library, fakeHost());
    await expect(dispatch(cancelled, 'saveProject', { view: {} })).resolves.toBeNull();
    await expect(dispatch(cancelled, 'openProject', {})).resolves.toBeNull();
    expect(library.saveProject).toHaveBeenCalledTimes(1);
  });

  it('forwards library changes and progress once each, until stopped', async () => {
    const library = fakeLibrary();
    const host = fakeHost();
    const stop = forwardLibraryChanges(library, host);
    await dispatch(createHandlers(library, host), 'addDroppedFiles', { paths: ['/x/a.txt'] });
    expect(vi.mocked(host.notify).mock.calls).toEqual([
      ['ingestProgress', { done: 1, total: 2, current: '/x/a.txt' }],
      ['libraryChanged', { reason: 'ingest' }],
    ]);
    stop();
    expect(library.listeners()).toBe(0);
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
