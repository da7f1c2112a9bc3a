// Global setup of the vitest `e2e` project: builds the renderer once for every e2e test file, into a
// folder of this run's own (several people run e2e tests in one checkout at once: a shared
// dist/renderer rebuilt under a running test would vanish beneath its server).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, RENDERER_CONFIG, RENDERER_DIST } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's built renderer is ('' when it could not be built). */
    eventlineRendererDist: string;
  }
}

export default function buildRenderer(project: TestProject): (() => void) | undefined {
  if (process.env.EVENTLINE_E2E_SKIP_BUILD === '1') {
    // Reuse `npm run build`'s output, for quick reruns.
    project.provide('eventlineRendererDist', RENDERER_DIST);
    return undefined;
  }
  if (!existsSync(RENDERER_CONFIG)) {
    console.warn(`[e2e] ${RENDERER_CONFIG} does not exist yet: e2e tests will be skipped`);
    project.provide('eventlineRendererDist', '');
    return undefined;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'eventline-e2e-renderer-'));
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // A failed build fails the run loudly: e2e tests on a stale renderer would test the wrong thing.
  execFileSync(process.execPath, [vite, 'build', '--config', RENDERER_CONFIG, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  project.provide('eventlineRendererDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
