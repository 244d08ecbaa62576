/**
 * Electron main with `electron` replaced by recording fakes: checks the wiring that the real
 * app relies on (window security options, app:// protocol with CSP, every channel registered
 * behind the frame check, denied permissions, navigation and popups, the menu, second launch)
 * on machines without an Electron binary.
 */
import type { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { nativeText, seed } from '../services/support';

interface FakeWindow {
  options: Record<string, unknown>;
  loaded: string;
}

const fake = vi.hoisted(() => ({
  state: {
    userData: '',
    // Set by the mock factory (it may import; this block may not).
    app: null as unknown as EventEmitter & Record<string, unknown>,
    windows: [] as FakeWindow[],
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    menuTemplate: [] as { label?: string; submenu?: { label?: string; accelerator?: string }[] }[],
    externalOpens: [] as string[],
    errorBoxes: [] as string[],
    sent: [] as { channel: string; event: unknown }[],
    nextId: 1,
  },
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { state } = fake;
  state.app = new EventEmitter() as EventEmitter & Record<string, unknown>;
  class BrowserWindow extends EventEmitter {
    webContents: EventEmitter & Record<string, unknown>;
    options: Record<string, unknown>;
    loaded = '';
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      const wc = new EventEmitter() as EventEmitter & Record<string, unknown>;
      wc.id = state.nextId++;
      wc.mainFrame = { url: 'app://newsroom/index.html' };
      wc.send = (channel: string, event: unknown) => state.sent.push({ channel, event });
      wc.setWindowOpenHandler = (h: unknown) => {
        wc.openHandler = h;
      };
      this.webContents = wc;
      state.windows.push(this as never);
      state.app.emit('web-contents-created', {}, wc);
    }
    loads = 0;
    loadURL(url: string) {
      this.loaded = url;
      this.loads++;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 10, width: 1200, height: 800 };
    }
    setTitle() {}
    setDocumentEdited() {}
    closes = 0;
    close() {
      this.closes++;
    }
    static getAllWindows() {
      return state.windows;
    }
  }
  Object.assign(state.app, {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setAppUserModelId: () => undefined,
    getPath: () => state.userData,
    setPath: (_: string, p: string) => {
      state.userData = p;
    },
    quit: () => undefined,
    exit: () => undefined,
  });
  return {
    app: state.app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, h: (event: unknown, payload: unknown) => Promise<unknown>) =>
        state.ipcHandlers.set(channel, h),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (t: typeof state.menuTemplate) => t,
      setApplicationMenu: (t: typeof state.menuTemplate) => {
        state.menuTemplate = t;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.schemes.push(...s),
      handle: (scheme: string, h: (req: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, h),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionRequest) => {
          state.permissionRequest = h;
        },
        setPermissionCheckHandler: (h: typeof state.permissionCheck) => {
          state.permissionCheck = h;
        },
        on: () => undefined,
      },
    },
    shell: {
      openExternal: async (url: string) => {
        state.externalOpens.push(url);
      },
      showItemInFolder: () => undefined,
    },
    dialog: {
      showMessageBox: async () => ({ response: 0 }),
      showMessageBoxSync: () => 1,
      showErrorBox: (title: string, body: string) => {
        state.errorBoxes.push(`${title} ${body}`);
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
  };
});

const { state } = fake;
let dir: string;
let story: string;
let argvBefore: string[];

async function until<T>(f: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = f();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-main-'));
  story = join(dir, 'tiongkok.newsroom.json');
  await writeFile(story, nativeText(await seed()));
  await mkdir(join(dir, 'user-data'));
  process.env.NEWSROOM_USER_DATA = join(dir, 'user-data');
  argvBefore = process.argv;
  process.argv = ['/opt/electron', '.', '--inspect-brk=0', story];
  await import('../../electron/main');
  await until(() => state.windows[0], 'the window');
});

afterAll(async () => {
  process.argv = argvBefore;
  delete process.env.NEWSROOM_USER_DATA;
  await rm(dir, { recursive: true, force: true });
});

