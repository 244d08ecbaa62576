/**
 * Starts the loopback host with real services: what `newsroom serve` runs, and what end-to-end
 * tests start in-process. The workspace is the folder of the file given, else the current
 * folder; in test mode dialogs and the shell are fakes the test drives.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { APP_NAME, APP_VERSION } from '../appMeta';
import { createContext, queueLaunchFile } from '../ipc/createContext';
import type { HandlerContext } from '../ipc/context';
import { QueuedDialogs, WorkspaceDialogs } from '../services/dialogs';
import { coreExportEngine } from '../services/exports';
import { RecordingShell, SystemShell } from '../services/shell';
import { defaultUserDataDir } from '../services/userData';
import { startHost, type RunningHost } from './server';

export interface LaunchOptions {
  file?: string;
  port?: number;
  testDialogs?: boolean;
  userDataDir?: string;
  rendererDir?: string;
  cwd?: string;
  token?: string;
}

export interface LaunchedHost extends RunningHost {
  ctx: HandlerContext;
  workspace: string;
  userDataDir: string;
  dialogs: QueuedDialogs | WorkspaceDialogs;
  shell: RecordingShell | SystemShell;
}

/** dist/renderer beside the repository root (this file lives in electron/host/). */
export const defaultRendererDir = (): string =>
  resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

export async function launchHost(options: LaunchOptions = {}): Promise<LaunchedHost> {
  const cwd = options.cwd ?? process.cwd();
  let file: string | undefined;
  if (options.file) {
    file = resolve(cwd, options.file);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new Error(`${options.file}: no such file.`);
  }
  const workspace = file ? dirname(file) : cwd;
  const testDialogs = options.testDialogs ?? false;
  const dialogs = testDialogs ? new QueuedDialogs() : new WorkspaceDialogs(workspace);
  const shell = testDialogs ? new RecordingShell() : new SystemShell();
  const userDataDir = options.userDataDir ?? defaultUserDataDir();
  const ctx = await createContext({
    transport: 'host',
    name: APP_NAME,
    version: APP_VERSION,
    userDataDir,
    dialogs,
    shell,
    exports: coreExportEngine,
    trustDroppedPaths: false,
    workspace,
    testDialogs,
  });
  // WorkspaceDialogs must answer with the same real folder that PathAccess granted.
  if (dialogs instanceof WorkspaceDialogs && ctx.workspace) dialogs.workspace = ctx.workspace;
  if (file) await queueLaunchFile(ctx, file);
  const host = await startHost({
    ctx,
    rendererDir: options.rendererDir ?? defaultRendererDir(),
    port: options.port ?? 0,
    ...(options.token ? { token: options.token } : {}),
    ...(dialogs instanceof QueuedDialogs ? { testDialogs: dialogs } : {}),
    ...(shell instanceof RecordingShell ? { testShell: shell } : {}),
  });
  return { ...host, ctx, workspace: ctx.workspace ?? workspace, userDataDir, dialogs, shell };
}
