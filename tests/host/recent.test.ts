/**
 * The recent-files list in `newsroom serve`: it is kept in the user-data folder the desktop app
 * shares, so it can name files anywhere. The host offers and opens only entries whose real path
 * lies in the workspace; the desktop app, on the same settings, still opens every one of them.
 */
import { mkdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopApi, type DesktopApi } from '../../shared/ipc/client';
import { isIpcCallError } from '../../shared/ipc/errors';
import { createHttpTransport } from '../../shared/ipc/httpTransport';
import type { SettingsView } from '../../shared/ipc/settings';
import type { Sender } from '../../electron/ipc/context';
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
    const { ctx } = await makeContext(userData);
    const windowId = 1;
    const sender: Sender = {
      kind: 'electron',
      webContentsId: windowId,
      frameUrl: 'app://newsroom/index.html',
      isMainFrame: true,
    };
    const dispatch = createDispatcher(
      ctx,
      electronSenderPolicy((id) => id === windowId),
    );
    const view = await dispatch('settings:get', {}, sender);
    if (!view.ok) throw new Error(view.error.message);
    expect((view.value as SettingsView).recentFiles.map((r) => r.id)).toEqual(
      Object.values(recent).map(recentId),
    );
    for (const path of [recent.outsideFile, recent.linkOut, recent.throughLinkedFolder]) {
      const opened = await dispatch('document:openRecent', { id: recentId(path) }, sender);
      expect(
        opened.ok && (opened.value as { article: { headline: string } }).article.headline,
      ).toBe('SECRET from outside');
    }
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
