// Shared test helpers: temp folders, and the TypeScript worker entry run through tsx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerSource } from '../../electron/library/ingest/worker-pool';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real worker entry, compiled on the fly by tsx inside the worker thread. */
export const TS_WORKER: WorkerSource = {
  path: path.join(REPO_ROOT, 'electron/library/ingest/extract-worker.ts'),
  execArgv: ['--require', 'tsx/cjs'],
};

const made: string[] = [];

export function tempDir(prefix = 'eventline-lib-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
