// The main process wired together, with a mocked electron: handlers, window security, sender checks,
// dialogs, capture, menu commands and the first-launch seed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../electron/shared/contract';
import { fakeLibrary, DOCS } from './fake-library';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type FakeMenuItem, type FakeWebContents } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const library = fakeLibrary();
vi.mock('../../electron/main/open-library', () => ({ openLibrary: vi.fn(() => library) }));

const { startApp } = await import('../../electron/main/app');
const mainDir = resolve('dist/main');
const rendererIndex = resolve('dist/renderer/index.html');
let win: BrowserWindow;

/** Calls a registered handler as ipcMain would, from the given sender and (top, by default) frame. */
function invoke(channel: string, req: unknown, sender: FakeWebContents = win.webContents, frameUrl = pathToFileURL(rendererIndex).href, parent: object | null = null) {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler({ sender, senderFrame: { url: frameUrl, parent } }, req));
}

beforeAll(async () => {
  app.userData = mkdtempSync(join(tmpdir(), 'eventline-main-'));
  await startApp(mainDir);
  expect(BrowserWindow.created).toHaveLength(1);
  win = BrowserWindow.created[0]!;
  win.webContents.mainFrame.url = pathToFileURL(rendererIndex).href;
});

describe('main process', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('creates the window isolated, sandboxed, without Node, with the bundled preload', () => {
    const prefs = win.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(resolve('dist/preload/preload.cjs'));
    expect(win.loadFile).toHaveBeenCalledWith(rendererIndex);
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('denies navigation, redirects, webviews, new windows and permissions', () => {
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      win.webContents.emit(event, { preventDefault }, 'https://evil.example/');
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const granted = vi.fn();
    win.webContents.permissionHandler?.(win.webContents, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('locks down any other web contents created later', () => {
    const other = new BrowserWindow({ width: 1, height: 1, webPreferences: {} }).webContents;
    app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('answers our renderer and refuses other senders and frames', async () => {
    await expect(invoke('listDocuments', {})).resolves.toEqual(DOCS);
    const stranger = new BrowserWindow({ width: 1, height: 1, webPreferences: {} }).webContents;
    await expect(invoke('listDocuments', {}, stranger)).rejects.toThrow(/untrusted sender/);
    await expect(invoke('listDocuments', {}, win.webContents, 'https://evil.example/')).rejects.toThrow(/untrusted sender/);
    await expect(invoke('listDocuments', {}, win.webContents, pathToFileURL('/tmp/other/index.html').href)).rejects.toThrow(/untrusted sender/);
    // An iframe showing our own file is still not the window's renderer.
    await expect(invoke('listDocuments', {}, win.webContents, pathToFileURL(rendererIndex).href, {})).rejects.toThrow(/untrusted sender/);
  });

  it('rejects arguments that do not fit the channel, before reaching the library', async () => {
    library.getDocument.mockClear();
    await expect(invoke('getDocument', { id: 42 })).rejects.toThrow(/invalid argument for getDocument/);
    await expect(invoke('getDocument', { id: 'd1', extra: true })).rejects.toThrow(/invalid argument/);
    await expect(invoke('listEvents', { query: { from: 'yesterday' } })).rejects.toThrow(/ISO date/);
    expect(library.getDocument).not.toHaveBeenCalled();
  });

  it('seeds an empty library with the sample documents', () => {
    expect(library.addPaths).toHaveBeenCalledWith({ paths: [resolve('assets/documents')] });
  });

  it('opens files through the native dialog, ingests them and streams progress', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/x/a.txt', '/x/b.pdf'] });
    win.webContents.sent.length = 0;
    const summary = await invoke('openDocuments', { kind: 'files' });
    expect(summary).toMatchObject({ added: 1 });
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Documents', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] }],
    }));
    expect(library.addPaths).toHaveBeenLastCalledWith({ paths: ['/x/a.txt', '/x/b.pdf'] });
    expect(win.webContents.sent).toContainEqual({ channel: 'ingestProgress', payload: { done: 1, total: 2, current: '/x/a.txt' } });
    expect(win.webContents.sent).toContainEqual({ channel: 'libraryChanged', payload: { reason: 'ingest' } });
    await expect(invoke('listIngestErrors', {})).resolves.toEqual([{ path: '/x/bad.pdf', message: 'truncated PDF' }]);
  });

  it('exports a PNG of the window and a PDF to the path the user picked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-export-'));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 't.png') });
    await expect(invoke('exportTimeline', { format: 'png' })).resolves.toEqual({ path: join(dir, 't.png') });
    expect(readFileSync(join(dir, 't.png'), 'utf8')).toBe('PNG-BYTES');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 't.pdf') });
    await invoke('exportTimeline', { format: 'pdf' });
    expect(readFileSync(join(dir, 't.pdf'), 'utf8')).toBe('%PDF-stand-in');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(invoke('exportTimeline', { format: 'png' })).resolves.toBeNull();
  });

  it('captures only the timeline area when the page marks one, and the window when the answer is odd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-export-'));
    win.webContents.executeJavaScript.mockResolvedValueOnce({ x: 0, y: 48, width: 1280, height: 280 });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'a.png') });
    await invoke('exportTimeline', { format: 'png' });
    expect(win.webContents.capturePage).toHaveBeenLastCalledWith({ x: 0, y: 48, width: 1280, height: 280 });
    win.webContents.executeJavaScript.mockResolvedValueOnce({ x: -5, y: 0, width: 'wide' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'b.png') });
    await invoke('exportTimeline', { format: 'png' });
    expect(win.webContents.capturePage).toHaveBeenLastCalledWith();
  });

  it('opens only http(s) links in the system browser', async () => {
    await invoke('openExternal', { url: 'https://example.com/a' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/a');
    shell.openExternal.mockClear();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      await expect(invoke('openExternal', { url })).rejects.toThrow(/invalid argument/);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('passes each validated request to the library method of the same name', async () => {
    await invoke('mergeEvents', { keepId: 'a', mergeIds: ['b'] });
    expect(library.mergeEvents).toHaveBeenCalledWith({ keepId: 'a', mergeIds: ['b'] });
    await invoke('setDocumentDate', { id: 'd1', dct: '2024-10-04' });
    expect(library.setDocumentDate).toHaveBeenCalledWith({ id: 'd1', dct: '2024-10-04' });
  });

  it('installs a menu whose items send their commands to the renderer, with shortcuts', () => {
    const items = (Menu.applied ?? []).flatMap((m: FakeMenuItem) => m.submenu ?? []);
    const byLabel = new Map(items.filter((i) => i.label).map((i) => [i.label, i]));
    const expected = { 'Zoom In': 'zoomIn', 'Zoom Out': 'zoomOut', 'Fit All': 'fit', 'Lanes by Document': 'toggleLanes', 'Dark Mode': 'toggleDark', 'Export...': 'export', 'Find...': 'find', 'Show Ingest Errors': 'showErrors' };
    for (const [label, command] of Object.entries(expected)) {
      const item = byLabel.get(label);
      expect(item?.accelerator, label).toBeTruthy();
      win.webContents.sent.length = 0;
      item?.click?.();
      expect(win.webContents.sent, label).toEqual([{ channel: 'menuCommand', payload: { command } }]);
    }
  });

  it('opens a folder from the File menu through the folder dialog', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/x/folder'] });
    const item = (Menu.applied ?? []).flatMap((m: FakeMenuItem) => m.submenu ?? []).find((i) => i.label === 'Open Folder...');
    item?.click?.();
    await vi.waitFor(() => expect(library.addPaths).toHaveBeenLastCalledWith({ paths: ['/x/folder'] }));
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ properties: ['openDirectory'] }));
  });

  it('remembers the window size and position in userData', () => {
    win.bounds = { x: 40, y: 30, width: 1000, height: 700 };
    win.emit('close');
    const saved = JSON.parse(readFileSync(join(app.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: false });
  });
});
