// The Electron side of ShellHost: native dialogs, page capture, print-to-PDF, the system browser,
// and notifications to the window's renderer.
import { app, dialog, shell, type BrowserWindow, type FileFilter, type OpenDialogOptions } from 'electron';
import { join } from 'node:path';
import type { ExportFormat } from '../shared/contract';
import { EXPORT_AREA_SCRIPT, parseCaptureRect } from './capture-area';
import type { ShellHost } from './dispatch';
import { sendNotification } from './ipc';

export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] as const;

const SAVE_TYPES: Readonly<Record<ExportFormat | 'project', { readonly name: string; readonly ext: string; readonly file: string }>> = {
  json: { name: 'Eventline JSON', ext: 'json', file: 'timeline.json' },
  csv: { name: 'CSV (spreadsheet)', ext: 'csv', file: 'timeline.csv' },
  ics: { name: 'iCalendar', ext: 'ics', file: 'timeline.ics' },
  timelinejs: { name: 'TimelineJS JSON', ext: 'json', file: 'timeline-timelinejs.json' },
  png: { name: 'PNG image', ext: 'png', file: 'timeline.png' },
  pdf: { name: 'PDF report', ext: 'pdf', file: 'timeline.pdf' },
  project: { name: 'Eventline project', ext: 'eventline', file: 'timeline.eventline' },
};

export function openDialogOptions(kind: 'files' | 'folder' | 'project'): OpenDialogOptions {
  if (kind === 'folder') return { title: 'Add a folder of documents', properties: ['openDirectory'] };
  if (kind === 'project') return { title: 'Open project', properties: ['openFile'], filters: [{ name: SAVE_TYPES.project.name, extensions: ['eventline'] }] };
  const filters: FileFilter[] = [{ name: 'Documents', extensions: [...DOCUMENT_EXTENSIONS] }];
  return { title: 'Add documents', properties: ['openFile', 'multiSelections'], filters };
}

export function createElectronHost(getWindow: () => BrowserWindow | null): ShellHost {
  const live = () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) throw new Error('the window is closed');
    return win;
  };
  return {
    chooseOpenPaths: async (kind) => {
      const result = await dialog.showOpenDialog(live(), openDialogOptions(kind));
      return result.canceled ? null : result.filePaths;
    },
    chooseSavePath: async (purpose) => {
      const type = SAVE_TYPES[purpose];
      const result = await dialog.showSaveDialog(live(), {
        title: purpose === 'project' ? 'Save project' : 'Export timeline',
        defaultPath: join(app.getPath('documents'), type.file),
        filters: [{ name: type.name, extensions: [type.ext] }],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    capturePng: async () => {
      const contents = live().webContents;
      const area = parseCaptureRect(await contents.executeJavaScript(EXPORT_AREA_SCRIPT).catch(() => null));
      return (await (area ? contents.capturePage(area) : contents.capturePage())).toPNG();
    },
    printPdf: async () => live().webContents.printToPDF({ printBackground: true, pageSize: 'A4', landscape: true }),
    openExternal: (url) => shell.openExternal(url),
    notify: (channel, payload) => {
      const win = getWindow();
      if (win && !win.isDestroyed()) sendNotification(win.webContents, channel, payload);
    },
  };
}
