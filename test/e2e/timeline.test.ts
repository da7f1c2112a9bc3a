// The timeline in real Chromium through the harness: the seed's events drawn as the marks their
// certainty calls for, the zoom buttons and "fit", lanes, the announced window, and, on a generated
// library of many events, counts when zoomed out that zoom in when clicked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eUnavailable, launchApp, type App } from './harness';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`[e2e] timeline test skipped: ${unavailable}`);

const announcement = (page: Page) => page.getByTestId('timeline-announcement');
const item = (page: Page, text: string): Locator => page.locator('.vis-item.tl-event').filter({ hasText: text }).first();

/** The years the announcement names ("Showing 1979 to 2025, 3 events"). */
async function announcedYears(page: Page): Promise<[number, number]> {
  const text = (await announcement(page).textContent()) ?? '';
  const years = [...text.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]));
  return [years[0] ?? Number.NaN, years.at(-1) ?? Number.NaN];
}

describe.skipIf(unavailable !== null)('timeline on the sample corpus', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
    await app.page.locator('.tl-root').waitFor();
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await item(app.page, 'Lavrov').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('draws the decade and the year as "somewhere in here" bands and the day as a point', async () => {
    const decade = item(app.page, 'Soviet Union');
    const year = item(app.page, 'Taliban return');
    const day = item(app.page, 'Lavrov');
    expect(await decade.getAttribute('class')).toMatch(/vis-range.*tl-band|tl-band.*vis-range/);
    // Fitted, the year is narrower than its label: a compact band mark with the label beside it.
    expect(await year.getAttribute('class')).toMatch(/vis-point.*tl-band.*tl-narrow/);
    expect(await day.getAttribute('class')).toContain('vis-point');
    expect(await app.page.getByRole('region', { name: 'Timeline' }).locator('.tl-canvas').count()).toBeGreaterThan(0);
    await app.screenshot('timeline-1-seed-marks');
    // A decade is ten times as wide as a year: the decade here, the year once focused (a window of
    // three times its span, where it is wide enough to be a band again).
    const plot = await app.page.locator('.vis-panel.vis-center').boundingBox();
    const d = await decade.boundingBox();
    await expect.poll(() => announcement(app.page).textContent()).toMatch(/^Showing \d{4} to \d{4}/);
    const [fromYear, toYear] = await announcedYears(app.page);
    expect(plot && d && (d.width / plot.width) * (toYear - fromYear + 1)).toBeGreaterThan(8);
    expect(plot && d && (d.width / plot.width) * (toYear - fromYear + 1)).toBeLessThan(12);
    await app.page.getByRole('listbox', { name: /Events in date order/ }).getByRole('option').filter({ hasText: 'Taliban return' }).first().click();
    await expect.poll(() => year.getAttribute('class')).toMatch(/vis-range.*tl-band|tl-band.*vis-range/);
    const y = await year.boundingBox();
    expect(plot && y && y.width / plot.width).toBeGreaterThan(0.28);
    expect(plot && y && y.width / plot.width).toBeLessThan(0.38);
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await item(app.page, 'Lavrov').waitFor();
  });

  it('announces the window to screen readers after it moves', async () => {
    // The seed yields its three required events and a few more (six when this was written).
    await expect.poll(() => announcement(app.page).textContent()).toMatch(/^Showing \d{4} to \d{4}, \d+ events$/);
    const count = Number(/(\d+) events/.exec((await announcement(app.page).textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBe(await app.page.locator('.vis-item.tl-event:not(.vis-dot)').count());
    expect(await announcement(app.page).getAttribute('aria-live')).toBe('polite');
  });

  it('zooms in and out with the buttons and fits all events again', async () => {
    const fitted = await announcedYears(app.page);
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => { const [a, b] = await announcedYears(app.page); return b - a; }).toBeLessThan(fitted[1] - fitted[0]);
    await app.page.getByRole('button', { name: 'Zoom out' }).click();
    await app.page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => { const [a, b] = await announcedYears(app.page); return b - a; }).toBeGreaterThan(fitted[1] - fitted[0]);
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await expect.poll(() => announcedYears(app.page)).toEqual(fitted);
  });

  it('pans with the arrow keys when the timeline has focus', async () => {
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await expect.poll(() => announcement(app.page).textContent()).toMatch(/^Showing/);
    const [from] = await announcedYears(app.page);
    await app.page.locator('.tl-root[role="region"]').focus();
    await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await announcedYears(app.page))[0]).toBeLessThan(from - 5);
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
  });

  it('shows one lane per document when asked, and one combined lane otherwise', async () => {
    const lanes = app.page.locator('.tl-root .vis-labelset .vis-label.tl-lane');
    const toggle = app.page.getByRole('button', { name: 'Lanes by document' });
    const before = await toggle.getAttribute('aria-pressed');
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
    await toggle.click();
    const on = before !== 'true';
    await expect.poll(() => lanes.count()).toBe(on ? 1 : 0);
    // A fitted view is fitted again to the plot the lane titles leave: no label pushed past its edge.
    const overflow = () =>
      app.page.evaluate(() => {
        const plot = document.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
        const rights = [...document.querySelectorAll('.vis-item.vis-point.tl-event .vis-item-content')].map((el) => el.getBoundingClientRect().right);
        return plot === undefined || rights.length === 0 ? Infinity : Math.max(...rights) - plot.right;
      });
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    if (on) expect(await lanes.first().textContent()).not.toBe('');
    await app.screenshot(on ? 'timeline-2-lanes' : 'timeline-2-combined');
    await toggle.click();
    await expect.poll(() => lanes.count()).toBe(on ? 0 : 1);
    expect(app.pageErrors).toEqual([]);
  });
});

