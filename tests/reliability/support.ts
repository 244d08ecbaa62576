/** The app's own window as a sender, and the real services for a user-data folder. */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import type { Sender } from '../../electron/ipc/context';
import { createContext } from '../../electron/ipc/createContext';
import { electronSenderPolicy } from '../../electron/ipc/electronIpc';
import { createDispatcher, type Dispatch } from '../../electron/ipc/handlers';
import type { HandlerContext } from '../../electron/ipc/context';
import { QueuedDialogs } from '../../electron/services/dialogs';
import { coreExportEngine } from '../../electron/services/exports';
import { RecordingShell } from '../../electron/services/shell';

export const WINDOW_ID = 1;
export const APP_FRAME: Sender = {
  kind: 'electron',
  webContentsId: WINDOW_ID,
  frameUrl: 'app://newsroom/index.html',
  isMainFrame: true,
};

export async function startApp(userDataDir: string): Promise<{
  ctx: HandlerContext;
  dialogs: QueuedDialogs;
  dispatch: Dispatch;
  call: (channel: string, payload: unknown) => ReturnType<Dispatch>;
}> {
  const dialogs = new QueuedDialogs();
  const ctx = await createContext({
    transport: 'electron',
    name: 'Newsroom Desk',
    version: 'reliability',
    userDataDir,
    dialogs,
    shell: new RecordingShell(),
    exports: coreExportEngine,
    trustDroppedPaths: true,
    testDialogs: true,
  });
  const dispatch = createDispatcher(
    ctx,
    electronSenderPolicy((id) => id === WINDOW_ID),
  );
  return { ctx, dialogs, dispatch, call: (c, p) => dispatch(c, p, APP_FRAME) };
}

/**
 * Bundles a child script of this folder (`saveLoopChild.ts`, …) into `outDir` once, so each
 * trial starts in a fraction of a second, with no tsx, and runs for any user.
 */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, entry.replace(/\.ts$/, '.bundle.mjs'));
  await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // Some CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}
