// Vitest global setup: every temp file and folder the tests make (mkdtemp under os.tmpdir()) lands in
// one folder for the run, removed at the end, so runs leave nothing behind in the system's temp dir.
// Kept short and made once: Chromium puts a unix socket under TMPDIR, and those paths are capped at 108 bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): (() => void) | undefined {
  if (process.env.EVENTLINE_TEST_TMP) return undefined; // projects inherit the root's setup: once is enough
  const root = mkdtempSync(join(tmpdir(), 'eventline-'));
  process.env.EVENTLINE_TEST_TMP = root;
  // Test workers, child processes and Chromium are started after this and inherit it.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
