// The app as a user meets it, in real Chromium on the real library reading assets/documents:
// the seed events in list and timeline, the event panel, the reader, the keyboard path, search,
// dark mode and a small window. Each step saves a screenshot under test/e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { Event } from '../../electron/shared/model';
import { e2eUnavailable, launchApp, type App } from './harness';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`[e2e] app test skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the app on the sample corpus', () => {
  let app: App;
  const consoleProblems: string[] = [];
  const list = (): Locator => app.page.getByRole('listbox', { name: /Events in date order/ });
  const options = (): Locator => list().getByRole('option');
  const panel = (): Locator => app.page.locator('aside[aria-labelledby="event-panel-title"]');
  const timelineEvents = (): Locator => app.page.locator('.vis-item.tl-event');
  const selectedLabel = async (): Promise<string> => (await list().locator('[role="option"][aria-selected="true"] .event-row-label').textContent()) ?? '';

  // The seed's three events, found by date and sentence (labels are the core's to word).
  const seed = {} as { war: Event; taliban: Event; lavrov: Event };

  beforeAll(async () => {
    app = await launchApp();
    const events = app.service.listEvents({});
    const sentenceOf = (e: Event): string => app.service.getDocument({ id: e.documentId })?.paragraphs[e.paragraph]?.slice(e.sentence.start, e.sentence.end) ?? '';
    const pick = (start: string, granularity: Event['date']['granularity'], sentence: RegExp): Event => {
      const e = events.find((x) => x.date.start === start && x.date.granularity === granularity && sentence.test(sentenceOf(x)));
      if (!e) throw new Error(`seed event ${start} (${granularity}) missing`);
      return e;
    };
    seed.war = pick('1980-01-01', 'decade', /Soviet Union waged/);
    seed.taliban = pick('2021-01-01', 'year', /returned to power/);
    seed.lavrov = pick('2024-10-04', 'day', /Lavrov called on the West/);
    app.page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text())) consoleProblems.push(m.text());
    });
    await app.page.reload();
    await options().first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the three seed events in the list and on the timeline', async () => {
    const rows = await options().allTextContents();
    expect(rows).toContain(`${seed.war.label}the 1980s`);
    expect(rows).toContain(`${seed.taliban.label}2021`);
    expect(rows).toContain(`${seed.lavrov.label}Fri 4 Oct 2024`);
    expect(await app.page.getByTestId('result-count').textContent()).toBe(`${rows.length} events`);

    // vis-timeline keeps itself hidden until its first full draw.
    await expect.poll(() => app.page.evaluate(() => getComputedStyle(document.querySelector('.vis-timeline') ?? document.body).visibility), { timeout: 10_000 }).toBe('visible');
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await expect.poll(() => timelineEvents().count()).toBeGreaterThanOrEqual(3);
    const onTimeline = (await timelineEvents().allTextContents()).map((t) => t.trim());
    expect(onTimeline).toEqual(expect.arrayContaining([seed.war.label, seed.taliban.label, seed.lavrov.label]));
    await app.screenshot('app-1-loaded');
  });

  it('"Fit" leaves every label beside a mark whole: the last points\' and a year band too narrow for its own', async () => {
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await expect.poll(() => timelineEvents().count()).toBeGreaterThanOrEqual(3);
    const plot = await app.page.locator('.vis-panel.vis-center').boundingBox();
    if (plot === null) throw new Error('no timeline plot');
    // Labels beside marks (points and compact bands) end inside the plot, not cut at its right edge.
    const rights = await app.page.locator('.vis-item.vis-point.tl-event .vis-item-content').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', right: el.getBoundingClientRect().right })));
    expect(rights.map((r) => r.text)).toEqual(expect.arrayContaining([seed.lavrov.label]));
    for (const r of rights) expect(r.right, r.text).toBeLessThanOrEqual(plot.x + plot.width);
    // The 2021 band is a few pixels wide here: a compact mark with its whole label beside it.
    const taliban = timelineEvents().filter({ hasText: seed.taliban.label });
    expect(await taliban.getAttribute('class')).toMatch(/vis-point.*tl-narrow|tl-narrow.*vis-point/);
    const content = taliban.locator('.vis-item-content');
    expect(await content.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });

  it('clicking an event shows its sentence with the time expression highlighted and why the date', async () => {
    await options().filter({ hasText: seed.lavrov.label }).filter({ hasText: 'Fri 4 Oct 2024' }).first().click();
    await expect.poll(() => panel().isVisible()).toBe(true);
    expect(await panel().getByTestId('normalized-date').textContent()).toBe('Fri 4 Oct 2024');
    await expect.poll(() => panel().locator('blockquote mark.timex').textContent()).toBe('Friday');
    expect(await panel().getByTestId('excerpt').textContent()).toMatch(/Lavrov called on the West/);
    expect(await panel().getByTestId('why-this-date').textContent()).toContain('the document is dated Friday 4 October 2024');

    // Its neighbours on the same date are one click away.
    const sameDate = app.service.listEvents({}).filter((e) => e.id !== seed.lavrov.id && e.date.start === '2024-10-04' && e.date.end === '2024-10-04');
    expect(sameDate.length).toBeGreaterThan(0);
    const related = panel().locator('.related');
    expect(await related.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(sameDate.map((e) => e.label)));
    const inferred = sameDate.find((e) => e.date.anchor === 'text-context');
    if (inferred) {
      await related.getByRole('button', { name: inferred.label, exact: true }).click();
      await expect.poll(() => panel().locator('h2').textContent()).toBe(inferred.label);
      expect(await panel().getByTestId('why-this-date').textContent()).toMatch(/taken from the passage about “.+”/);
    }

    // The same from the timeline: clicking the decade band opens its event.
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await timelineEvents().filter({ hasText: seed.war.label }).first().click();
    await expect.poll(() => panel().locator('blockquote mark.timex').textContent()).toBe('the 1980s');
    expect(await panel().getByTestId('normalized-date').textContent()).toBe('the 1980s');
    await app.page.mouse.move(1, 1); // no hover tooltip in the picture
    await app.page.waitForTimeout(300);
    await app.screenshot('app-2-panel');
  });

  it('"Open source" shows the whole document with the paragraph and sentence highlighted', async () => {
    await panel().getByRole('button', { name: 'Open source' }).click();
    const reader = app.page.getByRole('dialog', { name: /./ }).filter({ has: app.page.locator('.reader-text') });
    await reader.waitFor();
    const current = reader.locator('li[aria-current="location"]');
    expect(await current.getAttribute('data-paragraph')).toBe('7');
    expect(await current.locator('mark.timex.current').textContent()).toBe('the 1980s');
    expect((await current.locator('.in-sentence').allTextContents()).join('')).toMatch(/Soviet Union waged a decade-long war on the country/);
    expect(await reader.locator('.reader-text > li').count()).toBeGreaterThanOrEqual(12);
    expect(await current.isVisible()).toBe(true);
    await app.screenshot('app-3-reader');

    // Another dated expression in the text leads back to the timeline, on that event.
    await reader.locator('button.timex-link', { hasText: '2021' }).click();
    await expect.poll(() => reader.count()).toBe(0);
    expect(await panel().getByTestId('normalized-date').textContent()).toBe('2021');
    expect(await selectedLabel()).toBe(seed.taliban.label);
  });

  it('moves through the list with the keyboard: arrows select, Enter opens, Escape closes', async () => {
    await panel().getByRole('button', { name: 'Close event panel' }).click();
    await list().focus();
    await app.page.keyboard.press('Home');
    const first = await selectedLabel();
    await app.page.keyboard.press('ArrowDown');
    const second = await selectedLabel();
    expect(second).not.toBe(first);
    expect(await list().getAttribute('aria-activedescendant')).toMatch(/^event-option-/);
    expect(await panel().count()).toBe(0);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => panel().locator('h2').textContent()).toBe(second);
    await app.page.keyboard.press('ArrowUp');
    await expect.poll(() => panel().locator('h2').textContent()).toBe(first);
    // The timeline follows: the selected item is drawn selected.
    await expect.poll(() => app.page.locator('.vis-item.vis-selected').count()).toBe(1);
    await app.screenshot('app-4-keyboard');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
  });

  it('search narrows the list and the timeline alike, with a count', async () => {
    const all = await options().count();
    await app.page.keyboard.press('/');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await app.page.keyboard.type('Soviet Union');
    await expect.poll(() => options().count()).toBeLessThan(all);
    const shown = await options().count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(await app.page.getByTestId('result-count').textContent()).toBe(`${shown} ${shown === 1 ? 'event' : 'events'} found`);
    const rows = await options().allTextContents();
    expect(rows).toContain(`${seed.war.label}the 1980s`);
    expect(rows).not.toContain(`${seed.lavrov.label}Fri 4 Oct 2024`);
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await expect.poll(() => timelineEvents().count()).toBe(shown);
    await app.screenshot('app-5-search');

    await app.page.getByRole('searchbox').fill('');
    await expect.poll(() => options().count()).toBe(all);
  });

  it('filters by date range and by precision', async () => {
    await app.page.getByRole('button', { name: /^Filters/ }).click();
    const filters = app.page.getByRole('group', { name: 'Filters' });
    await filters.getByLabel('From').fill('2000');
    await expect.poll(async () => (await options().allTextContents()).some((r) => r.includes('the 1980s'))).toBe(false);
    expect(await app.page.getByRole('button', { name: 'Filters, 1 active' }).count()).toBe(1);
    await app.screenshot('app-6-filters');
    await filters.getByLabel('From').fill('');
    await filters.getByRole('checkbox', { name: 'decade' }).check();
    await expect.poll(() => options().allTextContents()).toEqual([`${seed.war.label}the 1980s`]);
    await expect.poll(() => timelineEvents().count()).toBe(1);
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await options().allTextContents()).some((r) => r.includes('the 1980s'))).toBe(true);
    await app.page.getByRole('button', { name: 'Done' }).click();
  });

  it('toggles dark mode by button and by menu command, and remembers it', async () => {
    const background = () => app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await app.page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await options().nth(1).click();
    await app.screenshot('app-7-dark');
    await expect.poll(() => app.service.getViewState({}).theme, { timeout: 5000 }).toBe('dark');
    // Back to light, which is what the system asks for: the app follows the system again.
    await app.notify('menuCommand', { command: 'toggleDark' });
    await expect.poll(() => background()).toBe(light);
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await expect.poll(() => app.service.getViewState({}).theme, { timeout: 5000 }).toBe('system');
    await app.notify('menuCommand', { command: 'find' });
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it('stays usable at 800x600', async () => {
    await app.page.setViewportSize({ width: 800, height: 600 });
    for (const name of ['Open files', 'Open folder', 'Fit all events', 'Zoom in', 'Zoom out', 'Dark mode']) {
      const box = await app.page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(800);
    }
    await options().filter({ hasText: seed.lavrov.label }).first().click();
    await panel().getByRole('button', { name: 'Open source' }).scrollIntoViewIfNeeded();
    const button = await panel().getByRole('button', { name: 'Open source' }).boundingBox();
    expect((button?.y ?? 999) + (button?.height ?? 0)).toBeLessThanOrEqual(600);
    expect(await timelineEvents().count()).toBeGreaterThanOrEqual(1);
    await app.screenshot('app-8-small-window');
    await panel().getByRole('button', { name: 'Open source' }).click();
    await app.screenshot('app-9-small-reader');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('.reader').count()).toBe(0);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Open source');
  });

  it('ran without page errors or blocked content', () => {
    expect(app.pageErrors).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
