/**
 * The loopback host's stand-in for an Open dialog: the drafts directly inside the workspace
 * folder (no subfolders, no hidden or temp files, no links that lead out), newest first.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceListing } from '../../shared/ipc/contract';
import { TEMP_MARKER } from './atomic';
import { realPathInside } from './paths';

export const MAX_LISTED = 500;

export async function listWorkspace(
  folder: string,
  extensions: readonly string[],
): Promise<WorkspaceListing> {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const files: (WorkspaceListing['files'][number] & { mtime: number })[] = [];
  for (const name of await readdir(folder)) {
    if (name.startsWith('.') || name.includes(TEMP_MARKER)) continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!name.includes('.') || !wanted.has(ext)) continue;
    const path = join(folder, name);
    try {
      const info = await lstat(path);
      const real = info.isSymbolicLink() ? await realPathInside(folder, path) : path;
      if (real === null) continue;
      const target = info.isSymbolicLink() ? await stat(real) : info;
      if (!target.isFile()) continue;
      files.push({
        name,
        path,
        size: target.size,
        modifiedAt: target.mtime.toISOString(),
        native: name.toLowerCase().endsWith('.newsroom.json'),
        mtime: target.mtimeMs,
      });
    } catch {
      // Vanished or unreadable between readdir and stat: not offered.
    }
  }
  files.sort((a, b) => b.mtime - a.mtime || a.name.localeCompare(b.name));
  return {
    folder,
    files: files.slice(0, MAX_LISTED).map(({ mtime: _m, ...f }) => f),
    truncated: files.length > MAX_LISTED,
  };
}
