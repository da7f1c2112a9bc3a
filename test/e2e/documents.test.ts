// The Documents view end to end, in real Chromium on the real library: a document dated only by its
// file shows as a guess; setting its date re-resolves "yesterday"; removing a document, and a watched
// folder, takes their events off the list and the timeline.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eUnavailable, launchApp, type App } from './harness';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`[e2e] documents test skipped: ${unavailable}`);

// No date line: the date can only come from the file's modification time.
const NOTES = 'The council met yesterday to discuss the flood barrier.\n\nThe river burst its banks last week, and the mayor visited on Monday.\n';
const HARBOUR = 'date 2021-05-01\nThe old harbour reopened in 2019 after the storm.\n';
const MTIME = new Date(Date.UTC(2023, 5, 15, 12)); // Thu 15 Jun 2023, noon UTC: the same day everywhere near Europe

describe.skipIf(unavailable !== null)('the Documents view', () => {
  let app: App;
  const dir = mkdtempSync(path.join(tmpdir(), 'eventline-e2e-docs-'));
  const watched = mkdtempSync(path.join(tmpdir(), 'eventline-e2e-watched-'));
  const notes = path.join(dir, 'council-notes.txt');
  const options = (): Locator => app.page.getByRole('listbox', { name: /Events in date order/ }).getByRole('option');
  const timelineItems = (text: string): Locator => app.page.locator('.vis-item.tl-event').filter({ hasText: text });
  const dialog = (): Locator => app.page.getByRole('dialog', { name: /^Documents/ });
  const row = (title: string): Locator => dialog().getByRole('listitem', { name: title, exact: true });
  const optionTexts = async () => (await options().allTextContents()).join('\n');
  const focusedLabel = () => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
  const openDocuments = async () => {
    await app.page.getByRole('button', { name: 'Documents', exact: true }).click();
    await dialog().waitFor();
  };

  beforeAll(async () => {
    writeFileSync(notes, NOTES);
    utimesSync(notes, MTIME, MTIME);
    writeFileSync(path.join(watched, 'harbour.txt'), HARBOUR);
    app = await launchApp({ documents: [notes] });
    await options().first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(watched, { recursive: true, force: true });
  });

  it('shows a document dated by its file as a guess, and gives focus back when closed', async () => {
    expect(await optionTexts()).toMatch(/Wed 14 Jun 2023/); // "yesterday" from the file's date
    await openDocuments();
    const notesRow = row('council-notes');
    expect(await notesRow.getByTestId('document-date').textContent()).toBe('Dated Thursday 15 June 2023');
    expect(await notesRow.getByTestId('document-source').textContent()).toBe("Source: the file's modification date — no date found in the documentguess — please check");
    expect(await notesRow.textContent()).toMatch(/Text · 3 events/);
    expect(await dialog().getByRole('heading', { name: 'Watched folders' }).count()).toBe(1);
    expect(await dialog().textContent()).toMatch(/No watched folders/);
    await app.screenshot('documents-1-dated-by-file');

    // Escape in the date form leaves the form only, and focus returns to its button.
    await notesRow.getByRole('button', { name: 'Set date… of council-notes' }).click();
    await notesRow.getByLabel('Date of this document').waitFor();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => notesRow.getByRole('form').count()).toBe(0);
    expect(await dialog().count()).toBe(1);
    await expect.poll(focusedLabel).toBe('Set date… of council-notes');

    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(focusedLabel).toBe('Documents');
    expect(await options().count()).toBeGreaterThan(0); // the app's own Escape did nothing else
  });

  it('sets the date from the event panel\'s link, and "yesterday" follows it', async () => {
    await options().filter({ hasText: 'Jun 2023' }).first().click();
    const panel = app.page.locator('aside.event-panel');
    expect(await panel.getByTestId('why-this-date').textContent()).toMatch(/modification date/);
    await panel.getByRole('button', { name: "Set the document's date" }).click();
    await dialog().waitFor();
    const form = row('council-notes').getByRole('form', { name: 'Set the date of council-notes' });
    const input = form.getByLabel('Date of this document');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('date'); // straight to the date
    expect(await input.inputValue()).toBe('2023-06-15');
    await input.fill('2020-03-10');
    await app.screenshot('documents-2-set-date');
    await form.getByRole('button', { name: 'Save date' }).click();

    await expect.poll(() => row('council-notes').getByTestId('document-date').textContent()).toBe('Dated Tuesday 10 March 2020');
    expect(await row('council-notes').getByTestId('document-source').textContent()).toBe('Source: set by you');
    expect(await dialog().getByRole('status').textContent()).toMatch(/now dated Tuesday 10 March 2020/);
    expect(await form.count()).toBe(0);
    await expect.poll(optionTexts).toMatch(/Mon 9 Mar 2020/);
    expect(await optionTexts()).not.toMatch(/2023/);
    // The timeline (left on Jun 2023 by the click above) moves to the document's events at their new dates.
    const moved = ((await options().filter({ hasText: '9 Mar 2020' }).first().locator('.event-row-label').textContent()) ?? '').trim();
    const plot = await app.page.locator('.vis-panel.vis-center').boundingBox();
    if (plot === null) throw new Error('no timeline plot');
    await expect
      .poll(async () => {
        const box = await app.page.locator('.vis-item.tl-event', { hasText: moved }).first().boundingBox();
        return box !== null && box.x >= plot.x && box.x <= plot.x + plot.width;
      })
      .toBe(true);
    await app.screenshot('documents-3-date-set');
    await dialog().getByRole('button', { name: 'Close documents' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    // The link is gone (the date is the user's now), so focus falls back on the toolbar's button.
    await expect.poll(focusedLabel).toBe('Documents');
  });

  it('adds a watched folder and lists it with its documents, also from the overview', async () => {
    app.dialog.nextOpenPaths([watched]);
    await app.page.getByRole('button', { name: 'Open folder' }).click();
    await expect.poll(optionTexts, { timeout: 20_000 }).toMatch(/2019/);
    await app.service.idle();
    if (await app.page.locator('aside.event-panel:not(.overview)').count()) await app.page.getByRole('button', { name: 'Close event panel' }).click();
    // A small window in dark mode: the view must stay usable and readable there too.
    await app.page.setViewportSize({ width: 800, height: 600 });
    await app.page.getByRole('button', { name: 'Dark mode' }).click();
    await app.page.getByRole('button', { name: 'Manage documents…' }).click();
    await dialog().waitFor();
    const folder = dialog().getByRole('listitem', { name: watched, exact: true });
    expect(await folder.textContent()).toMatch(/ · 1 document(?!s)/);
    expect(await row('harbour').getByTestId('document-date').textContent()).toBe('Dated Saturday 1 May 2021');
    expect(await row('harbour').getByTestId('document-source').textContent()).toBe('Source: its date line');
    await app.screenshot('documents-4-folders-800x600-dark');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(focusedLabel).toBe('Manage documents…');
    await app.page.getByRole('button', { name: 'Dark mode' }).click();
    await app.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('removes a document after confirmation: its events leave the list and the timeline', async () => {
    const label = ((await options().filter({ hasText: '9 Mar 2020' }).first().locator('.event-row-label').textContent()) ?? '').trim();
    expect(label.length).toBeGreaterThan(3);
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await expect.poll(() => timelineItems(label).count()).toBeGreaterThan(0);
    await openDocuments();

    // Escape on the confirmation keeps the document and the Documents view.
    await row('council-notes').getByRole('button', { name: 'Remove from library: council-notes' }).click();
    const confirm = app.page.getByRole('alertdialog', { name: 'Remove “council-notes” from the library?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/takes the document and its 3 events off the timeline/);
    await expect.poll(focusedLabel).toBe('Cancel');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await dialog().count()).toBe(1);
    await expect.poll(focusedLabel).toBe('Remove from library: council-notes');

    await row('council-notes').getByRole('button', { name: 'Remove from library: council-notes' }).click();
    await confirm.waitFor();
    await app.screenshot('documents-5-confirm-remove');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => row('council-notes').count()).toBe(0);
    await expect.poll(optionTexts).not.toMatch(/2020/);
    expect(await optionTexts()).toMatch(/2019/);
    expect((await app.service.listDocuments({})).map((d) => d.title)).toEqual(['harbour']);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => timelineItems(label).count()).toBe(0);
    expect(await timelineItems('2019').count() + (await timelineItems('harbour').count())).toBeGreaterThan(0);
  });

  it('stops watching a folder and removes its documents', async () => {
    await openDocuments();
    const folder = dialog().getByRole('listitem', { name: watched, exact: true });
    await folder.getByRole('button', { name: `Stop watching and remove: ${watched}` }).click();
    const confirm = app.page.getByRole('alertdialog', { name: 'Stop watching this folder?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/takes the document and its 1 event off the timeline/);
    await confirm.getByRole('button', { name: 'Stop watching and remove' }).click();
    await expect.poll(() => folder.count()).toBe(0);
    await expect.poll(async () => (await app.service.listDocuments({})).length).toBe(0);
    expect(app.service.listFolders({})).toEqual([]);
    expect(await dialog().textContent()).toMatch(/No watched folders/);
    await app.screenshot('documents-6-all-removed');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('heading', { name: 'Your timeline is empty' }).waitFor();
    expect(await app.page.locator('.vis-item.tl-event').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
