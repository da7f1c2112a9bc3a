import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    globalSetup: ['test/temp-root.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'node_modules/**'], environment: 'node' },
      },
      {
        extends: true,
        // Real Chromium through playwright-core: slower, and one browser at a time on 2 cores.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false, globalSetup: ['test/temp-root.ts', 'test/e2e/harness/global-setup.ts'] },
      },
    ],
  },
});
