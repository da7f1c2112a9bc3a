// App lifecycle: one library, one window, the IPC handlers and the menu, wired together.
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import { join } from 'node:path';
import { resolveAppPaths } from './app-paths';
import { createHandlers, forwardLibraryChanges, seedIfEmpty } from './dispatch';
import { createElectronHost } from './electron-host';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { openLibrary } from './open-library';
import { trustedSenderCheck } from './trusted-sender';
import { createMainWindow, lockDownContents } from './window';

/** Starts the app; `mainDir` is the folder of the bundled main.cjs. */
export async function startApp(mainDir: string): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Belt and braces: every renderer sandboxed, and any web contents at all locked down.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  await app.whenReady();
  const paths = resolveAppPaths(mainDir, app.isPackaged, process.resourcesPath);
  const userData = app.getPath('userData');
  const library = openLibrary(join(userData, 'library.sqlite'));

  let win: BrowserWindow | null = null;
  const openWindow = () => {
    win = createMainWindow({ preload: paths.preload, rendererIndex: paths.rendererIndex, stateFile: join(userData, 'window-state.json') });
    win.on('closed', () => {
      win = null;
    });
  };
  const host = createElectronHost(() => win);
  const handlers = createHandlers(library, host);
  registerIpcHandlers(ipcMain, handlers, trustedSenderCheck(() => (win && !win.isDestroyed() ? win.webContents : null), paths.rendererIndex));
  forwardLibraryChanges(library, host);

  const report = (what: string) => (e: unknown) => console.error(`eventline: ${what} failed:`, e);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        send: (command) => host.notify('menuCommand', { command }),
        openDocuments: (kind) => void handlers.openDocuments({ kind }).catch(report(`opening ${kind}`)),
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
      }),
    ),
  );

  openWindow();
  // First launch: the embedded sample corpus. The renderer refreshes on the libraryChanged it causes.
  void seedIfEmpty(library, [paths.sampleDocuments]).catch(report('loading the sample documents'));

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('activate', () => {
    if (!win) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => library.close());
}
