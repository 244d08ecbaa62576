/**
 * Electron main: connects the plain Node services to Electron and nothing more. Security
 * posture (see the Electron security checklist): context isolation, sandbox, no Node in the
 * page, a strict CSP, the app served from app:// (not file://), every permission request
 * denied, navigation and new windows denied (http(s) links go to the system browser), and
 * every IPC call checked for its sender frame and validated against the contract.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  dialog,
  type WebContents,
} from 'electron';
import { EVENT_CHANNEL } from '../shared/ipc/bridge';
import type { AppEvent, MenuCommand } from '../shared/ipc/contract';
import { APP_ID, APP_NAME, APP_VERSION } from './appMeta';
import { ElectronDialogs } from './electronDialogs';
import { SECURITY_HEADERS } from './host/csp';
import { lookupStatic } from './host/static';
import type { HandlerContext } from './ipc/context';
import { createContext, queueLaunchFile } from './ipc/createContext';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  electronSenderPolicy,
  isAppUrl,
  registerElectronIpc,
} from './ipc/electronIpc';
import { createDispatcher, type Dispatch } from './ipc/handlers';
import { candidateFiles, existingFiles } from './launchArgs';
import { menuTemplate } from './menu';
import { strings } from './strings';
import { checkExternalUrl, type Shell } from './services/shell';
import { coreExportEngine } from './services/exports';
import type { WindowBounds } from '../shared/ipc/settings';

// The bundle is CommonJS (dist/electron/main.cjs), so __dirname is the bundle's folder.
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');
const isDev = !app.isPackaged;
const isMac = process.platform === 'darwin';

// Tests and portable installs point the app at their own settings and recovery folder.
if (process.env.NEWSROOM_USER_DATA) app.setPath('userData', process.env.NEWSROOM_USER_DATA);

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
let ctx: HandlerContext | null = null;
let windowDirty = false;
let closeConfirmed = false;
/** Files handed over before the window exists (macOS open-file at launch). */
const early: string[] = [];

function sendEvent(event: AppEvent): void {
  mainWindow?.webContents.send(EVENT_CHANNEL, event);
}

const sendCommand = (command: MenuCommand) => sendEvent({ type: 'command', command });

async function queueFiles(paths: readonly string[]): Promise<void> {
  if (!ctx) {
    early.push(...paths);
    return;
  }
  let queued = 0;
  for (const p of await existingFiles(paths)) {
    try {
      await queueLaunchFile(ctx, p);
      queued++;
    } catch {
      // A path that cannot be granted (gone, unreadable folder) is skipped, not fatal.
    }
  }
  if (queued) sendEvent({ type: 'pending-opens' });
}

function rebuildMenu(): void {
  const recent = ctx?.settings.view().recentFiles ?? [];
  const template = menuTemplate({
    appName: APP_NAME,
    isMac,
    isDev,
    t: strings(ctx?.settings.get().uiLanguage ?? 'en'),
    recent: recent.map((r) => ({ id: r.id, label: r.name })),
    send: sendCommand,
    openRecent: (id) => {
      const path = ctx?.settings.recentPathById(id);
      if (path) void queueFiles([path]);
    },
    clearRecent: () => {
      void ctx?.settings.update({ recentFiles: [] }).then(rebuildMenu);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** External links: http(s) only, through the system browser, at most one per second. */
let lastExternalOpen = 0;
function openExternalSafely(url: string): void {
  let safe: string;
  try {
    safe = checkExternalUrl(url);
  } catch {
    return;
  }
  const now = Date.now();
  if (now - lastExternalOpen < 1000) return;
  lastExternalOpen = now;
  void shell.openExternal(safe); // eng-disable OPEN_EXTERNAL_JS_CHECK — safe is an http(s) URL checked by checkExternalUrl
}

const electronShell: Shell = {
  async showItemInFolder(path) {
    shell.showItemInFolder(path);
  },
  async openExternal(url) {
    await shell.openExternal(checkExternalUrl(url)); // eng-disable OPEN_EXTERNAL_JS_CHECK — http(s) only, checked here
  },
};

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    // A link the user clicked; anything else (file:, javascript:) is simply refused.
    if (/^https?:/i.test(url)) openExternalSafely(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:/i.test(url)) openExternalSafely(url);
    return { action: 'deny' };
  });
}

async function serveApp(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const found = await lookupStatic(RENDERER_DIR, url.pathname, { followLinks: false });
  if (found.kind !== 'file') {
    return new Response(found.kind === 'refused' ? 'Forbidden' : 'Not found', {
      status: found.kind === 'refused' ? 403 : 404,
      headers: SECURITY_HEADERS,
    });
  }
  const body = await readFile(found.path);
  return new Response(body, {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'content-type': found.type },
  });
}

function visibleBounds(
  saved: WindowBounds | null,
): Electron.Rectangle | { width: number; height: number } {
  const fallback = { width: 1280, height: 860 };
  if (!saved) return fallback;
  const { x, y, width, height } = saved;
  if (x === undefined || y === undefined) return { width, height };
  const onScreen = screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y;
  });
  return onScreen ? { x, y, width, height } : { width, height };
}

