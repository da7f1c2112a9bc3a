// The native application menu. Commands the renderer carries out travel as `menuCommand`
// notifications; opening documents runs in main (dialog, then ingest) like the renderer's buttons.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';

export interface MenuActions {
  readonly send: (command: MenuCommand) => void;
  readonly openDocuments: (kind: 'files' | 'folder') => void;
  readonly isMac: boolean;
  readonly isDev: boolean;
}

export function buildMenuTemplate({ send, openDocuments, isMac, isDev }: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, cmd: MenuCommand): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(cmd) });
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Files...', accelerator: 'CmdOrCtrl+O', click: () => openDocuments('files') },
        { label: 'Open Folder...', accelerator: 'CmdOrCtrl+Shift+O', click: () => openDocuments('folder') },
        { type: 'separator' },
        command('Export...', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        command('Find...', 'CmdOrCtrl+F', 'find'),
        { type: 'separator' },
        command('Zoom In', 'CmdOrCtrl+=', 'zoomIn'),
        command('Zoom Out', 'CmdOrCtrl+-', 'zoomOut'),
        command('Fit All', 'CmdOrCtrl+0', 'fit'),
        { type: 'separator' },
        command('Lanes by Document', 'CmdOrCtrl+L', 'toggleLanes'),
        command('Dark Mode', 'CmdOrCtrl+Shift+D', 'toggleDark'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [command('Show Ingest Errors', 'CmdOrCtrl+Shift+E', 'showErrors'), ...(isMac ? [] : [{ role: 'about' } satisfies MenuItemConstructorOptions])],
    },
  ];
}
