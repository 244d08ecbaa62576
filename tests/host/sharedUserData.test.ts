/**
 * `newsroom serve` and the user-data folder it shares with the desktop app: the recent list, the
 * saved export folder and the originals of recovery copies can name places anywhere. The host
 * lets the page see and use only those whose real path lies in the workspace; the desktop app,
 * on the same user data, still uses every one of them.
 */
import { mkdir, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopApi, type DesktopApi } from '../../shared/ipc/client';
import { isIpcCallError } from '../../shared/ipc/errors';
import { createHttpTransport } from '../../shared/ipc/httpTransport';
import type { SettingsView } from '../../shared/ipc/settings';
import type { Channel, OpenedDocument, RecoveryList } from '../../shared/ipc/contract';
import type { HandlerContext, Sender } from '../../electron/ipc/context';
import { electronSenderPolicy } from '../../electron/ipc/electronIpc';
import { createDispatcher } from '../../electron/ipc/handlers';
import { launchHost, type LaunchedHost } from '../../electron/host/launch';
import { realPathInside } from '../../electron/services/paths';
import { recentId, SETTINGS_FILE } from '../../electron/services/settings';
import { makeContext, nativeText, seed, tempDir } from '../services/support';

const REFUSED =
  'That recent file is outside the workspace folder; in the browser only files in the workspace can be opened.';

let dir: string;
let cleanup: () => Promise<void>;
let ws: string;
let outside: string;
let userData: string;
const hosts: LaunchedHost[] = [];

/** Every entry of the desktop app's recent list, by what it is. */
let recent: {
  inside: string;
  deeper: string;
  gone: string;
  outsideFile: string;
  linkOut: string;
  throughLinkedFolder: string;
  climbsOut: string;
  goneOutside: string;
};

async function nativeFile(path: string, headline: string): Promise<void> {
  const article = await seed();
  article.headline = headline;
  await writeFile(path, nativeText(article));
}

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  dir = await realpath(t.path);
  ws = join(dir, 'workspace');
  outside = join(dir, 'outside');
  userData = join(dir, 'user-data');
  await mkdir(join(ws, 'sub'), { recursive: true });
  await mkdir(outside);
  await mkdir(userData);
  await nativeFile(join(ws, 'inside.newsroom.json'), 'Inside the workspace');
  await nativeFile(join(ws, 'sub', 'deeper.newsroom.json'), 'In a subfolder');
  await nativeFile(join(outside, 'secret.newsroom.json'), 'SECRET from outside');
  await symlink(join(outside, 'secret.newsroom.json'), join(ws, 'link-out.newsroom.json'));
  await symlink(outside, join(ws, 'linked-folder'));
  recent = {
    inside: join(ws, 'inside.newsroom.json'),
    deeper: join(ws, 'sub', 'deeper.newsroom.json'),
    gone: join(ws, 'gone.newsroom.json'),
    outsideFile: join(outside, 'secret.newsroom.json'),
    linkOut: join(ws, 'link-out.newsroom.json'),
    throughLinkedFolder: join(ws, 'linked-folder', 'secret.newsroom.json'),
    // Written by hand on purpose: join() would fold the ".." away.
    climbsOut: `${ws}/sub/../../outside/secret.newsroom.json`,
    goneOutside: join(outside, 'gone.newsroom.json'),
  };
  // The desktop app's settings, as it would have left them: newest first.
  const entries = Object.values(recent).map((path, i) => ({
    path,
    openedAt: new Date(Date.UTC(2026, 10, 25, 12, 0, 0) - i * 60_000).toISOString(),
  }));
  await writeFile(
    join(userData, SETTINGS_FILE),
    JSON.stringify({ recentFiles: entries, theme: 'light' }),
  );
});
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await cleanup();
});

/** Replaces fields of the settings file, as the desktop app would have left it. */
async function desktopSettings(changes: Record<string, unknown>): Promise<void> {
  const file = join(userData, SETTINGS_FILE);
  const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...stored, ...changes }));
}

function desktopDispatch(ctx: HandlerContext) {
  const sender: Sender = {
    kind: 'electron',
    webContentsId: 1,
    frameUrl: 'app://newsroom/index.html',
    isMainFrame: true,
  };
  const dispatch = createDispatcher(
    ctx,
    electronSenderPolicy((id) => id === 1),
  );
  return async <T>(channel: Channel, payload: unknown): Promise<T> => {
    const r = await dispatch(channel, payload, sender);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
}

async function startHost(): Promise<{ host: LaunchedHost; api: DesktopApi }> {
  const host = await launchHost({
    rendererDir: join(dir, 'no-renderer'),
    cwd: ws,
    userDataDir: userData,
  });
  hosts.push(host);
  const api = createDesktopApi(
    createHttpTransport({ token: host.token, fetch: (u, i) => fetch(u, i), baseUrl: host.origin }),
  );
  return { host, api };
}

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isIpcCallError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected the call to fail');
}

const names = (view: SettingsView) => view.recentFiles.map((r) => `${r.folder}/${r.name}`);

