/**
 * Folders a save or an export is writing into that the next start would not otherwise sweep
 * (a Save As or an export to a folder chosen just now: the start-up sweep knows only the
 * folders of recent files, the workspace and the export folder). Each is listed in
 * `<userData>/writes-in-flight-<pid>.json` for the length of the write, so the temp file a
 * kill -9 leaves there is still found: the next start sweeps the folders of every journal whose
 * process is gone, then deletes that journal.
 *
 * One journal per process, because the desktop app and a loopback host may share a user-data
 * folder and must not overwrite each other's entries.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { saveJson, WriteQueue } from './jsonStore';
import { isRunning } from './process';

const JOURNAL = /^writes-in-flight-(\d+)\.json$/;
const JournalSchema = z.object({ folders: z.array(z.string()) }).strict();

export const journalFileName = (pid: number): string => `writes-in-flight-${pid}.json`;

export class WriteJournal {
  private readonly counts = new Map<string, number>();
  private readonly queue = new WriteQueue();

  private constructor(readonly file: string) {}

  /**
   * Opens this process's journal. Returns the folders that journals of ended processes name
   * (the caller sweeps them) and removes those journals; a damaged one names nothing.
   */
  static async open(userDataDir: string): Promise<{ journal: WriteJournal; leftover: string[] }> {
    const leftover = new Set<string>();
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
      try {
        const parsed = JournalSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (parsed.success) for (const f of parsed.data.folders) leftover.add(f);
      } catch {
        // Unreadable: it can only have named folders to sweep, never data to keep.
      }
      await rm(file, { force: true }).catch(() => undefined);
    }
    return {
      journal: new WriteJournal(join(userDataDir, journalFileName(process.pid))),
      leftover: [...leftover],
    };
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
    return this.queue.run(() =>
      this.counts.size
        ? saveJson(this.file, { folders: [...this.counts.keys()] })
        : rm(this.file, { force: true }),
    );
  }
}
