/**
 * `DesktopApi`: what the renderer calls, one method per operation of the contract. Two
 * transports implement it through `createDesktopApi`: the Electron preload (ipcRenderer) and
 * the loopback host (HTTP, see `httpTransport.ts`). The renderer imports only this interface
 * and never learns which door it is behind, except through `appInfo().transport`.
 *
 * Methods resolve with the channel's answer and reject with `IpcCallError` (typed `code`).
 * This module imports no zod, so the preload bundle stays small.
 */
import { encodeBase64 } from './base64';
import type {
  AppEvent,
  AppInfo,
  Channel,
  DocumentToken,
  ExportResult,
  ExternalStatus,
  OpenedDocument,
  PendingOpens,
  RecoveryList,
  RequestInput,
  Response,
  SavedDocument,
  SettingsPatch,
  SettingsView,
  UiLanguage,
  WorkspaceListing,
} from './contract';
import type { Article } from '../model/article';
import { IpcCallError, type IpcResult } from './errors';

/** The part of a DOM `File` the client needs (structural, so the core needs no DOM types). */
export interface DroppedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ExportRequest {
  token: DocumentToken;
  article: Article;
  formats: string[];
  destination: 'dialog' | 'settings';
  allowErrors?: boolean;
  profile?: string;
}

export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  /** Documents opened for the user from outside the window (command line, second launch, menu). */
  takePendingOpens(): Promise<PendingOpens>;
  setWindowState(state: { title: string; dirty: boolean }): Promise<void>;

  getSettings(): Promise<SettingsView>;
  setSettings(patch: SettingsPatch): Promise<SettingsView>;
  /** null if the user cancelled the folder dialog. */
  chooseExportFolder(): Promise<SettingsView | null>;

  newDocument(options?: { language?: UiLanguage; profile?: string }): Promise<OpenedDocument>;
  /** null if cancelled. */
  openDocument(): Promise<OpenedDocument | null>;
  openRecent(id: string): Promise<OpenedDocument>;
  /** A file dropped on the window (Electron opens it in place; the browser imports its bytes). */
  openDroppedFile(file: DroppedFile, options?: { profile?: string }): Promise<OpenedDocument>;
  /** Import dialog, any supported format; null if cancelled. */
  importDocument(options?: { profile?: string }): Promise<OpenedDocument | null>;
  /** Loopback host only (`appInfo().workspace` is set): drafts the page may offer to open. */
  listWorkspace(): Promise<WorkspaceListing>;
  /** Loopback host only: opens a file from `listWorkspace()` (native files stay attached). */
  openWorkspaceFile(path: string): Promise<OpenedDocument>;

  /** null if the document had no file and the user cancelled Save As. `conflict` if changed on disk. */
  saveDocument(
    token: DocumentToken,
    article: Article,
    options?: { overwrite?: boolean },
  ): Promise<SavedDocument | null>;
  saveDocumentAs(token: DocumentToken, article: Article): Promise<SavedDocument | null>;
  checkExternal(token: DocumentToken): Promise<ExternalStatus>;
  reloadDocument(token: DocumentToken): Promise<OpenedDocument>;
  closeDocument(token: DocumentToken): Promise<void>;

  writeRecovery(token: DocumentToken, article: Article): Promise<{ savedAt: string }>;
  listRecovery(): Promise<RecoveryList>;
  restoreRecovery(id: string): Promise<OpenedDocument>;
  discardRecovery(id: string): Promise<void>;

  /** null if the folder dialog was cancelled. */
  runExport(request: ExportRequest): Promise<ExportResult | null>;

  showInFolder(target: { token: DocumentToken } | { path: string }): Promise<void>;
  openExternal(url: string): Promise<void>;

  /** Menu commands and other pushes. Returns an unsubscribe function. No-op over HTTP. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** What a door must provide: call a channel, and optionally push events and resolve drops. */
export interface IpcTransport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  onEvent?(listener: (event: AppEvent) => void): () => void;
  /**
   * Electron only: opens a dropped file by its real path (looked up in the preload, never
   * taken from the page). Answers an `IpcResult`, or undefined when the file has no path (it
   * was made in the page), in which case its bytes are imported instead.
   */
  openDroppedFile?(file: DroppedFile): Promise<unknown> | undefined;
}

function isResult(x: unknown): x is IpcResult<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}

export function createDesktopApi(transport: IpcTransport): DesktopApi {
  function unwrap<C extends Channel>(channel: C, result: unknown): Response<C> {
    if (!isResult(result)) {
      throw new IpcCallError(channel, 'internal', `${channel}: the answer was not understood.`);
    }
    if (!result.ok) {
      const { code, message, issues } = result.error;
      throw new IpcCallError(channel, code, message, issues);
    }
    return result.value as Response<C>;
  }

  async function call<C extends Channel>(
    channel: C,
    payload: RequestInput<C>,
  ): Promise<Response<C>> {
    return unwrap(channel, await transport.invoke(channel, payload));
  }

  return {
    appInfo: () => call('app:info', {}),
    takePendingOpens: () => call('app:takePendingOpens', {}),
    setWindowState: async (state) => {
      await call('app:setWindowState', state);
    },

    getSettings: () => call('settings:get', {}),
    setSettings: (patch) => call('settings:set', patch),
    chooseExportFolder: () => call('settings:chooseExportFolder', {}),

    newDocument: (options = {}) => call('document:new', options),
    openDocument: () => call('document:open', {}),
    openRecent: (id) => call('document:openRecent', { id }),
    openDroppedFile: async (file, options = {}) => {
      const opened = transport.openDroppedFile?.(file);
      if (opened) return unwrap('document:openPath', await opened);
      const data = encodeBase64(new Uint8Array(await file.arrayBuffer()));
      return call('document:importBytes', { name: file.name || 'dropped file', data, ...options });
    },
    importDocument: (options = {}) => call('document:import', options),
    listWorkspace: () => call('workspace:list', {}),
    openWorkspaceFile: (path) => call('document:openPath', { path }),

    saveDocument: (token, article, options = {}) =>
      call('document:save', { token, article, ...options }),
    saveDocumentAs: (token, article) => call('document:saveAs', { token, article }),
    checkExternal: (token) => call('document:checkExternal', { token }),
    reloadDocument: (token) => call('document:reload', { token }),
    closeDocument: async (token) => {
      await call('document:close', { token });
    },

    writeRecovery: (token, article) => call('recovery:write', { token, article }),
    listRecovery: () => call('recovery:list', {}),
    restoreRecovery: (id) => call('recovery:restore', { id }),
    discardRecovery: async (id) => {
      await call('recovery:discard', { id });
    },

    runExport: (request) => call('export:run', request),

    showInFolder: async (target) => {
      await call('shell:showInFolder', target);
    },
    openExternal: async (url) => {
      await call('shell:openExternal', { url });
    },

    onEvent: (listener) => transport.onEvent?.(listener) ?? (() => undefined),
  };
}
