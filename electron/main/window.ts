// The one application window: locked down (context isolation, sandbox, no Node), never navigating
// away from our renderer and never opening other windows; its size and position are remembered.
import { BrowserWindow, screen, type WebContents } from 'electron';
import { loadWindowState, MIN_SIZE, saveWindowState } from './window-state';

export interface MainWindowOptions {
  readonly preload: string;
  readonly rendererIndex: string;
  readonly stateFile: string;
}

/** Denies navigation, new windows and webviews on any web contents (the window's, and any other). */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links in documents go through the `openExternal` channel, which validates them; never window.open.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(
    options.stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Eventline',
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  lockDownContents(win.webContents);
  // No permission (camera, notifications, geolocation...) is ever needed by the renderer.
  win.webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    saveWindowState(options.stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  void win.loadFile(options.rendererIndex);
  return win;
}
