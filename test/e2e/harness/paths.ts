// Where the harness finds the built renderer, the sample corpus and the screenshot folder.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { inject } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `npm run build`'s renderer output (the e2e global setup builds a private copy instead). */
export const RENDERER_DIST = join(REPO_ROOT, 'dist', 'renderer');
export const RENDERER_CONFIG = join(REPO_ROOT, 'renderer', 'vite.config.mts');
export const SAMPLE_DOCUMENTS = join(REPO_ROOT, 'assets', 'documents');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test', 'e2e', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The renderer build this test run serves (from global-setup.ts). */
export function rendererDist(): string {
  return inject('eventlineRendererDist') ?? RENDERER_DIST;
}

/** Why e2e tests cannot run here, or null when they can (use with describe.skipIf). Under CI nothing
 * is skipped: a missing Chromium or renderer build must fail the run, not quietly pass it. */
export function e2eUnavailable(): string | null {
  if (process.env.CI) return null;
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
  if (!existsSync(join(rendererDist(), 'index.html'))) return `the renderer is not built (${RENDERER_CONFIG} missing or its build failed)`;
  return null;
}
