/**
 * Builds the services for one launch and the context the handler table runs with. Both doors
 * call this; they differ only in the dialogs, the shell, the window hooks and the trust rules
 * they pass in.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { importDraft } from '../../shared/import';
import type { Dialogs } from '../services/dialogs';
import { DocumentService } from '../services/documents';
import type { ExportEngine } from '../services/exports';
import { PathAccess } from '../services/paths';
import { RecoveryService } from '../services/recovery';
import { SettingsService } from '../services/settings';
import { sweepFolder, WriteJournal } from '../services/writeJournal';
import type { Shell } from '../services/shell';
import type { HandlerContext, WindowHooks } from './context';

export interface ContextOptions {
  transport: HandlerContext['transport'];
  name: string;
  version: string;
  userDataDir: string;
  dialogs: Dialogs;
  shell: Shell;
  exports: ExportEngine;
  window?: WindowHooks;
  trustDroppedPaths: boolean;
  /** Host only: the one folder browser-side choices may touch. */
  workspace?: string | null;
  testDialogs?: boolean;
}

export async function createContext(options: ContextOptions): Promise<HandlerContext> {
  const access = new PathAccess();
  const settings = await SettingsService.open(options.userDataDir);
  const recovery = await RecoveryService.open(join(options.userDataDir, 'recovery'));
  const { journal, leftover } = await WriteJournal.open(options.userDataDir);
  const documents = new DocumentService({ access, recovery, settings, journal });
  let workspace: string | null = null;
  if (options.workspace) workspace = await access.grantFolder(options.workspace);

  // Temp files a crashed save left beside the user's files: sweep the folders we know of, and
  // those an ended run was writing into. An ended run's journal goes only once its folders were
  // swept, so one on a drive that is not plugged in now is tried again at the next start.
  const folders = new Set([...settings.get().recentFiles.map((r) => dirname(r.path)), ...leftover]);
  if (workspace) folders.add(workspace);
  const exportFolder = settings.get().exportFolder;
  if (exportFolder) folders.add(exportFolder);
  const swept = new Set<string>();
  await Promise.all(
    [...folders].map(async (f) => {
      if (await sweepFolder(f)) swept.add(f);
    }),
  );
  await journal.settle(swept);

  return {
    transport: options.transport,
    name: options.name,
    version: options.version,
    access,
    settings,
    recovery,
    documents,
    journal,
    dialogs: options.dialogs,
    shell: options.shell,
    exports: options.exports,
    window: options.window ?? { setState: () => undefined, pendingOpensChanged: () => undefined },
    pendingOpens: [],
    trustDroppedPaths: options.trustDroppedPaths,
    workspace,
    testDialogs: options.testDialogs ?? false,
  };
}

/** Grants a path the user gave outside the window (command line, second launch) and queues it. */
export async function queueLaunchFile(ctx: HandlerContext, path: string): Promise<void> {
  const real = await ctx.access.grantFile(path);
  ctx.pendingOpens.push(real);
  void warmUpImport(real);
}

const WARM_UP_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Reads and imports the launch file once in the background while the window is still loading,
 * so the importers' code is compiled when the renderer asks for the file: a cold first import
 * costs 100–300 ms, a warm one about a millisecond. The result is thrown away (the real open
 * goes through the documents service), and so is any error: the real open reports it. Large
 * files are left alone: importing one twice would cost more than the warm-up saves.
 */
async function warmUpImport(path: string): Promise<void> {
  try {
    if ((await stat(path)).size > WARM_UP_MAX_BYTES) return;
    await importDraft({ bytes: new Uint8Array(await readFile(path)), name: basename(path) });
  } catch {
    // Reported by the real open.
  }
}
