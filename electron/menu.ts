/**
 * The native menu. File commands are sent to the renderer as contract events (it holds the
 * article); Open Recent is handled here because only this side knows the paths.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';

export interface MenuDeps {
  appName: string;
  isMac: boolean;
  isDev: boolean;
  recent: { id: string; label: string }[];
  send(command: MenuCommand): void;
  openRecent(id: string): void;
  clearRecent(): void;
}

export function menuTemplate(d: MenuDeps): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string) => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => d.send(command),
  });
  const recentItems: MenuItemConstructorOptions[] = d.recent.length
    ? [
        ...d.recent.map((r) => ({ label: r.label, click: () => d.openRecent(r.id) })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: () => d.clearRecent() },
      ]
    : [{ label: 'No recent files', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      cmd('New', 'new', 'CmdOrCtrl+N'),
      cmd('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentItems },
      cmd('Import…', 'import', 'CmdOrCtrl+I'),
      { type: 'separator' },
      cmd('Save', 'save', 'CmdOrCtrl+S'),
      cmd('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      cmd('Export…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      cmd('Close', 'close', 'CmdOrCtrl+W'),
      ...(d.isMac
        ? []
        : [
            { type: 'separator' as const },
            cmd('Settings…', 'settings', 'CmdOrCtrl+,'),
            { role: 'quit' as const },
          ]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(d.isDev
        ? [
            { role: 'reload' as const },
            { role: 'toggleDevTools' as const },
            { type: 'separator' as const },
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [cmd(`About ${d.appName}`, 'about')],
  };
  const mac: MenuItemConstructorOptions[] = d.isMac
    ? [
        {
          label: d.appName,
          submenu: [
            cmd(`About ${d.appName}`, 'about'),
            { type: 'separator' },
            cmd('Settings…', 'settings', 'CmdOrCtrl+,'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...mac, file, edit, view, ...(d.isMac ? [{ role: 'windowMenu' as const }] : []), help];
}
