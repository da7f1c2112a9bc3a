// launchApp(): the real renderer in real Chromium, talking to the real library service (SQLite in a
// temp folder) through the same validation and dispatch code as the Electron main process. Only the
// transport differs: page.exposeFunction instead of ipcMain, an init script instead of the preload.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { INVOKE_CHANNELS, type ExportFormat, type NotifyChannel, type NotifyContract } from '../../../electron/shared/contract';
import { createHandlers, dispatch, forwardLibraryChanges, seedIfEmpty, type ShellHost } from '../../../electron/main/dispatch';
import { openLibrary, type AppLibrary } from '../../../electron/main/open-library';
import { EXPORT_AREA_SCRIPT, parseCaptureRect } from '../../../electron/main/capture-area';
import { bridgeScript, INVOKE_PREFIX } from './bridge-script';
import { CHROMIUM, REPO_ROOT, rendererDist, SCREENSHOT_DIR } from './paths';
import { serveStatic } from './static-server';

export interface LaunchOptions {
  /** Paths ingested when the library is empty, like the app's first launch. Default: the sample corpus. */
  readonly documents?: readonly string[];
  /** Reuse a library folder (e.g. to relaunch on the same library); default: a fresh temp folder, removed on close. */
  readonly libraryDir?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: 'light' | 'dark';
}

export interface DialogStandIns {
  /** What the next open dialog returns (files, a folder, or a project file). Unqueued dialogs are cancelled. */
  nextOpenPaths(paths: readonly string[]): void;
  /** What the next save dialog returns. Unqueued dialogs are cancelled. */
  nextSavePath(path: string): void;
}

export interface App {
  readonly page: Page;
  /** The real library the page talks to (await `service.idle()` to let ingests and watch updates finish). */
  readonly service: AppLibrary;
  readonly libraryDir: string;
  readonly dialog: DialogStandIns;
  /** Save dialogs shown so far, by purpose, in order. */
  readonly saveRequests: readonly (ExportFormat | 'project')[];
  /** URLs the app asked to open in the system browser. */
  readonly externalUrls: readonly string[];
  /** Uncaught errors in the page (tests usually expect none). */
  readonly pageErrors: readonly string[];
  /** Sends a main -> renderer notification, as main does (e.g. a menu command). */
  notify<N extends NotifyChannel>(channel: N, payload: NotifyContract[N]): Promise<void>;
  /** Drops files on an element as the OS would; the page's `eventline.pathForFile` resolves them to `paths`. */
  dropFiles(paths: readonly string[], selector?: string): Promise<void>;
  /** Saves test/e2e/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

// The preamble's flags for Debian's Chromium on these machines.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const absolute = (p: string) => (isAbsolute(p) ? p : resolve(REPO_ROOT, p));

export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const ownsLibraryDir = options.libraryDir === undefined;
  const libraryDir = options.libraryDir ?? (await mkdtemp(join(tmpdir(), 'eventline-e2e-lib-')));
  await mkdir(libraryDir, { recursive: true });
  const service = openLibrary(join(libraryDir, 'library.sqlite'));
  await seedIfEmpty(service, (options.documents ?? ['assets/documents']).map(absolute));

  const server = await serveStatic(rendererDist());
  const profile = await mkdtemp(join(tmpdir(), 'eventline-e2e-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
    });
  } catch (e) {
    await server.close();
    service.close();
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());

  const openQueue: (readonly string[])[] = [];
  const saveQueue: string[] = [];
  const saveRequests: (ExportFormat | 'project')[] = [];
  const externalUrls: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const deliver = async (channel: NotifyChannel, payload: unknown) => {
    const script = `window.__eventlineHarness?.notify(${JSON.stringify(channel)}, ${JSON.stringify(payload)})`;
    await page.evaluate(script).catch(() => undefined); // the page may be navigating or closed
  };
  const host: ShellHost = {
    chooseOpenPaths: async () => openQueue.shift() ?? null,
    chooseSavePath: async (purpose) => {
      saveRequests.push(purpose);
      return saveQueue.shift() ?? null;
    },
    // Same area as main's capturePage (electron/main/capture-area.ts).
    capturePng: async () => {
      const clip = parseCaptureRect(await page.evaluate(EXPORT_AREA_SCRIPT));
      return page.screenshot(clip ? { type: 'png', clip } : { type: 'png' });
    },
    // Same page setup as main's printToPDF (electron-host.ts).
    printPdf: async () => page.pdf({ printBackground: true, format: 'A4', landscape: true }),
    openExternal: async (url) => {
      externalUrls.push(url);
    },
    notify: (channel, payload) => void deliver(channel, payload),
  };
  const handlers = createHandlers(service, host);
  const stopForwarding = forwardLibraryChanges(service, host);
  for (const channel of INVOKE_CHANNELS) {
    await page.exposeFunction(`${INVOKE_PREFIX}${channel}`, (req: unknown) => dispatch(handlers, channel, req));
  }
  await page.addInitScript(bridgeScript());
  await page.goto(server.url);

  return {
    page,
    service,
    libraryDir,
    saveRequests,
    externalUrls,
    pageErrors,
    dialog: {
      nextOpenPaths: (paths) => void openQueue.push(paths.map(absolute)),
      nextSavePath: (path) => void saveQueue.push(absolute(path)),
    },
    notify: (channel, payload) => deliver(channel, payload),
    dropFiles: async (paths, selector = 'body') => {
      const files = paths.map((p) => ({ name: p.split(/[\\/]/).pop() ?? p, path: absolute(p), type: '' }));
      await page.evaluate(`window.__eventlineHarness.dropFiles(${JSON.stringify(selector)}, ${JSON.stringify(files)})`);
    },
    screenshot: async (name) => {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: async () => {
      stopForwarding();
      await context.close();
      await service.idle();
      await server.close();
      service.close();
      await rm(profile, { recursive: true, force: true });
      if (ownsLibraryDir) await rm(libraryDir, { recursive: true, force: true });
    },
  };
}
