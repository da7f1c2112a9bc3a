// The harness's stand-ins behave as main does: open and save dialogs, PNG/PDF capture, drag and drop,
// progress and change notifications, and the openExternal gate. Driven through window.eventline only,
// so these hold whatever the renderer currently draws.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eUnavailable, launchApp, type App } from './index';

const unavailable = e2eUnavailable();

describe.skipIf(unavailable !== null)('e2e harness stand-ins', () => {
  let app: App;
  const work = mkdtempSync(join(tmpdir(), 'eventline-harness-'));
  beforeAll(async () => {
    app = await launchApp({ documents: [] });
  });
  afterAll(async () => {
    await app?.close();
  });

  const run = <T>(script: string) => app.page.evaluate(script) as Promise<T>;

  it('starts with an empty library when given no documents', async () => {
    expect(await run('window.eventline.listDocuments({})')).toEqual([]);
  });

  it('ingests the folder the open dialog returns, streaming progress and a change to the page', async () => {
    const folder = join(work, 'docs');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'date 2020-05-01\nThe summit opened on Monday in Geneva.\n');
    writeFileSync(join(folder, 'b.txt'), 'date 2021-03-02\nThe talks collapsed in 2019.\n');
    await run(`(() => {
      window.__progress = [];
      window.__changes = [];
      window.eventline.on('ingestProgress', (p) => window.__progress.push(p));
      window.eventline.on('libraryChanged', (c) => window.__changes.push(c.reason));
    })()`);
    app.dialog.nextOpenPaths([folder]);
    const summary = await run<{ added: number; errors: unknown[] }>(`window.eventline.openDocuments({ kind: 'folder' })`);
    expect(summary).toMatchObject({ added: 2, errors: [] });
    await expect.poll(() => run<string[]>('window.__changes')).toContain('ingest');
    const progress = await run<{ done: number; total: number }[]>('window.__progress');
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
    expect((await run<unknown[]>('window.eventline.listDocuments({})')).length).toBe(2);
  });

  it('treats an open dialog with nothing queued as cancelled', async () => {
    expect(await run(`window.eventline.openDocuments({ kind: 'files' })`)).toMatchObject({ added: 0, cancelled: true });
  });

  it('exports a PNG capture and a PDF print to the path the save dialog returns', async () => {
    app.dialog.nextSavePath(join(work, 'view.png'));
    expect(await run(`window.eventline.exportTimeline({ format: 'png' })`)).toEqual({ path: join(work, 'view.png') });
    expect(readFileSync(join(work, 'view.png')).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // Only the timeline's area when the page has one (electron/main/capture-area.ts), else the window.
    const png = readFileSync(join(work, 'view.png'));
    const area = await run<{ width: number; height: number } | null>(`(() => {
      const el = document.querySelector('[data-export="timeline"], section[aria-label="Timeline"]');
      return el ? { width: Math.round(el.getBoundingClientRect().width), height: Math.round(el.getBoundingClientRect().height) } : null;
    })()`);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(area ?? { width: 1280, height: 800 });
    app.dialog.nextSavePath(join(work, 'report.pdf'));
    await run(`window.eventline.exportTimeline({ format: 'pdf' })`);
    expect(readFileSync(join(work, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await run(`window.eventline.exportTimeline({ format: 'png' })`)).toBeNull();
    expect(app.saveRequests.slice(0, 3)).toEqual(['png', 'pdf', 'png']);
  });

  it('writes a text export and a project file from the real library through the save dialog', async () => {
    app.dialog.nextSavePath(join(work, 'timeline.csv'));
    expect(await run(`window.eventline.exportTimeline({ format: 'csv' })`)).toEqual({ path: join(work, 'timeline.csv') });
    expect(readFileSync(join(work, 'timeline.csv'), 'utf8')).toMatch(/Geneva/);
    app.dialog.nextSavePath(join(work, 'case.eventline'));
    expect(await run(`window.eventline.saveProject({ view: { lanesByDocument: true } })`)).toEqual({ path: join(work, 'case.eventline') });
    app.dialog.nextOpenPaths([join(work, 'case.eventline')]);
    expect(await run(`window.eventline.openProject({})`)).toEqual({ view: { lanesByDocument: true }, missing: [] });
  });

  it('drops files whose paths the page resolves with pathForFile', async () => {
    await run(`(() => {
      window.__dropped = [];
      document.body.addEventListener('drop', (e) => {
        window.__dropped.push(...[...e.dataTransfer.files].map((f) => window.eventline.pathForFile(f)));
      });
    })()`);
    await app.dropFiles([join(work, 'docs', 'a.txt')]);
    expect(await run('window.__dropped')).toEqual([join(work, 'docs', 'a.txt')]);
  });

  it('opens only http(s) links, and only through openExternal', async () => {
    await run(`window.eventline.openExternal({ url: 'https://example.com/story' })`);
    const refused = await run<string>(`window.eventline.openExternal({ url: 'javascript:alert(1)' }).then(() => 'opened', (e) => e.message)`);
    expect(refused).toMatch(/only http\(s\) URLs/);
    expect(app.externalUrls).toEqual(['https://example.com/story']);
  });
});
