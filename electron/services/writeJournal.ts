/**
 * Folders a save or an export is writing into. Each is listed in
 * `<userData>/writes-in-flight-<pid>.json` for the length of the write, so the temp file a
 * kill -9 leaves there is still found: the next start sweeps the folders of every journal whose
 * process is gone, and deletes a journal only once all its folders were swept. The start-up
 * sweep also knows the folders of recent files, the workspace and the export folder, but that
 * list can change under a write (the recent list cleared, or the folder pushed off it), so
 * every write is journaled rather than only those into folders it does not know.
 *
 * One journal per process, because the desktop app and a loopback host may share a user-data
 * folder and must not overwrite each other's entries.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { sweepTempFiles, TEMP_MARKER, tempFileOwner } from './atomic';
import { saveJson, WriteQueue } from './jsonStore';
import { isRunning } from './process';

const JOURNAL = /^writes-in-flight-(\d+)\.json$/;
const JournalSchema = z.object({ folders: z.array(z.string()) }).strict();

/**
 * A journal whose folders stay out of reach this long is given up: by then the drive or share
 * is most likely gone for good, and trying it at every start only slows the start down (a
 * vanished network share can take seconds to time out).
 */
export const JOURNAL_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export const journalFileName = (pid: number): string => `writes-in-flight-${pid}.json`;

/** A journal an ended run left behind. */
interface EndedJournal {
  file: string;
  folders: string[];
  /** Older than JOURNAL_MAX_AGE_MS: deleted whether or not its folders could be swept. */
  expired: boolean;
}

export class WriteJournal {
  private readonly counts = new Map<string, number>();
  /**
   * Folders that a journal under our own file name (a run before a reboot that had our pid)
   * still needs swept. Our journal keeps listing them, so the record outlives this run.
   */
  private inherited: string[] = [];
  private readonly queue = new WriteQueue();

  private constructor(
    readonly file: string,
    private ended: EndedJournal[],
  ) {}

  /**
   * Opens this process's journal. Returns the folders that journals of ended processes name;
   * the caller sweeps them and then calls `settle` with the ones it swept. Nothing is deleted
   * here, so a start that dies before `settle` leaves every record for the next one. A damaged
   * journal names nothing and is deleted by `settle`.
   */
  static async open(
    userDataDir: string,
    now = Date.now(),
  ): Promise<{ journal: WriteJournal; leftover: string[] }> {
    const leftover = new Set<string>();
    const ended: EndedJournal[] = [];
    let names: string[] = [];
    try {
      names = await readdir(userDataDir);
    } catch {
      names = [];
    }
    for (const name of names) {
      const m = JOURNAL.exec(name);
      if (!m) continue;
      const pid = Number(m[1]);
      // Our own pid here means a run before a reboot that was given the same number.
      if (pid !== process.pid && isRunning(pid)) continue;
      const file = join(userDataDir, name);
      let folders: string[] = [];
      let expired = false;
      try {
        const parsed = JournalSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (parsed.success) folders = parsed.data.folders;
        expired = now - (await stat(file)).mtimeMs > JOURNAL_MAX_AGE_MS;
      } catch {
        // Unreadable: it can only have named folders to sweep, never data to keep.
      }
      for (const f of folders) leftover.add(f);
      ended.push({ file, folders, expired });
    }
    return {
      journal: new WriteJournal(join(userDataDir, journalFileName(process.pid)), ended),
      leftover: [...leftover],
    };
  }

  /**
   * Deletes the ended runs' journals whose every folder is in `swept` (see `sweepFolder`), or
   * that have expired; the others stay for the next start to try again. Call once, after the
   * sweep.
   */
  async settle(swept: ReadonlySet<string>): Promise<void> {
    const ended = this.ended;
    this.ended = [];
    for (const j of ended) {
      const done = j.expired || j.folders.every((f) => swept.has(f));
      if (j.file === this.file) {
        // Our own file: rewritten or removed through the queue, like any change of ours.
        this.inherited = done ? [] : j.folders;
        await this.flush().catch(() => undefined);
      } else if (done) {
        await rm(j.file, { force: true }).catch(() => undefined);
      }
    }
  }

  /** Runs `write` with `folder` listed in the journal until it has finished or failed. */
  async during<T>(folder: string, write: () => Promise<T>): Promise<T> {
    // Best effort: a user-data disk that cannot take the journal must not block the save.
    await this.change(folder, 1).catch(() => undefined);
    try {
      return await write();
    } finally {
      await this.change(folder, -1).catch(() => undefined);
    }
  }

  private change(folder: string, by: number): Promise<void> {
    const n = (this.counts.get(folder) ?? 0) + by;
    if (n > 0) this.counts.set(folder, n);
    else this.counts.delete(folder);
    return this.flush();
  }

  private flush(): Promise<void> {
    return this.queue.run(() => {
      const folders = [...new Set([...this.inherited, ...this.counts.keys()])];
      return folders.length ? saveJson(this.file, { folders }) : rm(this.file, { force: true });
    });
  }
}

/**
 * Sweeps the temp files a crashed write left in `dir` and says whether that is done: true when
 * the folder was read and no stale temp file is left, or when it is gone for good (deleted, or
 * no longer a folder); false when it could not be read (no permission, an I/O error) or when it
 * is missing together with its parent, as a folder on an unplugged drive or an unmounted share
 * is, so that it is tried again at the next start.
 */
export async function sweepFolder(dir: string): Promise<boolean> {
  try {
    await sweepTempFiles(dir);
  } catch {
    return false;
  }
  // The sweep treats a folder it cannot read as empty; reading it again tells the two apart,
  // and also catches a folder that was unreadable for the sweep and readable a moment later.
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return true;
    if (code !== 'ENOENT') return false;
    const parent = dirname(dir);
    if (parent === dir) return false;
    try {
      return (await stat(parent)).isDirectory();
    } catch {
      return false;
    }
  }
  return !names.some((n) => {
    if (!n.includes(TEMP_MARKER)) return false;
    const owner = tempFileOwner(n);
    // A temp file of another live process is that process's business (its own journal).
    return owner === null || owner === process.pid || !isRunning(owner);
  });
}
