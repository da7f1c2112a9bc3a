// Extraction in worker threads: same results as in-process, progress, cancel, and the per-file time limit.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestProgress } from '../../electron/shared/contract';
import { createLibraryService } from '../../electron/library/service';
import { writeMixedFolder } from '../fixtures/mixed-folder';
import { removeTempDirs, tempDir, TS_WORKER } from './helpers';

let docs = '';
beforeAll(async () => {
  docs = path.join(tempDir(), 'docs');
  await writeMixedFolder(docs);
});
afterAll(removeTempDirs);

const strip = (e: { id: string }) => e.id;

describe('worker-thread ingestion', { timeout: 60_000 }, () => {
  it('gives the same documents and events as in-process extraction, with progress', async () => {
    const inProcess = createLibraryService({ dbPath: ':memory:', watch: false });
    const threaded = createLibraryService({ dbPath: ':memory:', watch: false, worker: TS_WORKER, workers: 2 });
    try {
      const progress: IngestProgress[] = [];
      const summary = await threaded.addPaths({ paths: [docs] }, { onProgress: (p) => progress.push(p) });
      await inProcess.addPaths({ paths: [docs] });
      expect(summary).toMatchObject({ added: 6, errors: [], cancelled: false });
      expect(threaded.listDocuments({})).toEqual(inProcess.listDocuments({}));
      expect(threaded.listEvents({}).map(strip)).toEqual(inProcess.listEvents({}).map(strip));
      expect(progress.at(-1)).toEqual({ done: 6, total: 6, current: null });
      expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
      expect(new Set(progress.map((p) => p.current).filter(Boolean)).size).toBe(6);
    } finally {
      inProcess.close();
      threaded.close();
    }
  });

  it('terminates a worker that exceeds the time limit and records the error; other files continue', async () => {
    const lib = createLibraryService({ dbPath: ':memory:', watch: false, worker: TS_WORKER, workers: 1, timeLimitMs: 1 });
    try {
      const summary = await lib.addPaths({ paths: [path.join(docs, 'report.pdf')] });
      expect(summary.errors).toEqual([{ path: path.join(docs, 'report.pdf'), message: 'extraction took longer than 1 ms; the file was abandoned' }]);
      expect(lib.isEmpty()).toBe(true);
    } finally {
      lib.close();
    }
  });

  it('cancelIngest stops the running ingest', async () => {
    const lib = createLibraryService({ dbPath: ':memory:', watch: false, worker: TS_WORKER, workers: 1 });
    try {
      const summary = await lib.addPaths({ paths: [docs] }, { onProgress: (p) => p.done === 1 && lib.cancelIngest({}) });
      expect(summary.cancelled).toBe(true);
      expect(lib.listDocuments({}).length).toBeLessThan(6);
    } finally {
      lib.close();
    }
  });

  it('stops on cancel and says so', async () => {
    const lib = createLibraryService({ dbPath: ':memory:', watch: false, worker: TS_WORKER, workers: 1 });
    try {
      const controller = new AbortController();
      const summary = await lib.addPaths({ paths: [docs] }, { signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() });
      expect(summary.cancelled).toBe(true);
      expect(lib.listDocuments({}).length).toBeLessThan(6);
      // A later ingest picks up where it stopped.
      expect(await lib.addPaths({ paths: [docs] })).toMatchObject({ cancelled: false, errors: [] });
      expect(lib.listDocuments({})).toHaveLength(6);
    } finally {
      lib.close();
    }
  });
});
