/** Real temp folders, the real seed draft, and a full handler context for service tests. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importDraft } from '../../shared/import';
import type { Article } from '../../shared/model/article';
import { serializeNativeArticle } from '../../shared/import/native';
import { createContext } from '../../electron/ipc/createContext';
import type { HandlerContext } from '../../electron/ipc/context';
import { QueuedDialogs } from '../../electron/services/dialogs';
import { coreExportEngine } from '../../electron/services/exports';
import { RecordingShell } from '../../electron/services/shell';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const SEED = join(repoRoot, 'seeds', '000_96a0e40e744c17ac.txt');

export async function tempDir(prefix = 'newsroom-test-'): Promise<{
  path: string;
  cleanup: () => Promise<void>;
}> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

let seedArticle: Article | undefined;
/** The Indonesian seed story, imported once through the real importer. */
export async function seed(): Promise<Article> {
  seedArticle ??= await importDraft({
    bytes: new Uint8Array(await readFile(SEED)),
    name: '000_96a0e40e744c17ac.txt',
  });
  return structuredClone(seedArticle);
}

export const nativeText = (a: Article): string => serializeNativeArticle(a);

export interface TestContext {
  ctx: HandlerContext;
  dialogs: QueuedDialogs;
  shell: RecordingShell;
}

export async function makeContext(
  userDataDir: string,
  options: {
    transport?: 'electron' | 'host';
    workspace?: string;
    trustDroppedPaths?: boolean;
  } = {},
): Promise<TestContext> {
  const dialogs = new QueuedDialogs();
  const shell = new RecordingShell();
  const ctx = await createContext({
    transport: options.transport ?? 'electron',
    name: 'Newsroom Desk',
    version: '0.0.0-test',
    userDataDir,
    dialogs,
    shell,
    exports: coreExportEngine,
    trustDroppedPaths: options.trustDroppedPaths ?? options.transport !== 'host',
    workspace: options.workspace ?? null,
    testDialogs: true,
  });
  return { ctx, dialogs, shell };
}
