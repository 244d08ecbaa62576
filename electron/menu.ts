/**
 * The native menu, in the user's interface language. File commands are sent to the renderer as
 * contract events (it holds the article); Open Recent is handled in main because only that
 * side knows the paths.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import type { StringKey } from './strings';

export interface MenuDeps {
  appName: string;
  isMac: boolean;
  isDev: boolean;
  t: (key: StringKey, values?: Record<string, string>) => string;
  recent: { id: string; label: string }[];
  send(command: MenuCommand): void;
  openRecent(id: string): void;
  clearRecent(): void;
}

export function menuTemplate(d: MenuDeps): MenuItemConstructorOptions[] {
  const { t } = d;
  const cmd = (key: StringKey, command: MenuCommand, accelerator?: string) => ({
    label: t(key, { app: d.appName }),
    ...(accelerator ? { accelerator } : {}),
    click: () => d.send(command),
  });
  const role = (r: NonNullable<MenuItemConstructorOptions['role']>, key: StringKey) => ({
    role: r,
    label: t(key),
  });
  const separator = { type: 'separator' as const };
  const recentItems: MenuItemConstructorOptions[] = d.recent.length
    ? [
        ...d.recent.map((r) => ({ label: r.label, click: () => d.openRecent(r.id) })),
        separator,
        { label: t('clearRecent'), click: () => d.clearRecent() },
      ]
    : [{ label: t('noRecent'), enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      cmd('new', 'new', 'CmdOrCtrl+N'),
      cmd('open', 'open', 'CmdOrCtrl+O'),
      { label: t('openRecent'), submenu: recentItems },
      cmd('import', 'import', 'CmdOrCtrl+I'),
      separator,
      cmd('save', 'save', 'CmdOrCtrl+S'),
      cmd('saveAs', 'saveAs', 'CmdOrCtrl+Shift+S'),
      cmd('export', 'export', 'CmdOrCtrl+E'),
      separator,
      cmd('close', 'close', 'CmdOrCtrl+W'),
      ...(d.isMac
        ? []
        : [separator, cmd('settings', 'settings', 'CmdOrCtrl+,'), role('quit', 'quit')]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      role('undo', 'undo'),
      role('redo', 'redo'),
      separator,
      role('cut', 'cut'),
      role('copy', 'copy'),
      role('paste', 'paste'),
      role('pasteAndMatchStyle', 'pasteAndMatchStyle'),
      role('delete', 'delete'),
      role('selectAll', 'selectAll'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...(d.isDev
        ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, separator]
        : []),
      role('resetZoom', 'resetZoom'),
      role('zoomIn', 'zoomIn'),
      role('zoomOut', 'zoomOut'),
      separator,
      role('togglefullscreen', 'fullscreen'),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('help'),
    submenu: [cmd('about', 'about')],
  };
  const mac: MenuItemConstructorOptions[] = d.isMac
    ? [
        {
          label: d.appName,
          submenu: [
            cmd('about', 'about'),
            separator,
            cmd('settings', 'settings', 'CmdOrCtrl+,'),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            role('quit', 'quit'),
          ],
        },
      ]
    : [];
  return [...mac, file, edit, view, ...(d.isMac ? [{ role: 'windowMenu' as const }] : []), help];
}
