// Render benchmark (a script, not a test): `npm run -s bench:render -- [--json] [--runs N] [--sizes 1000,10000]`.
// Bundles bench-page.tsx with esbuild, opens it in headless Debian Chromium, and for each size prints
// {"events","firstPaintMs","zoomMs","panMs","heapMB"} (medians over runs, each run a fresh page; zoom
// and pan are medians of 5 steps per run), then the same for plain vis-timeline with `cluster`
// ("baseline": true). Goals at 100,000 events: first paint < 1 s, steps < 50 ms, heap < 150 MB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

interface Row {
  readonly events: number;
  readonly firstPaintMs: number;
  readonly zoomMs: number;
  readonly panMs: number;
  readonly heapMB: number;
  /** Until the DOM stopped changing after the data arrived (capped at 10 s). */
  readonly settledMs: number;
  readonly baseline?: true;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const json = process.argv.includes('--json');
const runs = Number(arg('--runs') ?? 5);
const sizes = (arg('--sizes') ?? '1000,10000,100000').split(',').map(Number);
const baselineSizes = (arg('--baseline-sizes') ?? '1000,10000,50000').split(',').filter(Boolean).map(Number);
const STEPS = 5;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function bundle(dir: string): Promise<string> {
  const entry = fileURLToPath(new URL('./bench-page.tsx', import.meta.url));
  await build({
    entryPoints: { page: entry },
    bundle: true,
    outdir: dir,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'css' },
    logLevel: 'error',
  });
  const html = join(dir, 'index.html');
  writeFileSync(
    html,
    '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="page.css">' +
      '<style>html,body{margin:0;height:100%}#host{height:600px;width:1200px}</style></head>' +
      '<body><div id="host"></div><script src="page.js"></script></body></html>',
  );
  return pathToFileURL(html).href;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1_048_576;
}

async function measure(page: Page, url: string, events: number, baseline: boolean): Promise<Omit<Row, 'events'>> {
  if (process.env.BENCH_DEBUG === '1') page.on('console', (m) => console.error(`[page] ${m.text()}`));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.bench === 'object');
  const paint = await page.evaluate(([n, b]) => window.bench.firstPaint(n, b), [events, baseline] as const);
  const zooms: number[] = [];
  for (let i = 0; i < STEPS; i++) zooms.push(await page.evaluate((k) => window.bench.step('zoom', k), i));
  const pans: number[] = [];
  for (let i = 0; i < STEPS; i++) pans.push(await page.evaluate((k) => window.bench.step('pan', k), i));
  return { firstPaintMs: paint.drawnMs, settledMs: paint.settledMs, zoomMs: median(zooms), panMs: median(pans), heapMB: await heapMB(page) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const profile = mkdtempSync(join(tmpdir(), 'bench-render-profile-'));
  const url = await bundle(dir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const plan = [...sizes.map((n) => [n, false] as const), ...baselineSizes.map((n) => [n, true] as const)];
    const rows: Row[] = [];
    for (const [events, baseline] of plan) {
      const samples: Omit<Row, 'events'>[] = [];
      for (let r = 0; r < runs; r++) {
        const page = await context.newPage();
        samples.push(await measure(page, url, events, baseline));
        await page.close();
      }
      const row: Row = {
        events,
        firstPaintMs: round(median(samples.map((s) => s.firstPaintMs))),
        zoomMs: round(median(samples.map((s) => s.zoomMs))),
        panMs: round(median(samples.map((s) => s.panMs))),
        heapMB: round(median(samples.map((s) => s.heapMB))),
        settledMs: round(median(samples.map((s) => s.settledMs))),
        ...(baseline ? { baseline: true as const } : {}),
      };
      rows.push(row);
      console.log(json ? JSON.stringify(row) : `${baseline ? 'baseline ' : 'timeline '}${JSON.stringify(row)}`);
    }
    if (!json) {
      console.log('\n| events | first paint ms | settled ms | zoom ms | pan ms | heap MB | |');
      console.log('|---|---|---|---|---|---|---|');
      for (const r of rows) console.log(`| ${r.events} | ${r.firstPaintMs} | ${r.settledMs} | ${r.zoomMs} | ${r.panMs} | ${r.heapMB} | ${r.baseline ? 'vis-timeline + cluster' : 'TimelineView'} |`);
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
