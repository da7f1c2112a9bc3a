// Adding documents from the renderer: the empty library's call to action, drag and drop onto the
// window, the progress bar with Cancel, and the list of files that could not be read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eUnavailable, launchApp, type App } from './harness';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`[e2e] ingest UI test skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('adding documents in the app', () => {
  let app: App;
  let dir: string;
  const good = () => join(dir, 'bridge.txt');
  const bad = () => join(dir, 'broken.pdf');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eventline-e2e-ingest-'));
    writeFileSync(good(), 'date 2023-05-01\nThe new bridge over the river opened in 2019 after a decade of delays. Plans are at https://example.org/bridge.\n');
    writeFileSync(bad(), '%PDF-1.7\n this is not really a PDF \u0000\u0001\u0002');
    app = await launchApp({ documents: [] });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('greets an empty library with a call to action', async () => {
    await app.page.getByRole('heading', { name: 'Your timeline is empty' }).waitFor();
    expect(await app.page.getByRole('button', { name: 'Open files…' }).count()).toBe(1);
    await app.screenshot('app-ingest-1-empty');
  });

  it('shows ingest progress with a Cancel button, until the ingest ends', async () => {
    await app.notify('ingestProgress', { done: 1, total: 4, current: join(dir, 'report.pdf') });
    const bar = app.page.getByRole('progressbar', { name: 'Ingest progress' });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('1');
    expect(await bar.getAttribute('aria-valuemax')).toBe('4');
    expect(await app.page.locator('.ingest-progress').textContent()).toMatch(/1 of 4.*report\.pdf/);
    await app.screenshot('app-ingest-2-progress');
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    await app.notify('ingestProgress', { done: 4, total: 4, current: null });
    await expect.poll(() => bar.count()).toBe(0);
  });

  it('adds dropped files, reports the unreadable one and lists it on demand', async () => {
    await app.dropFiles([good(), bad()]);
    const notice = app.page.locator('.ingest-notice');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toMatch(/1 document added; 1 file could not be read\./);
    await app.page.getByRole('listbox', { name: /Events in date order/ }).getByRole('option').first().waitFor();
    expect(await app.page.getByRole('listbox', { name: /Events in date order/ }).textContent()).toContain('2019');
    expect(await app.page.getByRole('button', { name: /1 error/ }).count()).toBe(1);

    await notice.getByRole('button', { name: 'Show errors' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Files that could not be read' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('li').count()).toBe(1);
    expect(await dialog.locator('.error-path').textContent()).toBe(bad());
    expect((await dialog.locator('.error-message').textContent())?.length).toBeGreaterThan(5);
    await app.screenshot('app-ingest-3-errors');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('opens a link in the source only through the app, after a click', async () => {
    const url = app.page.url();
    await app.page.getByRole('listbox', { name: /Events in date order/ }).getByRole('option').filter({ hasText: '2019' }).click();
    await app.page.getByRole('button', { name: 'Open source' }).click();
    const link = app.page.locator('.reader-text a');
    expect(await link.textContent()).toBe('https://example.org/bridge');
    expect(app.externalUrls).toEqual([]);
    await link.click();
    await expect.poll(() => app.externalUrls).toEqual(['https://example.org/bridge']);
    expect(app.page.url()).toBe(url);
    await app.page.getByRole('button', { name: '← Back to timeline' }).click();
  });

  it('opens the error list from the menu command too', async () => {
    await app.notify('menuCommand', { command: 'showErrors' });
    const dialog = app.page.getByRole('dialog', { name: 'Files that could not be read' });
    await expect.poll(() => dialog.locator('li').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('adds a folder through the Open folder dialog', async () => {
    const sub = mkdtempSync(join(dir, 'more-'));
    writeFileSync(join(sub, 'summit.md'), '---\ntitle: Summit notes\ndate: 2022-06-10\n---\n\nThe summit took place in the summer of 2020.\n');
    app.dialog.nextOpenPaths([sub]);
    await app.page.getByRole('button', { name: 'Open folder', exact: true }).click();
    await expect.poll(() => app.page.locator('.ingest-notice').textContent(), { timeout: 20_000 }).toMatch(/1 document added/);
    await expect.poll(async () => (await app.page.getByRole('listbox', { name: /Events in date order/ }).textContent()) ?? '').toContain('summer 2020');

    // Two documents now: the document filter narrows to one of them.
    await app.page.getByRole('button', { name: /^Filters/ }).click();
    await app.page.getByRole('group', { name: 'Filters' }).getByRole('checkbox', { name: /^bridge/ }).check();
    await expect.poll(async () => (await app.page.getByRole('listbox', { name: /Events in date order/ }).getByRole('option').allTextContents()).every((r) => r.includes('bridge'))).toBe(true);
    expect(await app.page.getByRole('listbox', { name: /Events in date order/ }).textContent()).not.toContain('summer 2020');
    await app.screenshot('app-ingest-4-two-documents');
    expect(app.pageErrors).toEqual([]);
  });
});
