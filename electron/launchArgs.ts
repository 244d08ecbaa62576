/**
 * Files named on the command line of the desktop app (first launch, or a second launch that
 * hands them to the running one). Electron's argv starts with the executable, then — when run
 * unpackaged as `electron .` — the app folder, then Chromium switches and the user's files.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

export function candidateFiles(
  argv: readonly string[],
  cwd: string,
  isPackaged: boolean,
): string[] {
  const args = argv.slice(1);
  const out: string[] = [];
  let skippedAppPath = isPackaged;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    if (!skippedAppPath) {
      skippedAppPath = true;
      continue;
    }
    out.push(resolve(cwd, arg));
  }
  return out;
}

export async function existingFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isFile()) out.push(p);
  }
  return out;
}
