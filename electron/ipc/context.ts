/**
 * Everything a handler may use. Built once per launch by the door (Electron main or the
 * loopback host); the handlers themselves are the same for both.
 */
import type { AppInfo } from '../../shared/ipc/contract';
import type { Dialogs } from '../services/dialogs';
import type { DocumentService } from '../services/documents';
import type { ExportEngine } from '../services/exports';
import type { PathAccess } from '../services/paths';
import type { RecoveryService } from '../services/recovery';
import type { SettingsService } from '../services/settings';
import type { Shell } from '../services/shell';
import type { WriteJournal } from '../services/writeJournal';

/** Who is calling, as the door saw it. */
export type Sender =
  | {
      kind: 'electron';
      /** `webContents.id` of the sender, to check it is the app's own window. */
      webContentsId: number;
      /** URL of the frame that sent the message ("" when Electron could not tell). */
      frameUrl: string;
      isMainFrame: boolean;
    }
  | {
      kind: 'host';
      /** The token header as received (compared in constant time by the host's policy). */
      token: string | null;
    };

export interface WindowHooks {
  setState(state: { title: string; dirty: boolean }): void;
  /** Files were queued for the window (Electron pushes a `pending-opens` event). */
  pendingOpensChanged(): void;
}

export interface HandlerContext {
  transport: AppInfo['transport'];
  name: string;
  version: string;
  access: PathAccess;
  settings: SettingsService;
  recovery: RecoveryService;
  documents: DocumentService;
  /** Lists every folder a save or an export is writing into, for the next start to sweep (see writeJournal.ts). */
  journal: WriteJournal;
  dialogs: Dialogs;
  shell: Shell;
  exports: ExportEngine;
  window: WindowHooks;
  /** Paths opened for the user outside the renderer, already granted, waiting to be opened. */
  pendingOpens: string[];
  /**
   * Electron: `document:openPath` comes only from the preload with a dropped file's real path,
   * so it grants that file. Host: nothing vouches for a path; only granted folders are open.
   */
  trustDroppedPaths: boolean;
  workspace: string | null;
  testDialogs: boolean;
}
