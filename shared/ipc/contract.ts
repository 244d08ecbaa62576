/**
 * The desktop contract: every operation the renderer may ask of the Node side, as one table of
 * channel name → zod request schema → zod response schema. Electron registers it with
 * `ipcMain.handle`, the loopback host serves it as `POST /ipc/<channel>`, and both clients
 * (`createDesktopApi` over the preload or over HTTP) implement `DesktopApi` from it.
 *
 * Rules the table encodes:
 * - Documents are named by opaque tokens, never paths: the renderer cannot name a file to read
 *   or write. Paths reach the Node side only from places the user chose (a dialog, the recent
 *   list, the command line, a dropped file, the recovery area).
 * - Operations that show a dialog answer `null` when the user cancels.
 * - Every answer travels as an `IpcResult`: a typed error instead of an exception, because
 *   Electron flattens thrown errors into an unreadable string.
 */
import { z } from 'zod';
import { ArticleSchema } from '../model/article';
import { SettingsPatchSchema, SettingsViewSchema, UiLanguageSchema } from './settings';

export * from './settings';

/** Opaque handle for an open document; meaningless outside the process that issued it. */
export const DocumentTokenSchema = z
  .string()
  .regex(/^doc_[A-Za-z0-9_-]{16,64}$/, 'not a document token');
export type DocumentToken = z.infer<typeof DocumentTokenSchema>;

export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'not an id');

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) }).strict();

// ---------------------------------------------------------------------------------------------
// Shapes that answers share

export const DocumentInfoSchema = z
  .object({
    token: DocumentTokenSchema,
    /** File name to show in the title bar ("banjir-jakarta.newsroom.json", "Untitled"). */
    name: z.string(),
    /** Folder, for display only; null while the document has never been saved. */
    folder: z.string().nullable(),
    /** True when Save writes to a file without asking where (a native file is attached). */
    hasFile: z.boolean(),
    /** Importer that produced the article ("native", "text", "docx", …) or "new". */
    format: z.string(),
    /** SHA-256 of the bytes on disk when last read or written; null with no file. */
    contentHash: z.string().nullable(),
    /** Restored from the recovery area: shown as recovered and unsaved until saved. */
    recovered: z.boolean(),
    /** Suggested file name for Save As, ending in `.newsroom.json`. */
    suggestedName: z.string(),
  })
  .strict();
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const OpenedDocumentSchema = z
  .object({ document: DocumentInfoSchema, article: ArticleSchema })
  .strict();
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

export const SavedDocumentSchema = z.object({ document: DocumentInfoSchema }).strict();
export type SavedDocument = z.infer<typeof SavedDocumentSchema>;

export const ExternalStatusSchema = z
  .object({
    /**
     * same: the file still holds what we last read or wrote; changed: someone else wrote it
     * (detected by content hash, so an edit that keeps size and mtime is still caught);
     * deleted: the file is gone; untitled: there is no file to compare with.
     */
    status: z.enum(['same', 'changed', 'deleted', 'untitled']),
    contentHash: z.string().nullable(),
  })
  .strict();
export type ExternalStatus = z.infer<typeof ExternalStatusSchema>;

export const RecoveryEntrySchema = z
  .object({
    id: IdSchema,
    /** File name of the original, or the article's headline for untitled work. */
    name: z.string(),
    headline: z.string(),
    /** Folder of the original file, for display; null for untitled work. */
    folder: z.string().nullable(),
    savedAt: z.string(),
  })
  .strict();
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

export const RecoveryListSchema = z
  .object({
    entries: z.array(RecoveryEntrySchema),
    /** Recovery files that could not be read and were moved aside (names only). */
    setAside: z.array(z.string()),
  })
  .strict();
export type RecoveryList = z.infer<typeof RecoveryListSchema>;

export const LocationViewSchema = z
  .object({
    blockIndex: z.number().int().nullable(),
    blockId: z.string().nullable(),
    field: z.string().optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
  })
  .strict();

/** A rule finding as data (fixes are functions and stay on the renderer's side of the core). */
export const DiagnosticViewSchema = z
  .object({
    ruleId: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.object({ en: z.string(), id: z.string() }).strict(),
    location: LocationViewSchema,
  })
  .strict();
export type DiagnosticView = z.infer<typeof DiagnosticViewSchema>;