/** Six documents of 70 dated sentences each, spread over 1900-2025. */
function generateLibrary(dir: string): void {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let d = 0; d < 6; d++) {
    const lines = ['date 2025-06-01'];
    for (let i = 0; i < 70; i++) {
      const year = 1900 + Math.floor(rnd() * 125);
      lines.push(`The committee number ${i} met in Geneva on ${1 + Math.floor(rnd() * 28)} ${months[Math.floor(rnd() * 12)]} ${year}.`);
    }
    writeFileSync(join(dir, `report-${d}.txt`), `${lines.join('\n')}\n`);
  }
}

describe.skipIf(unavailable !== null)('timeline on a library of many events', () => {
  let app: App;
  const dir = mkdtempSync(join(tmpdir(), 'eventline-timeline-e2e-'));
  beforeAll(async () => {
    generateLibrary(dir);
    app = await launchApp({ documents: [dir], colorScheme: 'dark' });
    await app.page.locator('.tl-root').waitFor();
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws counts when zoomed out, and clicking one zooms into its period', async () => {
    await expect.poll(() => announcement(app.page).textContent()).toMatch(/^Showing \d{4} to \d{4}, \d+ events$/);
    const aggregates = app.page.locator('.vis-item.tl-aggregate');
    await expect.poll(() => aggregates.count()).toBeGreaterThan(3);
    const counts = (await aggregates.allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
    expect(counts.every((c) => c >= 2)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
    await app.screenshot('timeline-3-aggregates-dark');

    const [from, to] = await announcedYears(app.page);
    const target = aggregates.nth(Math.floor(counts.length / 2));
    await target.click();
    await expect.poll(async () => { const [a, b] = await announcedYears(app.page); return b - a; }).toBeLessThan((to - from) / 4);
    await expect.poll(() => app.page.locator('.vis-item.tl-event').count()).toBeGreaterThan(0);
    await app.screenshot('timeline-4-zoomed-into-aggregate-dark');
    expect(app.pageErrors).toEqual([]);
  });
});

describe.skipIf(unavailable !== null)('timeline in deep time', () => {
  let app: App;
  const dir = mkdtempSync(join(tmpdir(), 'eventline-timeline-bc-'));
  beforeAll(async () => {
    writeFileSync(
      join(dir, 'antiquity.txt'),
      'date 2024-01-01\nCaesar was killed in 44 BC.\nThe city was founded in 753 BC.\nIn the 5th century BC Athens grew.\n',
    );
    app = await launchApp({ documents: [dir] });
    await app.page.locator('.tl-root').waitFor();
    await app.page.getByRole('button', { name: 'Fit all events' }).click();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('places BC events in their centuries and labels the axis and the window in BC years', async () => {
    await expect.poll(() => announcement(app.page).textContent()).toMatch(/^Showing \d+ BC to .+, 3 events$/);
    const labels = await app.page.locator('.tl-root .vis-time-axis .vis-text').allTextContents();
    expect(labels.filter((l) => / BC$/.test(l)).length).toBeGreaterThan(2);
    // Oldest to newest from left to right: 753 BC, then the 5th century BC, then 44 BC.
    const x = async (text: string) => (await item(app.page, text).boundingBox())?.x ?? Number.NaN;
    const [city, athens, caesar] = [await x('founded'), await x('Athens'), await x('Caesar')];
    expect(city).toBeLessThan(athens);
    expect(athens).toBeLessThan(caesar);
    expect(await item(app.page, 'Athens').getAttribute('class')).toContain('tl-band');
    await app.screenshot('timeline-5-deep-time');
    expect(app.pageErrors).toEqual([]);
  });
});