async function storedRecent(): Promise<string[]> {
  const stored = JSON.parse(await readFile(join(userData, SETTINGS_FILE), 'utf8')) as {
    recentFiles: { path: string }[];
  };
  return stored.recentFiles.map((r) => r.path);
}

describe('the recent list in newsroom serve', () => {
  it('offers only the entries whose real path is in the workspace, from every settings answer', async () => {
    const { api } = await startHost();
    const offered = [recent.inside, recent.deeper, recent.gone];
    expect(names(await api.getSettings())).toEqual(offered);
    expect((await api.getSettings()).recentFiles.map((r) => r.id)).toEqual(offered.map(recentId));
    expect(names(await api.setSettings({ theme: 'dark' }))).toEqual(offered);
    // Choosing the export folder answers with the settings too.
    expect(names((await api.chooseExportFolder())!)).toEqual(offered);
  });

  it('refuses every entry outside the workspace by id, even though the page was never shown it', async () => {
    const { api } = await startHost();
    for (const path of [
      recent.outsideFile,
      recent.linkOut,
      recent.throughLinkedFolder,
      recent.climbsOut,
      recent.goneOutside,
    ]) {
      expect(await failure(api.openRecent(recentId(path)))).toEqual({
        code: 'access-denied',
        message: REFUSED,
      });
    }
    // Nothing was granted on the way: the file stays closed by its path as well.
    expect((await failure(api.openWorkspaceFile(recent.outsideFile))).code).toBe('access-denied');
    expect((await failure(api.openWorkspaceFile(recent.linkOut))).code).toBe('access-denied');
    // The desktop app's list is left as it was: a refused entry, even a missing one, stays.
    expect(await storedRecent()).toEqual(Object.values(recent));
  });

  it('opens the entries in the workspace, and drops one that is gone as before', async () => {
    const { api } = await startHost();
    const inside = await api.openRecent(recentId(recent.inside));
    expect(inside.article.headline).toBe('Inside the workspace');
    expect(inside.document).toMatchObject({ name: 'inside.newsroom.json', folder: ws });
    const deeper = await api.openRecent(recentId(recent.deeper));
    expect(deeper.article.headline).toBe('In a subfolder');

    expect(await failure(api.openRecent(recentId(recent.gone)))).toEqual({
      code: 'not-found',
      message: 'gone.newsroom.json: no such file.',
    });
    expect(names(await api.getSettings())).toEqual([recent.deeper, recent.inside]);
    expect(await storedRecent()).not.toContain(recent.gone);
    expect(await storedRecent()).toContain(recent.goneOutside);
  });

  it('refuses an entry whose file was replaced by a link out after it was listed', async () => {
    const { api } = await startHost();
    const target = join(ws, 'swapped.newsroom.json');
    await nativeFile(target, 'Fine when opened');
    await api.openWorkspaceFile(target);
    expect(names(await api.getSettings())).toContain(target);
    await rm(target);
    await symlink(recent.outsideFile, target);
    expect(names(await api.getSettings())).not.toContain(target);
    expect(await failure(api.openRecent(recentId(target)))).toEqual({
      code: 'access-denied',
      message: REFUSED,
    });
  });
});

describe('the same recent list in the desktop app', () => {
  it('offers and opens every entry the user chose, wherever it is', async () => {
    const call = desktopDispatch((await makeContext(userData)).ctx);
    const view = await call<SettingsView>('settings:get', {});
    expect(view.recentFiles.map((r) => r.id)).toEqual(Object.values(recent).map(recentId));
    for (const path of [recent.outsideFile, recent.linkOut, recent.throughLinkedFolder]) {
      const opened = await call<OpenedDocument>('document:openRecent', { id: recentId(path) });
      expect(opened.article.headline).toBe('SECRET from outside');
    }
  });
});

describe('the saved export folder in newsroom serve', () => {
  const exportTo = (api: DesktopApi, opened: OpenedDocument) =>
    api.runExport({
      token: opened.document.token,
      article: opened.article,
      formats: ['md'],
      destination: 'settings',
      allowErrors: true,
    });

  it('is neither shown nor written to when it is outside the workspace, directly or by a link', async () => {
    for (const folder of [outside, join(ws, 'linked-folder')]) {
      await desktopSettings({ exportFolder: folder });
      const { api } = await startHost();
      expect((await api.getSettings()).exportFolder).toBeNull();
      const opened = await api.openRecent(recentId(recent.inside));
      expect(await failure(exportTo(api, opened))).toEqual({
        code: 'access-denied',
        message:
          'The saved export folder is outside the workspace folder; in the browser exports go to the workspace.',
      });
      expect((await readdir(outside)).sort()).toEqual(['secret.newsroom.json']);
    }
  });

  it('is used when it is in the workspace, and the desktop app still uses one outside', async () => {
    await mkdir(join(ws, 'out'));
    await desktopSettings({ exportFolder: join(ws, 'out') });
    const { api } = await startHost();
    expect((await api.getSettings()).exportFolder).toBe(join(ws, 'out'));
    const opened = await api.openRecent(recentId(recent.inside));
    expect((await exportTo(api, opened))?.folder).toBe(join(ws, 'out'));
    expect(await readdir(join(ws, 'out'))).toEqual(['inside.md']);

    await desktopSettings({ exportFolder: outside });
    const call = desktopDispatch((await makeContext(userData)).ctx);
    expect((await call<SettingsView>('settings:get', {})).exportFolder).toBe(outside);
    const doc = await call<OpenedDocument>('document:openRecent', { id: recentId(recent.inside) });
    const done = await call<{ folder: string }>('export:run', {
      token: doc.document.token,
      article: doc.article,
      formats: ['md'],
      destination: 'settings',
      allowErrors: true,
    });
    expect(done.folder).toBe(outside);
    expect((await readdir(outside)).sort()).toEqual(['inside.md', 'secret.newsroom.json']);
  });
});