const win = () =>
  state.windows[0] as unknown as {
    options: { webPreferences: Record<string, unknown> };
    webContents: EventEmitter & {
      id: number;
      mainFrame: { url: string };
      openHandler: (d: { url: string }) => { action: string };
    };
    loaded: string;
    loads: number;
    closes: number;
  };

function invoke(channel: string, payload: unknown, frameUrl = 'app://newsroom/index.html') {
  const wc = win().webContents;
  const frame = frameUrl === wc.mainFrame.url ? wc.mainFrame : { url: frameUrl };
  return state.ipcHandlers.get(channel)!({ sender: wc, senderFrame: frame }, payload) as Promise<{
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string };
  }>;
}

describe('Electron main (with faked electron)', () => {
  it('uses the user-data folder from NEWSROOM_USER_DATA', () => {
    expect(state.userData).toBe(join(dir, 'user-data'));
  });

  it('opens a sandboxed, isolated window on app://', () => {
    expect(win().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(win().options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(win().loaded).toBe('app://newsroom/index.html');
    expect(state.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ secure: true, standard: true }),
      }),
    ]);
  });

  it('serves app:// with the CSP and refuses traversal and other hosts', async () => {
    const handler = state.protocolHandlers.get('app')!;
    const other = await handler(new Request('app://elsewhere/index.html'));
    expect(other.status).toBe(404);
    const up = await handler(new Request('app://newsroom/%2e%2e/%2e%2e/package.json'));
    expect([403, 404]).toContain(up.status);
    // Unbundled, main's folder is electron/, so it serves renderer/ (the bundle serves dist/renderer).
    const page = await handler(new Request('app://newsroom/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
  });

  it('registers every contract channel, each behind the frame check', async () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect((await invoke('app:info', {})).value?.transport).toBe('electron');
    expect((await invoke('app:info', {}, 'https://evil.example/')).error?.code).toBe('forbidden');
    expect((await invoke('settings:set', { theme: 'purple' })).error?.code).toBe('invalid-request');
  });

  it('queues the file from the command line (switches skipped) and opens it on request', async () => {
    const pending = await invoke('app:takePendingOpens', {});
    const docs = pending.value?.documents as { document: { name: string } }[];
    expect(docs.map((d) => d.document.name)).toEqual(['tiongkok.newsroom.json']);
  });

  it('hands a second launch’s file to the running window', async () => {
    state.sent.length = 0;
    state.app.emit('second-instance', {}, ['/opt/electron', '.', story], dir);
    await until(
      () => state.sent.find((s) => (s.event as { type: string }).type === 'pending-opens'),
      'the pending-opens event',
    );
    const pending = await invoke('app:takePendingOpens', {});
    expect((pending.value?.documents as unknown[]).length).toBe(1);
  });

  it('tells the window when a dropped file is queued', async () => {
    state.sent.length = 0;
    expect((await invoke('app:queueDroppedFile', { path: story })).ok).toBe(true);
    expect(state.sent).toEqual([{ channel: 'app:event', event: { type: 'pending-opens' } }]);
    expect(((await invoke('app:takePendingOpens', {})).value?.documents as unknown[]).length).toBe(
      1,
    );
  });

  it('reloads a window whose renderer died and offers its unsaved work for restore', async () => {
    const opened = (await invoke('document:new', { language: 'id' })).value as {
      document: { token: string };
      article: { headline: string } & Record<string, unknown>;
    };
    const typed = { ...opened.article, headline: 'Diketik sebelum jendela mati' };
    expect(
      (await invoke('recovery:write', { token: opened.document.token, article: typed })).ok,
    ).toBe(true);
    const listed = async () =>
      ((await invoke('recovery:list', {})).value?.entries as { headline: string }[]).map(
        (e) => e.headline,
      );
    // While the window lives, its own copy belongs to it and is not offered.
    expect(await listed()).not.toContain(typed.headline);

    const loadsBefore = win().loads;
    win().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await until(() => (win().loads > loadsBefore ? true : undefined), 'the reload');
    expect(win().loaded).toBe('app://newsroom/index.html');
    expect(await listed()).toContain(typed.headline);
    // The dead page's token no longer writes anything.
    expect(
      (await invoke('recovery:write', { token: opened.document.token, article: typed })).error
        ?.code,
    ).toBe('not-found');
  });

  it('does not reload after a clean exit of the renderer', async () => {
    const loadsBefore = win().loads;
    win().webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    // A crash after it is reloaded once: had the clean exit scheduled a reload too, it would
    // have landed first (both wait on the same documents queue).
    win().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await until(() => (win().loads > loadsBefore ? true : undefined), 'the reload');
    await new Promise((r) => setTimeout(r, 200));
    expect(win().loads).toBe(loadsBefore + 1);
    expect(state.errorBoxes).toEqual([]);
  });

  it('does not reload a page that failed to launch: the window closes and says why', async () => {
    const loadsBefore = win().loads;
    win().webContents.emit('render-process-gone', {}, { reason: 'launch-failed', exitCode: 1 });
    await until(() => state.errorBoxes[0], 'the message');
    expect(state.errorBoxes).toEqual([
      'The window keeps failing to start, so it has been closed. Your unsaved work is kept as a recovery copy and will be offered the next time you open Newsroom Desk.',
    ]);
    expect(win().closes).toBe(1);
    expect(win().loads).toBe(loadsBefore);
  });

  it('reloads a page that keeps dying at most three times a minute, then closes the window', async () => {
    // Two reloads so far in this window (the crash tests above); the third is allowed.
    const loadsBefore = win().loads;
    win().webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    await until(() => (win().loads > loadsBefore ? true : undefined), 'the third reload');
    win().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await until(() => state.errorBoxes[1], 'the message');
    expect(win().loads).toBe(loadsBefore + 1);
    expect(win().closes).toBe(2);
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    state.permissionRequest!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(state.permissionCheck!()).toBe(false);
  });

  it('denies popups and navigation; http(s) links go to the system browser, others nowhere', () => {
    const wc = win().webContents;
    expect(wc.openHandler({ url: 'https://www.antaranews.com/' })).toEqual({ action: 'deny' });
    expect(wc.openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      wc.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate('app://newsroom/index.html')).toBe(false);
    expect(state.externalOpens).toEqual(['https://www.antaranews.com/']);
    let blocked = false;
    wc.emit('will-attach-webview', { preventDefault: () => (blocked = true) });
    expect(blocked).toBe(true);
  });

  it('builds the File menu with the accelerators and the recent file', () => {
    const file = state.menuTemplate.find((m) => m.label === '&File')!;
    const items = Object.fromEntries(
      (file.submenu ?? []).filter((i) => i.label).map((i) => [i.label, i.accelerator ?? null]),
    );
    expect(items).toMatchObject({
      New: 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      'Import…': 'CmdOrCtrl+I',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'CmdOrCtrl+Shift+S',
      'Export…': 'CmdOrCtrl+E',
    });
    const recent = (file.submenu ?? []).find((i) => i.label === 'Open Recent') as {
      submenu: { label: string }[];
    };
    expect(recent.submenu.map((i) => i.label)).toContain('tiongkok.newsroom.json');
    expect(state.menuTemplate.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });
});

describe('Electron main in Indonesian', () => {
  it('relabels the menu when the interface language changes', async () => {
    expect((await invoke('settings:set', { uiLanguage: 'id' })).ok).toBe(true);
    const file = state.menuTemplate.find((m) => m.label === '&Berkas')!;
    expect(file.submenu?.map((i) => i.label).filter(Boolean)).toEqual([
      'Baru',
      'Buka…',
      'Buka Terbaru',
      'Impor…',
      'Simpan',
      'Simpan Sebagai…',
      'Ekspor…',
      'Tutup',
      'Pengaturan…',
      'Keluar',
    ]);
    expect(state.menuTemplate.map((m) => m.label)).toEqual([
      '&Berkas',
      '&Sunting',
      '&Tampilan',
      'Ban&tuan',
    ]);
  });
});
