// Corrections end to end, in real Chromium on the real library: correct an event's date in the panel,
// change the document and re-ingest it, reload, and the correction is still there; tags filter; the
// export dialog writes files that parse (CSV) or are real PNG/PDF.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eUnavailable, launchApp, type App } from './harness';
import { loadPdf } from '../../electron/library/loaders/load-pdf';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`[e2e] corrections test skipped: ${unavailable}`);

const V1 = 'date 2024-10-04\nThe treaty was signed in 1998 after long talks.\nPrices fell in March 2019 and rose again in 2021.\n';
// Revised: a paragraph inserted first and words added, so every offset moves.
const V2 = 'date 2024-10-04\nAn introduction now opens the report.\nAfter many years, the treaty was finally signed in 1998 after long talks.\nPrices fell sharply in March 2019 and rose again in 2021.\n';

describe.skipIf(unavailable !== null)('corrections in the app', () => {
  let app: App;
  const dir = mkdtempSync(path.join(tmpdir(), 'eventline-e2e-corrections-'));
  const file = path.join(dir, 'report.txt');
  // Exports go elsewhere: the documents' folder is watched, and a PDF saved there would join the library.
  const out = mkdtempSync(path.join(tmpdir(), 'eventline-e2e-exports-'));
  const options = (): Locator => app.page.getByRole('listbox', { name: /Events in date order/ }).getByRole('option');
  const panel = (): Locator => app.page.locator('aside.event-panel');
  const openTreaty = async () => {
    await options().filter({ hasText: 'treaty' }).first().click();
    await panel().waitFor();
  };

  beforeAll(async () => {
    writeFileSync(file, V1);
    app = await launchApp({ documents: [dir] });
    await options().first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  /** Corrects the open event's date to the day 1998-06-15 in the panel's form, and waits for it. */
  const correctTreatyTo15June = async (): Promise<void> => {
    await panel().getByRole('button', { name: 'Correct date or label' }).click();
    const form = panel().getByRole('form', { name: 'Correct date and label' });
    await form.getByLabel('Start').fill('1998-06-15');
    await form.getByLabel('End').fill('');
    await form.getByLabel('Precision').selectOption('day');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => panel().getByTestId('normalized-date').textContent()).toBe('Mon 15 Jun 1998');
  };

  it('corrects a date in the panel, and the correction survives re-extraction and a reload', async () => {
    await openTreaty();
    expect(await panel().getByTestId('normalized-date').textContent()).toBe('1998');
    await correctTreatyTo15June();
    expect(await panel().getByTestId('correction-status').textContent()).toMatch(/Corrected by you \(extracted: date 1998\)/);
    expect(await panel().getByTestId('why-this-date').textContent()).toBe('Mon 15 Jun 1998: you corrected this date. The text says “1998”, which was read as 1998.');
    // Marked as corrected in the panel, the list and the timeline.
    expect(await panel().locator('.badge.user-badge').allTextContents()).toContain('corrected');
    expect(await options().filter({ hasText: 'treaty' }).first().getAttribute('class')).toContain('corrected');
    await expect.poll(() => app.page.locator('.vis-item.tl-event.tl-corrected').count()).toBeGreaterThanOrEqual(1);
    await app.screenshot('corrections-1-date-corrected');

    // The document changes on disk and is extracted again; then the page reloads from scratch.
    writeFileSync(file, V2);
    await app.service.addPaths({ paths: [file] });
    await app.service.idle();
    await app.page.reload();
    await options().first().waitFor();
    await openTreaty();
    expect(await panel().getByTestId('normalized-date').textContent()).toBe('Mon 15 Jun 1998');
    expect(await panel().getByTestId('excerpt').textContent()).toMatch(/finally signed in 1998/);
    await app.screenshot('corrections-2-after-reextraction');
  });

  it('reverts a correction to the extracted date, and corrects it again', async () => {
    await openTreaty();
    await panel().getByRole('button', { name: 'Revert to extracted' }).click();
    await expect.poll(() => panel().getByTestId('normalized-date').textContent()).toBe('1998');
    expect(await panel().getByTestId('correction-status').count()).toBe(0);
    await correctTreatyTo15June();
  });

  it('tags an event and filters by the tag', async () => {
    await options().filter({ hasText: 'Prices' }).first().click();
    const form = panel().getByRole('form', { name: 'Note and tags' });
    await form.getByLabel('Tags').fill('economy, prices');
    await form.getByLabel('Note').fill('check the figures');
    await form.getByRole('button', { name: 'Save note and tags' }).click();
    const chip = app.page.getByRole('button', { name: '#economy' });
    await chip.waitFor();
    const before = await options().count();
    await chip.click();
    await expect.poll(() => options().count()).toBeLessThan(before);
    expect((await options().allTextContents()).every((t) => /Prices/.test(t))).toBe(true);
    await app.screenshot('corrections-3-tag-filter');
    await chip.click();
    await expect.poll(() => options().count()).toBe(before);
  });

  it('hides a false positive, shows hidden ones on demand, and unhides it', async () => {
    await options().filter({ hasText: '2021' }).first().click();
    const before = await options().count();
    await panel().getByRole('button', { name: 'Hide (false positive)' }).click();
    await expect.poll(() => options().count()).toBe(before - 1);
    await app.page.getByLabel('Show hidden').check();
    await expect.poll(() => options().count()).toBe(before);
    await options().filter({ hasText: '2021' }).first().click();
    expect(await panel().getByTestId('correction-status').textContent()).toContain('Hidden from the timeline');
    // Shown, but not like the others: muted and struck in the list, faded on the timeline.
    const hiddenRow = options().filter({ hasText: '2021' }).first();
    expect(await hiddenRow.getAttribute('class')).toContain('hidden-event');
    expect(await hiddenRow.locator('.event-row-label').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    await expect.poll(() => app.page.locator('.vis-item.tl-event.tl-hidden').count()).toBe(1);
    expect(await panel().locator('.badge.user-badge').allTextContents()).toContain('hidden');
    await app.screenshot('corrections-8-hidden-shown');
    await panel().getByRole('button', { name: 'Unhide' }).click();
    await app.page.getByLabel('Show hidden').uncheck();
    await expect.poll(() => options().count()).toBe(before);
  });

  it('adds an event from text selected in the reader', async () => {
    await openTreaty();
    await panel().getByRole('button', { name: 'Open source' }).click();
    const reader = app.page.locator('section.reader');
    await reader.waitFor();
    // Select "An introduction now opens" in paragraph 1, as a user dragging the mouse would.
    await app.page.evaluate(() => {
      const p = document.querySelector('.reader-text li[data-paragraph="1"] p')!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 'An introduction now opens'.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await expect.poll(() => reader.getByTestId('selection-preview').textContent()).toContain('“An introduction now opens” (paragraph 1)');
    const form = reader.getByRole('form', { name: 'Add an event from the selected text' });
    await form.getByLabel(/Date/).fill('2023-05');
    await form.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => panel().getByTestId('normalized-date').textContent()).toBe('May 2023');
    expect(await panel().getByRole('heading', { level: 2 }).textContent()).toBe('An introduction now opens');
    expect(await panel().getByTestId('correction-status').textContent()).toContain('Added by you');
    // Once the list has it, the timeline is centred on the new event.
    const plot = await app.page.locator('.vis-panel.vis-center').boundingBox();
    if (plot === null) throw new Error('no timeline plot');
    const added = app.page.locator('.vis-item.tl-event', { hasText: 'An introduction now opens' });
    await expect.poll(() => added.count()).toBe(1);
    await expect
      .poll(async () => {
        const box = await added.boundingBox();
        return box === null ? Infinity : Math.abs(box.x + box.width / 2 - (plot.x + plot.width / 2));
      })
      .toBeLessThan(plot.width * 0.1);
    expect(await added.getAttribute('class')).toContain('tl-user-added');
    await app.screenshot('corrections-5-added-event');
  });

  it('exports CSV of what the filters show, and PNG and PDF of the window', async () => {
    const csvPath = path.join(out, 'out.csv');
    app.dialog.nextSavePath(csvPath);
    await app.page.getByRole('button', { name: 'Export…' }).first().click();
    const dialog = app.page.getByRole('dialog', { name: 'Export and projects' });
    await dialog.getByLabel(/Spreadsheet \(CSV\)/).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`Saved to ${csvPath}`);
    const rows = parse(readFileSync(csvPath, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const treaty = rows.find((r) => /treaty/.test(r.sentence ?? ''));
    expect(treaty).toMatchObject({ start: '1998-06-15', end: '1998-06-15', granularity: 'day', 'document path': file });
    expect(rows.find((r) => r.tags === 'economy; prices')?.note).toBe('check the figures');

    for (const [format, label, magic] of [['png', /PNG/, '\x89PNG'], ['pdf', /PDF/, '%PDF']] as const) {
      const target = path.join(out, `out.${format}`);
      app.dialog.nextSavePath(target);
      await dialog.getByLabel(label).check();
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`Saved to ${target}`);
      expect(readFileSync(target).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    // The PDF is a report: the event list with excerpts under the timeline, not the dialog.
    const pdfText = (await loadPdf(readFileSync(path.join(out, 'out.pdf')))).paragraphs.join(' ');
    expect(pdfText).toContain('Eventline report');
    expect(pdfText).toMatch(/finally signed in 1998/);
    expect(pdfText).toMatch(/Note: check the figures/);
    expect(pdfText).not.toContain('Export and projects');
    await app.screenshot('corrections-4-export');

    // Save the project, then open it again: the dialog reports nothing missing.
    const projectPath = path.join(out, 'work.eventline');
    app.dialog.nextSavePath(projectPath);
    await dialog.getByRole('button', { name: 'Save project…' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`Project saved to ${projectPath}`);
    expect(JSON.parse(readFileSync(projectPath, 'utf8'))).toMatchObject({ format: 'eventline-project', documents: [{ path: file }] });
    app.dialog.nextOpenPaths([projectPath]);
    await dialog.getByRole('button', { name: 'Open project…' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Project opened.');
    await dialog.getByRole('button', { name: 'Close export dialog' }).click();
  });

  it('merges two events that tell the same happening', async () => {
    await options().filter({ hasText: 'Prices' }).filter({ hasText: 'March 2019' }).first().click();
    const before = await options().count();
    const dated2021 = async () => (await options().allTextContents()).filter((t) => t.trim().endsWith('2021')).length;
    expect(await dated2021()).toBe(1);
    const form = panel().getByRole('form', { name: 'Merge events' });
    const choice = form.getByRole('combobox', { name: 'Same happening as' });
    const value = await choice.locator('option', { hasText: '2021' }).first().getAttribute('value');
    await choice.selectOption(value!);
    await form.getByRole('button', { name: 'Merge into this event' }).click();
    await expect.poll(() => options().count()).toBe(before - 1);
    await expect.poll(() => form.textContent()).toContain('One event was merged into this one.');
    expect(await dated2021()).toBe(0);
    await app.screenshot('corrections-6-merged');
  });

  it('lists a correction whose text is gone after the document changed', async () => {
    writeFileSync(file, 'date 2024-10-04\nAn introduction now opens the report.\nPrices fell sharply in March 2019 and rose again in 2021.\n');
    await app.service.addPaths({ paths: [file] });
    await app.service.idle();
    const lost = app.page.getByRole('button', { name: /lost correction/ });
    await expect.poll(() => lost.textContent()).toBe('1 lost correction');
    await lost.click();
    const dialog = app.page.getByRole('dialog', { name: 'Corrections that lost their text' });
    expect(await dialog.locator('li').textContent()).toMatch(/Date set to 1998-06-15 \(day\).*the text "1998" is no longer in the document \(in “[^”]*treaty was finally signed in 1998 after long talks\.”\)/);
    await app.screenshot('corrections-7-lost');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
