/**
 * THE handler table: one handler per channel of the contract, used by Electron (`ipcMain`) and
 * the loopback host (`POST /ipc/<channel>`) alike, always through `createDispatcher`, which
 * checks the sender, validates the payload with the channel's schema, runs the handler, and
 * validates the answer. The table's type requires a handler for every channel, and there is no
 * other way in, so a channel cannot be served without those checks.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import { IMPORTERS } from '../../shared/import';
import { isImportError } from '../../shared/import/errors';
import { BUILTIN_PROFILES, getBuiltinProfile, ProfileError } from '../../shared/profiles';
import {
  CHANNELS,
  isChannel,
  type Channel,
  type IpcError,
  type IpcResult,
  type OpenedDocument,
  type Request,
  type Response,
} from '../../shared/ipc/contract';
import type { SettingsView } from '../../shared/ipc/settings';
import type { FileFilter } from '../services/dialogs';
import { withNativeExtension } from '../services/documents';
import { fsErrorToServiceError, isServiceError, ServiceError } from '../services/errors';
import { pickProfile, runExport } from '../services/exports';
import { AccessDeniedError, isInside, realPathInside } from '../services/paths';
import { listWorkspace } from '../services/workspace';
import { checkExternalUrl } from '../services/shell';
import { strings } from '../strings';
import type { HandlerContext, Sender } from './context';

export type Handler<C extends Channel> = (
  request: Request<C>,
  ctx: HandlerContext,
) => Promise<Response<C>>;

export type HandlerTable = { [C in Channel]: Handler<C> };

/** Dialog wording in the user's interface language. */
const t = (ctx: HandlerContext) => strings(ctx.settings.get().uiLanguage);

const nativeFilter = (ctx: HandlerContext): FileFilter => ({
  name: t(ctx)('filterArticle'),
  extensions: ['json'],
});

/** Last name endings the importers read ("json", "docx", …), without dots. */
const importExtensions = (): string[] => [
  ...new Set(IMPORTERS.flatMap((i) => i.extensions.map((e) => e.replace(/^.*\./, '')))),
];

function importFilters(ctx: HandlerContext): FileFilter[] {
  const extensions = importExtensions();
  return [
    { name: t(ctx)('filterDrafts'), extensions },
    { name: t(ctx)('filterAll'), extensions: ['*'] },
  ];
}

/** A path from a dialog counts as chosen by the user: grant it, then read through the checks. */
async function openChosen(
  ctx: HandlerContext,
  path: string,
  how: 'open' | 'import',
  profile?: string,
): Promise<OpenedDocument> {
  const real = await ctx.access.grantFile(path).catch((e: unknown) => {
    throw fsErrorToServiceError(e, basename(path));
  });
  const checked = await ctx.access.resolveForRead(real);
  return how === 'open'
    ? ctx.documents.openFile(checked, profile ? { profile } : {})
    : ctx.documents.importFile(checked, profile ? { profile } : {});
}

async function chooseSaveTarget(
  ctx: HandlerContext,
  info: { suggestedName: string; folder: string | null },
): Promise<string | null> {
  const chosen = await ctx.dialogs.saveFile({
    title: t(ctx)('dialogSave'),
    defaultName: info.suggestedName,
    defaultFolder: info.folder,
    filters: [nativeFilter(ctx)],
  });
  if (!chosen) return null;
  const target = withNativeExtension(chosen);
  await ctx.access.grantFile(target);
  return target;
}

/**
 * Paths kept in the user-data folder (the recent list, the saved export folder, the originals of
 * recovery copies) are shared with the desktop app, so they can name places anywhere. The host
 * lets the page see and use only those whose real path is in the workspace (the rule the
 * workspace list follows); the desktop app, any the user chose. Returns the real path, or null
 * for one the page may not see.
 */
async function inScope(ctx: HandlerContext, path: string): Promise<string | null> {
  if (ctx.transport !== 'host') return path;
  return ctx.workspace ? realPathInside(ctx.workspace, path) : null;
}

