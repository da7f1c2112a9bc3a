// The pool's failure handling: a crashed or hung worker costs only its file; the pool replaces it.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtractPool, type ExtractPool } from '../../electron/library/ingest/worker-pool';
import { REPO_ROOT } from './helpers';

const worker = { path: path.join(REPO_ROOT, 'test/fixtures/fake-extract-worker.cjs') };
const task = (p: string) => ({ path: p, known: null, userDct: null });
let pool: ExtractPool;
afterEach(() => pool.close());

describe('extraction worker pool', { timeout: 30_000 }, () => {
  it('reports a worker that exits and carries on with a new one', async () => {
    pool = createExtractPool({ worker, size: 1 });
    expect(await pool.run(task('/a/exit.txt'))).toEqual({ kind: 'error', message: 'extraction worker stopped (exit code 3)' });
    expect(await pool.run(task('/a/fine.txt'))).toEqual({ kind: 'unchanged', stamp: { size: 1, mtimeMs: 1 } });
  });

  it('terminates a hung worker at the time limit while the other files go on', async () => {
    pool = createExtractPool({ worker, size: 2, timeLimitMs: 1500 });
    const started = Date.now();
    const results = await Promise.all(['/a/hang.txt', '/a/one.txt', '/a/two.txt', '/a/three.txt'].map((p) => pool.run(task(p))));
    expect(results[0]).toEqual({ kind: 'error', message: 'extraction took longer than 1.5 s; the file was abandoned' });
    expect(results.slice(1).map((r) => r.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await pool.run(task('/a/after.txt'))).toMatchObject({ kind: 'unchanged' });
  });

  it('cancels running tasks', async () => {
    pool = createExtractPool({ worker, size: 1, timeLimitMs: 20_000 });
    const hung = pool.run(task('/a/hang.txt'));
    setTimeout(() => pool.cancelAll(), 200);
    expect(await hung).toEqual({ kind: 'cancelled' });
  });
});
