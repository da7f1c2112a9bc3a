// A process killed (SIGKILL) in the middle of an ingest leaves a sound library: every document is
// whole (all its paragraphs and events) or absent, the indexes agree, and ingest can resume.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLibraryService } from '../../electron/library/service';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

const FILES = 40;
/** Enough paragraphs per file that a kill lands inside a document's transaction now and then. */
const PARAGRAPHS = 60;
const paragraphs = (i: number) => Array.from({ length: PARAGRAPHS }, (_, p) => `Paragraph ${p} of file ${i}: the bridge opened in ${1900 + ((i + p) % 120)} and closed in March ${1950 + (p % 70)}.`).join('\n');

describe('a process killed mid-ingest', { timeout: 120_000 }, () => {
  it('leaves no half document and a library that resumes', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'docs');
    mkdirSync(folder);
    for (let i = 0; i < FILES; i++) writeFileSync(path.join(folder, `f${String(i).padStart(3, '0')}.txt`), `date 2020-01-01 ${paragraphs(i)}`);
    const dbPath = path.join(dir, 'lib.sqlite');

    const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(REPO_ROOT, 'test/library/crash-child.ts'), dbPath, folder], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const done = Math.max(0, ...[...d.toString().matchAll(/done (\d+)/g)].map((m) => Number(m[1])));
        if (done >= 3) resolve();
      });
      child.on('exit', () => reject(new Error(`child ended before the kill: ${stderr}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const docs = db.prepare('SELECT id, paragraph_count, event_count FROM documents').all() as { id: string; paragraph_count: number; event_count: number }[];
    expect(docs.length).toBeGreaterThanOrEqual(3);
    expect(docs.length).toBeLessThan(FILES);
    for (const d of docs) {
      expect(db.prepare('SELECT count(*) FROM paragraphs WHERE document_id = ?').pluck().get(d.id)).toBe(PARAGRAPHS);
      expect(d.paragraph_count).toBe(PARAGRAPHS);
      expect(db.prepare('SELECT count(*) FROM events WHERE document_id = ?').pluck().get(d.id)).toBe(d.event_count);
    }
    expect(db.prepare('SELECT count(*) FROM paragraphs WHERE document_id NOT IN (SELECT id FROM documents)').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM events WHERE document_id NOT IN (SELECT id FROM documents)').pluck().get()).toBe(0);
    // The full-text indexes agree with their tables.
    db.prepare("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)").run();
    db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
    db.close();

    const lib = createLibraryService({ dbPath, watch: false, rescanOnOpen: false });
    try {
      const summary = await lib.addPaths({ paths: [folder] });
      expect(summary).toMatchObject({ unchanged: docs.length, added: FILES - docs.length, errors: [] });
    } finally {
      lib.close();
    }
  });
});