describe('recovery copies in newsroom serve', () => {
  /** The desktop app had both files open with unsaved edits when it crashed. */
  async function desktopCrashCopies(): Promise<void> {
    const { ctx } = await makeContext(userData);
    for (const [path, headline] of [
      [recent.outsideFile, 'Unsaved edit outside'],
      [recent.inside, 'Unsaved edit inside'],
    ] as const) {
      const real = await ctx.access.resolveForRead(await ctx.access.grantFile(path));
      const opened = await ctx.documents.openFile(real);
      await ctx.documents.writeRecovery(opened.document.token, {
        ...opened.article,
        headline,
      });
    }
  }

  it('lists and restores every copy as before, but reattaches only originals in the workspace', async () => {
    await desktopCrashCopies();
    const { api } = await startHost();
    const { entries } = await api.listRecovery();
    expect(entries.map((e) => [e.name, e.folder]).sort()).toEqual([
      ['inside.newsroom.json', ws],
      ['secret.newsroom.json', outside],
    ]);
    const byName = (name: string) => entries.find((e) => e.name === name)!.id;
    const secretBefore = await readFile(recent.outsideFile, 'utf8');

    const away = await api.restoreRecovery(byName('secret.newsroom.json'));
    expect(away.article.headline).toBe('Unsaved edit outside');
    expect(away.document).toMatchObject({ recovered: true, hasFile: false, folder: null });
    expect(await api.checkExternal(away.document.token)).toEqual({
      status: 'untitled',
      contentHash: null,
    });
    expect((await failure(api.reloadDocument(away.document.token))).code).toBe('not-found');
    // Save asks where, and the browser's answer is a new name (from the headline) in the workspace.
    const saved = await api.saveDocument(away.document.token, away.article);
    expect(saved?.document).toMatchObject({
      name: 'unsaved-edit-outside.newsroom.json',
      folder: ws,
    });
    expect(await readFile(recent.outsideFile, 'utf8')).toBe(secretBefore);

    const home = await api.restoreRecovery(byName('inside.newsroom.json'));
    expect(home.document).toMatchObject({ recovered: true, hasFile: true, folder: ws });
    await api.saveDocument(home.document.token, home.article);
    expect(await readFile(recent.inside, 'utf8')).toContain('Unsaved edit inside');
  });

  it('the desktop app reattaches a copy to its original outside the workspace', async () => {
    await desktopCrashCopies();
    const call = desktopDispatch((await makeContext(userData)).ctx);
    const { entries } = await call<RecoveryList>('recovery:list', {});
    const id = entries.find((e) => e.name === 'secret.newsroom.json')!.id;
    const restored = await call<OpenedDocument>('recovery:restore', { id });
    expect(restored.document).toMatchObject({ recovered: true, hasFile: true, folder: outside });
    await call('document:save', { token: restored.document.token, article: restored.article });
    expect(await readFile(recent.outsideFile, 'utf8')).toContain('Unsaved edit outside');
  });
});

describe('realPathInside', () => {
  it('follows links and refuses ".." before resolving anything', async () => {
    expect(await realPathInside(ws, recent.inside)).toBe(recent.inside);
    expect(await realPathInside(ws, recent.deeper)).toBe(recent.deeper);
    // Not there yet: judged by its real folder.
    expect(await realPathInside(ws, recent.gone)).toBe(recent.gone);
    expect(await realPathInside(ws, join(ws, 'no-such-folder', 'x.newsroom.json'))).toBeNull();
    expect(await realPathInside(ws, recent.linkOut)).toBeNull();
    expect(await realPathInside(ws, recent.throughLinkedFolder)).toBeNull();
    expect(await realPathInside(ws, recent.climbsOut)).toBeNull();
    // A ".." that would land back inside is refused all the same.
    expect(await realPathInside(ws, `${ws}/sub/../inside.newsroom.json`)).toBeNull();
    expect(await realPathInside(ws, 'inside.newsroom.json')).toBeNull();
    expect(await realPathInside(ws, ws)).toBe(ws);
    // The folder itself may be named through a link: the rule compares real paths.
    await symlink(ws, join(dir, 'ws-link'));
    expect(await realPathInside(join(dir, 'ws-link'), recent.inside)).toBe(recent.inside);
    expect(await realPathInside(join(dir, 'ws-link'), recent.linkOut)).toBeNull();
  });
});
