// Global setup of the vitest `e2e` project: builds the renderer once for every e2e test file.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, RENDERER_CONFIG } from './paths';

export default function buildRenderer(): void {
  if (!existsSync(RENDERER_CONFIG)) {
    console.warn(`[e2e] ${RENDERER_CONFIG} does not exist yet: e2e tests will be skipped`);
    return;
  }
  if (process.env.EVENTLINE_E2E_SKIP_BUILD === '1') return;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // A failed build fails the run loudly: e2e tests on a stale renderer would test the wrong thing.
  execFileSync(process.execPath, [vite, 'build', '--config', RENDERER_CONFIG, '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