export const ExportResultSchema = z
  .object({
    /** Folder written to, for display. */
    folder: z.string(),
    /** Files written (each atomically), by format. `path` may be passed to shell:showInFolder. */
    written: z.array(z.object({ format: z.string(), name: z.string(), path: z.string() }).strict()),
    /** Set when errors stopped the export (nothing was written) and `allowErrors` was false. */
    blocked: z.boolean(),
    diagnostics: z.array(DiagnosticViewSchema),
    /** True when the files were marked as drafts because errors were exported anyway. */
    draft: z.boolean(),
  })
  .strict();
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const AppInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    /** Which door the renderer runs behind. */
    transport: z.enum(['electron', 'host']),
    platform: z.string(),
    /** True when the host answers dialogs from a test queue (never in a real launch). */
    testDialogs: z.boolean(),
    /** Folder the host restricts its open/save dialogs to; null in Electron. */
    workspace: z.string().nullable(),
    profiles: z.array(
      z.object({ id: z.string(), name: z.string(), language: z.string() }).strict(),
    ),
    importers: z.array(
      z.object({ id: z.string(), label: z.string(), extensions: z.array(z.string()) }).strict(),
    ),
    exporters: z.array(
      z
        .object({
          id: z.string(),
          label: z.string(),
          extension: z.string(),
          mediaType: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const PendingOpensSchema = z
  .object({
    documents: z.array(OpenedDocumentSchema),
    /** Files that could not be opened, with a plain sentence each. */
    failures: z.array(z.object({ name: z.string(), message: z.string() }).strict()),
  })
  .strict();
export type PendingOpens = z.infer<typeof PendingOpensSchema>;

export const WorkspaceListingSchema = z
  .object({
    /** The host's workspace folder. */
    folder: z.string(),
    /** Drafts and articles directly in it, by name; pass `path` to `openWorkspaceFile`. */
    files: z.array(
      z
        .object({
          name: z.string(),
          path: z.string(),
          size: z.number().int().nonnegative(),
          modifiedAt: z.string(),
          /** True for `.newsroom.json` (opens attached; Save writes back to it). */
          native: z.boolean(),
        })
        .strict(),
    ),
    /** More files matched than are listed. */
    truncated: z.boolean(),
  })
  .strict();
export type WorkspaceListing = z.infer<typeof WorkspaceListingSchema>;

const ProfileIdSchema = z.string().min(1).max(80);

/** Base64 of a dropped or pasted file's bytes; 64 MB of base64 ≈ 48 MB of file. */
const Base64Schema = z
  .string()
  .max(64 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

// ---------------------------------------------------------------------------------------------
// The table

export const CHANNELS = {
  'app:info': { request: Empty, response: AppInfoSchema },
  /**
   * Documents the Node side opened for the user outside the renderer (command line, second
   * launch, macOS open-file, Open Recent in the native menu). Returns them once, then forgets.
   */
  'app:takePendingOpens': { request: Empty, response: PendingOpensSchema },
  /**
   * Electron preload only (refused from the page and over the host): a file dropped on the
   * window where the page did not handle the drop. Queued like a command-line file; the window
   * then gets a `pending-opens` event.
   */
  'app:queueDroppedFile': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: Ok,
  },
  /** The renderer says what the window shows, so closing with unsaved work can ask first. */
  'app:setWindowState': {
    request: z.object({ title: z.string().max(300), dirty: z.boolean() }).strict(),
    response: Ok,
  },

  /**
   * Loopback host only: the drafts in the workspace, so the page can offer its own Open
   * picker (a browser has no file dialog). `unsupported` in Electron, which has real dialogs.
   */
  'workspace:list': { request: Empty, response: WorkspaceListingSchema },

  'settings:get': { request: Empty, response: SettingsViewSchema },
  'settings:set': { request: SettingsPatchSchema, response: SettingsViewSchema },
  /** Dialog to pick the export folder; null if cancelled. */
  'settings:chooseExportFolder': { request: Empty, response: SettingsViewSchema.nullable() },

  'document:new': {
    request: z
      .object({ language: UiLanguageSchema.optional(), profile: ProfileIdSchema.optional() })
      .strict(),
    response: OpenedDocumentSchema,
  },
  /** Open dialog for `.newsroom.json` (and any importable draft); null if cancelled. */
  'document:open': { request: Empty, response: OpenedDocumentSchema.nullable() },
  'document:openRecent': {
    request: z.object({ id: IdSchema }).strict(),
    response: OpenedDocumentSchema,
  },
  /**
   * Opens a path the user already chose (Electron: a dropped file, via the preload). Any other
   * path is refused with `access-denied`; over the loopback host it is only allowed inside the
   * workspace folder.
   */
  'document:openPath': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: OpenedDocumentSchema,
  },
  /** Import dialog (any supported draft format); null if cancelled. */
  'document:import': {
    request: z.object({ profile: ProfileIdSchema.optional() }).strict(),
    response: OpenedDocumentSchema.nullable(),
  },
  /** Imports bytes the renderer holds (a file dropped into a browser tab). Never touches disk. */
  'document:importBytes': {
    request: z
      .object({
        name: z.string().min(1).max(255),
        data: Base64Schema,
        profile: ProfileIdSchema.optional(),
      })
      .strict(),
    response: OpenedDocumentSchema,
  },
  /**
   * Saves atomically to the document's file; a document without a file asks where (null if
   * cancelled). If the file changed on disk since it was read, answers `conflict` unless
   * `overwrite` is true.
   */
  'document:save': {
    request: z
      .object({
        token: DocumentTokenSchema,
        article: ArticleSchema,
        overwrite: z.boolean().optional(),
      })
      .strict(),
    response: SavedDocumentSchema.nullable(),
  },
  'document:saveAs': {
    request: z.object({ token: DocumentTokenSchema, article: ArticleSchema }).strict(),
    response: SavedDocumentSchema.nullable(),
  },
  'document:checkExternal': {
    request: z.object({ token: DocumentTokenSchema }).strict(),
    response: ExternalStatusSchema,
  },
  /** Reads the document's file again (after checkExternal said "changed"). */
  'document:reload': {
    request: z.object({ token: DocumentTokenSchema }).strict(),
    response: OpenedDocumentSchema,
  },
  /** Forgets the token and discards its recovery copy (the user saved or chose to discard). */
  'document:close': { request: z.object({ token: DocumentTokenSchema }).strict(), response: Ok },

  /** A recovery copy of unsaved work (call about 1 s after typing stops); written atomically. */
  'recovery:write': {
    request: z.object({ token: DocumentTokenSchema, article: ArticleSchema }).strict(),
    response: z.object({ savedAt: z.string() }).strict(),
  },
  /** Work left behind by a run that ended without saving (a crash, a killed process). */
  'recovery:list': { request: Empty, response: RecoveryListSchema },
  /** Opens recovered work as a new, unsaved document; the original file is not touched. */
  'recovery:restore': {
    request: z.object({ id: IdSchema }).strict(),
    response: OpenedDocumentSchema,
  },
  'recovery:discard': { request: z.object({ id: IdSchema }).strict(), response: Ok },

  /**
   * Checks the article, then writes one file per format, each atomically. `destination`:
   * "dialog" asks for a folder (null if cancelled), "settings" uses the saved export folder
   * (`not-found` if none is set).
   */
  'export:run': {
    request: z
      .object({
        token: DocumentTokenSchema,
        article: ArticleSchema,
        formats: z.array(z.string().min(1).max(40)).min(1).max(20),
        destination: z.enum(['dialog', 'settings']),
        allowErrors: z.boolean().default(false),
        profile: ProfileIdSchema.optional(),
      })
      .strict(),
    response: ExportResultSchema.nullable(),
  },

  /** Reveals a document's file, or a file this session exported, in the system file manager. */
  'shell:showInFolder': {
    request: z.union([
      z.object({ token: DocumentTokenSchema }).strict(),
      z.object({ path: z.string().min(1).max(4096) }).strict(),
    ]),
    response: Ok,
  },
  /** Opens an http(s) link in the user's browser; other schemes are refused. */
  'shell:openExternal': {
    request: z.object({ url: z.string().url().max(4096) }).strict(),
    response: Ok,
  },
} as const;

export type Channels = typeof CHANNELS;
export type Channel = keyof Channels;
export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];
export const isChannel = (name: string): name is Channel =>
  Object.prototype.hasOwnProperty.call(CHANNELS, name);

/** What the caller sends (before defaults) and what the handler receives (after parsing). */
export type RequestInput<C extends Channel> = z.input<Channels[C]['request']>;
export type Request<C extends Channel> = z.output<Channels[C]['request']>;
export type Response<C extends Channel> = z.output<Channels[C]['response']>;

// ---------------------------------------------------------------------------------------------
// Errors and the envelope every answer travels in

export const IPC_ERROR_CODES = [
  /** The payload failed the channel's schema; `issues` says where. */
  'invalid-request',
  /** The caller is not the app's own window (wrong frame, missing or wrong token). */
  'forbidden',
  /** No such channel. */
  'unknown-channel',
  /** A path outside what the user chose, or a traversal attempt. */
  'access-denied',
  /** Unknown token, recovery id, recent file, export format or profile; or a missing file. */
  'not-found',
  /** The file changed on disk since it was read; save again with overwrite to replace it. */
  'conflict',
  /** The draft could not be imported (message says why, plainly). */
  'import-failed',
  /** The disk refused: permission, read-only, full. Nothing was changed. */
  'io',
  /** This door cannot do that (e.g. a dropped file's path over the loopback host). */
  'unsupported',
  /** A bug. The message says what failed. */
  'internal',
] as const;
export const IpcErrorCodeSchema = z.enum(IPC_ERROR_CODES);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

export const IpcErrorSchema = z
  .object({
    code: IpcErrorCodeSchema,
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() }).strict()).optional(),
  })
  .strict();
export type IpcError = z.infer<typeof IpcErrorSchema>;

export type { IpcResult } from './errors';
export { IpcCallError, isIpcCallError } from './errors';

// ---------------------------------------------------------------------------------------------
// Events the Node side pushes to the renderer (Electron only: the host has no push channel)

export { EVENT_CHANNEL } from './bridge';

export const MENU_COMMANDS = [
  'new',
  'open',
  'import',
  'save',
  'saveAs',
  'export',
  'close',
  'settings',
  'about',
] as const;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const AppEventSchema = z.discriminatedUnion('type', [
  /** A menu item or its accelerator was used. */
  z.object({ type: z.literal('command'), command: MenuCommandSchema }).strict(),
  /** Files are waiting: call `takePendingOpens`. */
  z.object({ type: z.literal('pending-opens') }).strict(),
  /** The window regained focus: a good moment for `checkExternal`. */
  z.object({ type: z.literal('focus') }).strict(),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;