/** A window whose page died is reloaded at most this often within the window below. */
const RELOAD_LIMIT = 3;
const RELOAD_WINDOW_MS = 60_000;

function createWindow(services: HandlerContext): BrowserWindow {
  const saved = services.settings.get().windowBounds;
  closeConfirmed = false;
  windowDirty = false;
  const win = new BrowserWindow({
    ...visibleBounds(saved),
    minWidth: 640,
    minHeight: 480,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD, // eng-disable PRELOAD_JS_CHECK — exposes only the bridge and the API (tests/electron/preload.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Middle-click would otherwise open links in a new window (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('focus', () => sendEvent({ type: 'focus' }));
  win.on('close', (event) => {
    const normal = win.getNormalBounds();
    void services.settings
      .setWindowBounds({ ...normal, maximized: win.isMaximized() })
      .catch(() => undefined);
    if (closeConfirmed) return;
    event.preventDefault();
    const closeNow = () => {
      closeConfirmed = true;
      void services.documents.closeAll().finally(() => win.close());
    };
    if (!windowDirty) {
      closeNow();
      return;
    }
    const t = strings(services.settings.get().uiLanguage);
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: [t('closeWithoutSaving'), t('cancel')],
      defaultId: 1,
      cancelId: 1,
      message: t('unsavedMessage'),
      detail: t('unsavedDetail'),
    });
    if (choice === 0) closeNow();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  // A renderer that died (crash, out of memory, killed) took the open documents with it; their
  // unsaved work now lives only in recovery copies. Let the documents go without discarding the
  // copies, then load the page again: its start offers them for restore, marked recovered. A
  // page that cannot start at all, or dies again and again, is not reloaded in a loop: the
  // window closes with a message, and the next launch offers the copies.
  const reloads: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    windowDirty = false;
    const now = Date.now();
    while (reloads.length > 0 && now - reloads[0]! > RELOAD_WINDOW_MS) reloads.shift();
    const retry =
      details.reason !== 'launch-failed' &&
      details.reason !== 'integrity-failure' &&
      reloads.length < RELOAD_LIMIT;
    void services.documents
      .abandonAll()
      .catch(() => undefined)
      .finally(() => {
        if (win.isDestroyed()) return;
        if (retry) {
          reloads.push(now);
          void win.loadURL(`${APP_ORIGIN}/index.html`);
          return;
        }
        const t = strings(services.settings.get().uiLanguage);
        dialog.showErrorBox(t('windowGoneMessage'), t('windowGoneDetail'));
        closeConfirmed = true;
        win.close();
      });
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  app.setAppUserModelId(APP_ID);

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  protocol.handle(APP_SCHEME, serveApp);

  ctx = await createContext({
    transport: 'electron',
    name: APP_NAME,
    version: APP_VERSION,
    userDataDir: app.getPath('userData'),
    dialogs: new ElectronDialogs(() => mainWindow),
    shell: electronShell,
    exports: coreExportEngine,
    window: {
      pendingOpensChanged: () => sendEvent({ type: 'pending-opens' }),
      setState({ title, dirty }) {
        windowDirty = dirty;
        if (!mainWindow) return;
        mainWindow.setTitle(title ? `${title} — ${APP_NAME}` : APP_NAME);
        mainWindow.setDocumentEdited(dirty);
      },
    },
    trustDroppedPaths: true,
  });
  const services = ctx;

  const dispatch = createDispatcher(
    services,
    electronSenderPolicy((id) => mainWindow !== null && mainWindow.webContents.id === id),
  );
  // The menu shows the recent list in the UI language: rebuild it whenever a call changed either.
  const recentKey = () => {
    const v = services.settings.view();
    return `${v.uiLanguage}:${v.recentFiles.map((r) => r.id).join()}`;
  };
  const withMenuRefresh: Dispatch = async (channel, payload, sender) => {
    const before = recentKey();
    const result = await dispatch(channel, payload, sender);
    if (recentKey() !== before) rebuildMenu();
    return result;
  };
  registerElectronIpc(ipcMain, withMenuRefresh);
  rebuildMenu();

  await queueFiles([
    ...early.splice(0),
    ...candidateFiles(process.argv, process.cwd(), app.isPackaged),
  ]);
  mainWindow = createWindow(services);
  if (services.settings.problem) {
    void dialog.showMessageBox(mainWindow, {
      type: 'warning',
      message: strings(services.settings.get().uiLanguage)('settingsUnreadable'),
      detail: services.settings.problem.message,
    });
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void queueFiles(candidateFiles(argv, workingDirectory, app.isPackaged));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS hands files over by event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void queueFiles([path]);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && ctx) mainWindow = createWindow(ctx);
  });
  start().catch((e: unknown) => {
    dialog.showErrorBox(`${APP_NAME} could not start`, (e as Error)?.message ?? String(e));
    app.exit(1);
  });
}
