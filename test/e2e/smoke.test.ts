// The harness itself: the built renderer loads in Chromium, sees exactly the contract's API, and the
// sample corpus's events reach the page through it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../electron/shared/contract';
import { e2eUnavailable, launchApp, type App } from './harness';

const unavailable = e2eUnavailable();
if (unavailable) console.warn(`[e2e] smoke test skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('e2e harness smoke', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads the renderer from the built files', async () => {
    await app.page.waitForSelector('#root > *');
    expect(await app.page.title()).toBe('Eventline');
    expect(app.pageErrors).toEqual([]);
  });

  it('exposes exactly the contract methods, on() and pathForFile() on window.eventline', async () => {
    const keys = await app.page.evaluate('Object.keys(window.eventline).sort()');
    expect(keys).toEqual([...INVOKE_CHANNELS, 'on', 'pathForFile'].sort());
  });

  it('delivers the seeded events to the page through the bridge', async () => {
    const labels = (await app.page.evaluate(
      'window.eventline.listEvents({}).then((events) => events.map((e) => e.date.start + " " + e.date.granularity))',
    )) as string[];
    expect(labels).toContain('2024-10-04 day');
    expect(labels.length).toBe(app.service.listEvents({}).length);
  });

  it('rejects a malformed argument in the page, as main would', async () => {
    const message = await app.page.evaluate('window.eventline.getDocument({ id: 42 }).then(() => "accepted", (e) => String(e.message ?? e))');
    expect(message).toMatch(/invalid argument for getDocument/);
  });

  it('forwards notifications to on() listeners until unsubscribed', async () => {
    await app.page.evaluate(`(() => {
      window.__seen = [];
      window.__off = window.eventline.on('menuCommand', (p) => window.__seen.push(p.command));
    })()`);
    await app.notify('menuCommand', { command: 'fit' });
    await app.page.evaluate('window.__off()');
    await app.notify('menuCommand', { command: 'zoomIn' });
    expect(await app.page.evaluate('window.__seen')).toEqual(['fit']);
    await app.screenshot('smoke-loaded');
  });
});
