/** Native dialogs for the desktop app (the `Dialogs` seam of the services). */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Dialogs, FileFilter } from './services/dialogs';

export class ElectronDialogs implements Dialogs {
  constructor(private readonly window: () => BrowserWindow | null) {}

  async openFile(o: { title: string; filters: FileFilter[] }): Promise<string | null> {
    const options: Electron.OpenDialogOptions = {
      title: o.title,
      filters: o.filters,
      properties: ['openFile'],
    };
    const win = this.window();
    const r = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }

  async saveFile(o: {
    title: string;
    defaultName: string;
    defaultFolder?: string | null;
    filters: FileFilter[];
  }): Promise<string | null> {
    const options: Electron.SaveDialogOptions = {
      title: o.title,
      defaultPath: join(o.defaultFolder ?? app.getPath('documents'), o.defaultName),
      filters: o.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = this.window();
    const r = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  }

  async chooseFolder(o: { title: string }): Promise<string | null> {
    const options: Electron.OpenDialogOptions = {
      title: o.title,
      properties: ['openDirectory', 'createDirectory'],
    };
    const win = this.window();
    const r = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
}
