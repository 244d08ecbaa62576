import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './process';

/** Temp files carry this marker so a sweep at start can find the ones a crash left behind. */
export const TEMP_MARKER = '.newsroom-tmp-';

export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`,
  );
}

/**
 * Writes a file so that a reader sees either the old content or the new, never a mix or an
 * empty file: temp file in the same folder, fsync, rename over the target, fsync the folder.
 * On any failure the temp file is removed and the target is untouched. No fallback to a
 * direct write: a full disk must fail loudly, not truncate the only copy of a story.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(target);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  // A rename would replace a read-only file without complaint; the user made it read-only on
  // purpose, so refuse the way a direct write would.
  if (mode !== undefined) await access(target, constants.W_OK);
  const handle = await open(tmp, 'wx', mode ?? 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await fsyncDir(dirname(target));
}

async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return;
  const h = await open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

/** The pid a temp file name was written by, or null if the name does not carry one. */
export function tempFileOwner(name: string): number | null {
  const at = name.indexOf(TEMP_MARKER);
  if (at < 0) return null;
  const m = /^(\d+)-/.exec(name.slice(at + TEMP_MARKER.length));
  return m ? Number(m[1]) : null;
}

/**
 * Removes temp files a crashed save left in `dir`. Returns the names it removed. A temp file
 * whose writer is another process still running is left alone: that save may be in flight.
 */
export async function sweepTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    if (!n.includes(TEMP_MARKER)) return false;
    const owner = tempFileOwner(n);
    return owner === null || owner === process.pid || !isRunning(owner);
  });
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  return stale;
}
