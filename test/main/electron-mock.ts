// A stand-in for the `electron` module (its binary cannot run here): just enough behaviour to drive
// the main process and the preload, recording what they ask of Electron so tests can inspect it.
// Use with: vi.mock('electron', () => import('./electron-mock'))
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: { url: string; parent: object | null } = { url: 'file:///nowhere/index.html', parent: null };
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  permissionHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  destroyed = false;
  readonly session = {
    setPermissionRequestHandler: (handler: FakeWebContents['permissionHandler']) => {
      this.permissionHandler = handler;
    },
  };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** What the page answers to main's scripts (the export area's rectangle). */
  executeJavaScript = vi.fn(async (_script: string): Promise<unknown> => null);
  capturePage = vi.fn(async (_rect?: object) => ({ toPNG: () => Buffer.from('PNG-BYTES') }));
  printToPDF = vi.fn(async () => Buffer.from('%PDF-stand-in'));
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadFile = vi.fn(async (_file: string) => undefined);
  maximized = false;
  destroyed = false;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(readonly options: { x?: number; y?: number; width: number; height: number; webPreferences: Record<string, unknown> }) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
    BrowserWindow.created.push(this);
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  show(): void {}
}

const appListeners = new Map<string, Listener[]>();
export const app = {
  isPackaged: false,
  userData: tmpdir(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  enableSandbox: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  getPath: vi.fn((name: string) => (name === 'userData' ? app.userData : tmpdir())),
  on: vi.fn((event: string, listener: Listener) => {
    appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
    return app;
  }),
  emit(event: string, ...args: unknown[]): void {
    for (const listener of appListeners.get(event) ?? []) listener(...args);
  },
};

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => ipcMain.handlers.delete(channel)),
};

export interface FakeMenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}
export const Menu = {
  applied: null as FakeMenuItem[] | null,
  buildFromTemplate: vi.fn((template: FakeMenuItem[]) => template),
  setApplicationMenu: vi.fn((menu: FakeMenuItem[]) => {
    Menu.applied = menu;
  }),
};

export const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) };
export const dialog = {
  showOpenDialog: vi.fn(async (): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
  showSaveDialog: vi.fn(async (): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
};
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

// Renderer-side pieces, for the preload.
export const contextBridge = { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) };
export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (_channel: string, _req: unknown) => 'invoked') });
export const webUtils = { getPathForFile: vi.fn((file: { name: string }) => `/dropped/${file.name}`) };
