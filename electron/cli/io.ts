import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { IMPORTERS } from '../../shared/import';
import { ImportError } from '../../shared/import/errors';

/** Thrown for anything the CLI cannot use; printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Reads a draft, turning file-system failures into one plain sentence. */
export async function readInput(path: string): Promise<{ bytes: Uint8Array; name: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${path} is a folder, not a file.`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new ImportError(
        'too-large',
        `${path} is ${Math.round(info.size / 1048576)} MB; drafts over 200 MB are refused.`,
      );
    }
    return { bytes: new Uint8Array(await readFile(path)), name: basename(path) };
  } catch (e) {
    throw describeFsError(e, path);
  }
}

export function describeFsError(e: unknown, path: string): Error {
  if (e instanceof UsageError || e instanceof ImportError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new UsageError(`${path}: no such file.`);
    case 'EACCES':
    case 'EPERM':
      return new UsageError(`${path}: permission denied.`);
    case 'EISDIR':
      return new UsageError(`${path} is a folder, not a file.`);
    case 'ENOSPC':
      return new UsageError(`${path}: the disk is full; nothing was written.`);
    case 'EROFS':
      return new UsageError(`${path}: the disk is read-only; nothing was written.`);
    default:
      return new UsageError(`${path}: ${(e as Error).message}`);
  }
}

const DRAFT_ENDINGS = [...new Set(IMPORTERS.flatMap((i) => i.extensions))];

/**
 * The drafts the CLI's file arguments stand for. A folder stands for the files directly inside
 * it that an importer reads by their ending (not hidden ones), in name order; a file named on the
 * command line is always taken, and one that is not there is left for `readInput` to report, so
 * the other files are still processed. `folders` counts the folders among the arguments.
 */
export async function expandDraftFolders(
  args: readonly string[],
): Promise<{ files: string[]; folders: number }> {
  const files: string[] = [];
  let folders = 0;
  for (const arg of args) {
    const isFolder = await stat(arg).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      files.push(arg);
      continue;
    }
    folders++;
    let entries;
    try {
      entries = await readdir(arg, { withFileTypes: true });
    } catch (e) {
      throw describeFsError(e, arg);
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const lower = entry.name.toLowerCase();
      if (!entry.isFile() || lower.startsWith('.')) continue;
      if (DRAFT_ENDINGS.some((e) => lower.endsWith(e))) files.push(join(arg, entry.name));
    }
  }
  return { files, folders };
}