const outsideWorkspace = () =>
  new AccessDeniedError(
    'That recent file is outside the workspace folder; in the browser only files in the workspace can be opened.',
  );

const exportFolderOutside = () =>
  new AccessDeniedError(
    'The saved export folder is outside the workspace folder; in the browser exports go to the workspace.',
  );

/** Settings as the page sees them: in the host, without the places it may not use. */
async function settingsView(ctx: HandlerContext): Promise<SettingsView> {
  const view = ctx.settings.view();
  const paths = view.recentFiles.map((r) => ctx.settings.recentPathById(r.id));
  const keep = await Promise.all(
    paths.map(async (p) => p !== undefined && (await inScope(ctx, p)) !== null),
  );
  const exportFolder =
    view.exportFolder !== null && (await inScope(ctx, view.exportFolder)) !== null
      ? view.exportFolder
      : null;
  return { ...view, exportFolder, recentFiles: view.recentFiles.filter((_r, i) => keep[i]) };
}

function decodeBase64(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

export const HANDLERS: HandlerTable = {
  'app:info': async (_req, ctx) => ({
    name: ctx.name,
    version: ctx.version,
    transport: ctx.transport,
    platform: process.platform,
    testDialogs: ctx.testDialogs,
    workspace: ctx.workspace,
    profiles: Object.keys(BUILTIN_PROFILES).map((id) => {
      const p = getBuiltinProfile(id);
      return { id: p.id, name: p.name, language: p.language };
    }),
    importers: IMPORTERS.map((i) => ({ id: i.id, label: i.label, extensions: [...i.extensions] })),
    exporters: ctx.exports.exporters().map((e) => ({
      id: e.id,
      label: e.label,
      extension: e.extension,
      mediaType: e.mediaType,
    })),
  }),

  'app:takePendingOpens': async (_req, ctx) => {
    const paths = ctx.pendingOpens.splice(0);
    const documents: OpenedDocument[] = [];
    const failures: { name: string; message: string }[] = [];
    for (const path of paths) {
      try {
        documents.push(await ctx.documents.openFile(await ctx.access.resolveForRead(path)));
      } catch (e) {
        failures.push({ name: basename(path), message: toIpcError(e).message });
      }
    }
    return { documents, failures };
  },

  'app:queueDroppedFile': async (req, ctx) => {
    if (!ctx.trustDroppedPaths) {
      throw new ServiceError('unsupported', 'Dropped files arrive by their bytes in the browser.');
    }
    const real = await ctx.access.resolveForRead(await ctx.access.grantFile(req.path));
    ctx.pendingOpens.push(real);
    ctx.window.pendingOpensChanged();
    return { ok: true };
  },
  'app:setWindowState': async (req, ctx) => {
    ctx.window.setState(req);
    return { ok: true };
  },

  'workspace:list': async (_req, ctx) => {
    if (!ctx.workspace) {
      throw new ServiceError('unsupported', 'The desktop app opens files through its dialogs.');
    }
    return listWorkspace(ctx.workspace, importExtensions());
  },

  'settings:get': async (_req, ctx) => settingsView(ctx),
  'settings:set': async (req, ctx) => {
    if (req.defaultProfile) getBuiltinProfile(req.defaultProfile);
    await ctx.settings.apply(req);
    return settingsView(ctx);
  },
  'settings:chooseExportFolder': async (_req, ctx) => {
    const folder = await ctx.dialogs.chooseFolder({ title: t(ctx)('dialogChooseExportFolder') });
    if (!folder) return null;
    const real = await ctx.access.grantFolder(folder);
    await ctx.settings.update({ exportFolder: real });
    return settingsView(ctx);
  },

  'document:new': async (req, ctx) => ctx.documents.newDocument(req),
  'document:open': async (_req, ctx) => {
    const path = await ctx.dialogs.openFile({
      title: t(ctx)('dialogOpen'),
      filters: [nativeFilter(ctx), ...importFilters(ctx)],
    });
    return path ? openChosen(ctx, path, 'open') : null;
  },
  'document:openRecent': async (req, ctx) => {
    const path = ctx.settings.recentPathById(req.id);
    if (!path) throw new ServiceError('not-found', 'That file is no longer in the recent list.');
    // Refused before the file is looked at, so the page learns nothing about it and an entry
    // the desktop app still needs is not dropped as missing.
    const real = await inScope(ctx, path);
    if (real === null) throw outsideWorkspace();
    try {
      if (ctx.transport !== 'host') return await openChosen(ctx, path, 'open');
      // Nothing new is granted: the workspace already is, and the read resolves the path
      // again, so a link swapped in since the check above still cannot lead out.
      const checked = await ctx.access.resolveForRead(real);
      if (!ctx.workspace || !isInside(ctx.workspace, checked)) throw outsideWorkspace();
      return await ctx.documents.openFile(checked);
    } catch (e) {
      if (isServiceError(e) && e.code === 'not-found') await ctx.settings.removeRecent(path);
      throw e;
    }
  },
  'document:openPath': async (req, ctx) => {
    if (ctx.trustDroppedPaths) return openChosen(ctx, req.path, 'open');
    return ctx.documents.openFile(await ctx.access.resolveForRead(req.path));
  },
  'document:import': async (req, ctx) => {
    const path = await ctx.dialogs.openFile({
      title: t(ctx)('dialogImport'),
      filters: importFilters(ctx),
    });
    return path ? openChosen(ctx, path, 'import', req.profile) : null;
  },
  'document:importBytes': async (req, ctx) =>
    ctx.documents.importBytes(
      basename(req.name),
      decodeBase64(req.data),
      req.profile ? { profile: req.profile } : {},
    ),
  'document:save': async (req, ctx) => {
    const saved = await ctx.documents.save(req.token, req.article, { overwrite: req.overwrite });
    if (saved) return { document: saved };
    const doc = ctx.documents.get(req.token);
    const target = await chooseSaveTarget(ctx, ctx.documents.info(doc, req.article));
    if (!target) return null;
    return { document: await ctx.documents.saveAs(req.token, req.article, target) };
  },
  'document:saveAs': async (req, ctx) => {
    const doc = ctx.documents.get(req.token);
    const target = await chooseSaveTarget(ctx, ctx.documents.info(doc, req.article));
    if (!target) return null;
    return { document: await ctx.documents.saveAs(req.token, req.article, target) };
  },
  'document:checkExternal': async (req, ctx) => ctx.documents.checkExternal(req.token),
  'document:reload': async (req, ctx) => ctx.documents.reload(req.token),
  'document:close': async (req, ctx) => {
    await ctx.documents.close(req.token);
    return { ok: true };
  },

  'recovery:write': async (req, ctx) => ({
    savedAt: await ctx.documents.writeRecovery(req.token, req.article),
  }),
  'recovery:list': async (_req, ctx) => ctx.recovery.list(),
  'recovery:restore': async (req, ctx) =>
    ctx.transport === 'host'
      ? // No grant: the workspace is granted already, and a save resolves the path again.
        ctx.documents.restore(req.id, (original) => inScope(ctx, original))
      : ctx.documents.restore(req.id),
  'recovery:discard': async (req, ctx) => {
    if (ctx.documents.openRecoveryIds().has(req.id)) {
      throw new ServiceError('access-denied', 'That recovery copy belongs to an open document.');
    }
    await ctx.recovery.discard(req.id);
    return { ok: true };
  },

  'export:run': async (req, ctx) => {
    const doc = ctx.documents.get(req.token);
    let folder: string;
    if (req.destination === 'dialog') {
      const chosen = await ctx.dialogs.chooseFolder({ title: t(ctx)('dialogExportFolder') });
      if (!chosen) return null;
      folder = await ctx.access.grantFolder(chosen);
    } else {
      const saved = ctx.settings.get().exportFolder;
      if (!saved) {
        throw new ServiceError('not-found', 'No export folder is set; choose one first.');
      }
      const real = await inScope(ctx, saved);
      if (real === null) throw exportFolderOutside();
      if (ctx.transport === 'host') {
        // As for recent files: nothing new is granted, and the folder is resolved again here.
        folder = await ctx.access.resolveFolder(real);
        if (!ctx.workspace || !isInside(ctx.workspace, folder)) throw exportFolderOutside();
      } else {
        // Chosen through a dialog in some earlier run; it is the user's standing choice.
        folder = await ctx.access.grantFolder(saved).catch((e: unknown) => {
          throw fsErrorToServiceError(e, saved);
        });
      }
    }
    const profile = pickProfile(req.article, req.profile, ctx.settings.get().defaultProfile);
    const result = await ctx.journal.during(folder, () =>
      runExport(ctx.exports, {
        article: req.article,
        formats: req.formats,
        folder,
        baseName: doc.path ? doc.name : req.article.headline || doc.name,
        allowErrors: req.allowErrors,
        profile,
        generator: `${ctx.name} ${ctx.version}`,
      }),
    );
    for (const path of result.writtenReal) await ctx.access.grantFile(path);
    const { writtenReal: _w, ...answer } = result;
    return answer;
  },

  'shell:showInFolder': async (req, ctx) => {
    let real: string;
    if ('token' in req) {
      const doc = ctx.documents.get(req.token);
      if (!doc.path) throw new ServiceError('not-found', 'This document has not been saved yet.');
      real = await ctx.access.resolveForRead(doc.path);
    } else {
      real = await ctx.access.resolveForRead(req.path);
    }
    await ctx.shell.showItemInFolder(real);
    return { ok: true };
  },
  'shell:openExternal': async (req, ctx) => {
    await ctx.shell.openExternal(checkExternalUrl(req.url)); // eng-disable OPEN_EXTERNAL_JS_CHECK — http(s) only, checked here
    return { ok: true };
  },
};

/** Any thrown value as the contract's error shape, with a plain message. */
export function toIpcError(e: unknown): IpcError {
  if (isServiceError(e)) return { code: e.code, message: e.message };
  if (isImportError(e)) return { code: 'import-failed', message: e.message };
  if (e instanceof ProfileError) return { code: 'not-found', message: e.message };
  if (
    e &&
    typeof e === 'object' &&
    'code' in e &&
    typeof e.code === 'string' &&
    /^E[A-Z]+$/.test(e.code)
  ) {
    const s = fsErrorToServiceError(e, 'The file');
    return { code: s.code, message: s.message };
  }
  return { code: 'internal', message: `Internal error: ${(e as Error)?.message ?? String(e)}` };
}

function issuesOf(error: z.ZodError): NonNullable<IpcError['issues']> {
  return error.issues.slice(0, 20).map((i) => ({
    path: i.path.map(String).join('.') || '(payload)',
    message: i.message,
  }));
}

export type SenderPolicy = (sender: Sender) => boolean;

export type Dispatch = (
  channel: string,
  payload: unknown,
  sender: Sender,
) => Promise<IpcResult<unknown>>;

/**
 * The one entry point both doors call. Order matters: an unknown sender learns nothing about
 * channels or payloads, and a payload reaches a handler only after its schema accepted it.
 */
export function createDispatcher(
  ctx: HandlerContext,
  isTrustedSender: SenderPolicy,
  table: HandlerTable = HANDLERS,
): Dispatch {
  return async (channel, payload, sender) => {
    if (!isTrustedSender(sender)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'This caller is not the Newsroom Desk window.' },
      };
    }
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: `No channel "${channel}".` } };
    }
    const spec = CHANNELS[channel];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid-request',
          message: `${channel}: the request does not match the contract.`,
          issues: issuesOf(parsed.error),
        },
      };
    }
    let value: unknown;
    try {
      const handler = table[channel] as Handler<Channel>;
      value = await handler(parsed.data as Request<Channel>, ctx);
    } catch (e) {
      return { ok: false, error: toIpcError(e) };
    }
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `${channel}: the answer does not match the contract.`,
          issues: issuesOf(checked.error),
        },
      };
    }
    return { ok: true, value: checked.data };
  };
}
