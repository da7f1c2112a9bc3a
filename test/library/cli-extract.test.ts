// `npm run -s extract -- --json PATH...` on a mixed folder: every format with its date and source,
// unreadable files listed in `errors`, exit code 0; wrong usage exits with 2.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../electron/shared/model';
import { EXPECTED, writeMixedFolder } from '../fixtures/mixed-folder';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers';

const extract = (...args: string[]) => spawnSync('npm', ['run', '-s', 'extract', '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });

let dir = '';
beforeAll(async () => {
  dir = path.join(tempDir(), 'mixed');
  await writeMixedFolder(dir);
  writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7 this is not really a pdf');
  writeFileSync(path.join(dir, 'empty.md'), '');
});
afterAll(removeTempDirs);

describe('extract --json', { timeout: 60_000 }, () => {
  it('gives each format its date and source, lists unreadable files, exits 0', () => {
    const run = extract('--json', dir);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Extraction;
    for (const want of EXPECTED) {
      expect(out.documents.find((d) => d.path === path.join(dir, want.file)), want.file).toMatchObject({ format: want.format, dct: want.dct, dctSource: want.dctSource });
    }
    expect(out.documents).toHaveLength(EXPECTED.length);
    expect(out.errors).toEqual([
      { path: path.join(dir, 'broken.pdf'), message: expect.stringMatching(/^not a readable PDF/) },
      { path: path.join(dir, 'empty.md'), message: 'empty file' },
    ]);
    const ids = new Set(out.documents.map((d) => d.id));
    expect(out.events.length).toBeGreaterThan(0);
    expect(out.events.every((e) => ids.has(e.documentId))).toBe(true);
  });

  it('exits with 2 and a usage message on wrong usage', () => {
    const run = extract('--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage/);
  });
});
