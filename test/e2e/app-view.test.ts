// The view the user leaves is the view they find: system dark mode, the manual theme, lanes and the
// timeline window survive a relaunch on the same library; zoom shortcuts move the window.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eUnavailable, launchApp, type App } from './harness';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`[e2e] view state test skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('view state and shortcuts', () => {
  const libraryDir = mkdtempSync(join(tmpdir(), 'eventline-e2e-view-'));
  let app: App | undefined;
  afterAll(async () => {
    await app?.close();
    rmSync(libraryDir, { recursive: true, force: true });
  });

  const theme = (a: App) => a.page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
  const background = (a: App) => a.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const announcement = (a: App) => a.page.getByTestId('timeline-announcement').textContent();
  // The announcement follows the window after a short delay: read it once it stops changing.
  const settled = async (a: App): Promise<string> => {
    let last = await announcement(a);
    for (;;) {
      await a.page.waitForTimeout(700);
      const now = await announcement(a);
      if (now === last && now) return now;
      last = now;
    }
  };
  const ready = async (a: App) => {
    await a.page.getByRole('option').first().waitFor();
    await expect.poll(() => a.page.evaluate(() => getComputedStyle(document.querySelector('.vis-timeline') ?? document.body).visibility), { timeout: 10_000 }).toBe('visible');
  };

  it('follows a dark system theme, then keeps the choices made', async () => {
    app = await launchApp({ libraryDir, colorScheme: 'dark' });
    await ready(app);
    expect(await theme(app)).toBe('system');
    expect(await background(app)).toBe('rgb(22, 24, 28)');
    expect(await app.page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');

    await app.page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await theme(app)).toBe('light');
    expect(await background(app)).toBe('rgb(247, 247, 245)');

    await app.page.getByRole('button', { name: 'Lanes by document' }).click();
    expect(await app.page.getByRole('button', { name: 'Lanes by document' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => app?.page.locator('.tl-root.tl-lanes').count()).toBe(1);
    await app.notify('menuCommand', { command: 'toggleLanes' });
    await expect.poll(() => app?.page.locator('.tl-root.tl-lanes').count()).toBe(0);
    await app.notify('menuCommand', { command: 'toggleLanes' });
    await expect.poll(() => app?.page.locator('.tl-root.tl-lanes').count()).toBe(1);
    await app.screenshot('app-view-1-lanes');
  });

  it('zooms with + and - and fits with 0, from the keyboard and the menu', async () => {
    const a = app as App;
    await a.page.getByRole('listbox').focus();
    await a.page.keyboard.press('0');
    const fitted = await settled(a);
    expect(fitted).toMatch(/^Showing /);
    await a.page.keyboard.press('+');
    await a.page.keyboard.press('+');
    await expect.poll(() => announcement(a)).not.toBe(fitted);
    await a.notify('menuCommand', { command: 'fit' });
    await expect.poll(() => announcement(a)).toBe(fitted);
    await a.page.keyboard.press('-');
    await expect.poll(() => announcement(a)).not.toBe(fitted);
    await a.page.keyboard.press('0');
    await expect.poll(() => announcement(a)).toBe(fitted);
    await a.page.keyboard.press('+');
    await expect.poll(() => announcement(a)).not.toBe(fitted);
  });

  it('finds theme, lanes and window again after a relaunch', async () => {
    const before = app as App;
    await expect.poll(() => {
      const v = before.service.getViewState({});
      return [v.theme, v.lanesByDocument, v.window !== undefined];
    }).toEqual(['light', true, true]);
    const savedWindow = before.service.getViewState({}).window;
    const shown = await announcement(before);
    await before.close();
    app = undefined;

    const after = await launchApp({ libraryDir, colorScheme: 'dark' });
    app = after;
    await ready(after);
    expect(await theme(after)).toBe('light');
    expect(await after.page.getByRole('button', { name: 'Lanes by document' }).getAttribute('aria-pressed')).toBe('true');
    expect(after.service.getViewState({}).window).toEqual(savedWindow);
    await expect.poll(() => announcement(after)).toBe(shown);
  });
});
