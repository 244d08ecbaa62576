/**
 * Connects the handler table to Electron's `ipcMain`. This is the only place `ipcMain.handle`
 * is called (a test holds the rest of electron/ to that): every channel of the contract is
 * registered, and each call goes through the dispatcher with the sender frame described, so
 * the frame check and the payload validation cannot be skipped.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import type { Sender } from './context';
import type { Dispatch } from './handlers';

/** The slice of `ipcMain` used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, payload: unknown) => unknown): void;
  removeHandler(channel: string): void;
}

/** Describes who sent an invoke: the frame's URL and whether it is the top frame. */
export function describeSender(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame;
  let isMainFrame = false;
  try {
    isMainFrame = frame !== null && frame === event.sender.mainFrame;
  } catch {
    isMainFrame = false;
  }
  return {
    kind: 'electron',
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? '',
    isMainFrame,
  };
}

export function registerElectronIpc(ipcMain: IpcMainLike, dispatch: Dispatch): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload) => dispatch(channel, payload, describeSender(event)));
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}

export const APP_SCHEME = 'app';
export const APP_HOST = 'newsroom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The Electron sender policy: the top frame of the app's own window, showing app:// content. */
export function electronSenderPolicy(isOurWebContents: (id: number) => boolean) {
  return (sender: Sender): boolean =>
    sender.kind === 'electron' &&
    sender.isMainFrame &&
    isAppUrl(sender.frameUrl) &&
    isOurWebContents(sender.webContentsId);
}
