/**
 * Where file and folder choices come from. Whatever a `Dialogs` returns counts as chosen by the
 * user: the handlers grant it in `PathAccess` before using it. Three providers:
 * - Electron: native dialogs (`electron/electronDialogs.ts`, wired in main).
 * - Loopback host, normal launch: `WorkspaceDialogs`. A browser tab has no native dialog and
 *   must not be able to name paths, so every choice stays inside one workspace folder (the
 *   folder of the file given to `newsroom serve`, else the current folder): Save As writes a new,
 *   non-clobbering name there, exports go to `<workspace>/exports`, and Open answers
 *   `unsupported`: the page offers the drafts from `workspace:list` instead (opened with
 *   `openWorkspaceFile`), or imports a dropped file's bytes.
 * - Loopback host under test (`--test-dialogs` / NEWSROOM_TEST_DIALOGS=1): `QueuedDialogs`,
 *   answered from a queue the test fills through `POST /test/dialogs`.
 */
import { access, mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ServiceError } from './errors';

export interface FileFilter {
  name: string;
  /** Without the dot: "json", "docx". */
  extensions: string[];
}

export type DialogKind = 'open' | 'save' | 'folder';

export interface Dialogs {
  /** An existing file to open or import; null if cancelled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Where to save; null if cancelled. */
  saveFile(options: {
    title: string;
    defaultName: string;
    /** Folder to start in (the document's own), when there is one. */
    defaultFolder?: string | null;
    filters: FileFilter[];
  }): Promise<string | null>;
  /** A folder to write into; null if cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
}

export interface QueuedAnswer {
  kind: DialogKind;
  /** The chosen path, or null for "the user pressed Cancel". */
  path: string | null;
}

/** Test dialogs: each call takes the next queued answer, which must be of the right kind. */
export class QueuedDialogs implements Dialogs {
  private readonly answers: QueuedAnswer[] = [];
  /** What was asked, for tests to assert on (titles, default names). */
  readonly asked: { kind: DialogKind; title: string; defaultName?: string }[] = [];

  enqueue(...answers: QueuedAnswer[]): void {
    this.answers.push(...answers);
  }

  pending(): number {
    return this.answers.length;
  }

  clear(): void {
    this.answers.length = 0;
    this.asked.length = 0;
  }

  private take(kind: DialogKind, title: string, defaultName?: string): string | null {
    this.asked.push({ kind, title, ...(defaultName ? { defaultName } : {}) });
    const next = this.answers.shift();
    if (!next) {
      throw new ServiceError('internal', `Test dialogs: no answer queued for a ${kind} dialog.`);
    }
    if (next.kind !== kind) {
      throw new ServiceError(
        'internal',
        `Test dialogs: a ${kind} dialog opened but the next answer is for ${next.kind}.`,
      );
    }
    return next.path;
  }

  async openFile(o: { title: string }): Promise<string | null> {
    return this.take('open', o.title);
  }
  async saveFile(o: { title: string; defaultName: string }): Promise<string | null> {
    return this.take('save', o.title, o.defaultName);
  }
  async chooseFolder(o: { title: string }): Promise<string | null> {
    return this.take('folder', o.title);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Normal host launch: every choice is inside the workspace folder. */
export class WorkspaceDialogs implements Dialogs {
  constructor(public workspace: string) {}

  async openFile(): Promise<string | null> {
    throw new ServiceError(
      'unsupported',
      'In the browser there is no file dialog: pick a draft from the workspace list, or drop the file on the window.',
    );
  }

  /** A new name in the workspace; never replaces an existing file ("story-2.newsroom.json"). */
  async saveFile(o: { defaultName: string }): Promise<string | null> {
    const name = basename(o.defaultName) || 'untitled.newsroom.json';
    const ext = name.endsWith('.newsroom.json') ? '.newsroom.json' : extname(name);
    const stem = name.slice(0, name.length - ext.length);
    for (let i = 1; i < 1000; i++) {
      const candidate = join(this.workspace, i === 1 ? name : `${stem}-${i}${ext}`);
      if (!(await exists(candidate))) return candidate;
    }
    throw new ServiceError('io', 'The workspace has too many files with that name.');
  }

  async chooseFolder(): Promise<string | null> {
    const dir = join(this.workspace, 'exports');
    await mkdir(dir, { recursive: true });
    return dir;
  }
}
