/**
 * Access control for paths. The renderer never names a file; paths reach the Node side only
 * from places the user chose (a dialog, the recent list, the command line, a dropped file, the
 * recovery area). Each such path is *granted* here, and every read or write asks `resolve…` to
 * check it first. Checks run on the string as given (no NUL, absolute, no `..` segment, no
 * percent-encoded dots or slashes) and then on the real path after symlinks, so a link inside a
 * granted folder that points outside it is refused.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ServiceError } from './errors';

export class AccessDeniedError extends ServiceError {
  constructor(message: string) {
    super('access-denied', message);
  }
}

/** Refuses strings that are not a plain absolute path. Returns the normalised absolute path. */
export function checkPathString(path: string): string {
  if (typeof path !== 'string' || path.length === 0) throw new AccessDeniedError('No path given.');
  if (path.includes('\0')) throw new AccessDeniedError('The path contains a NUL byte.');
  if (/%(2e|2f|5c|00)/i.test(path)) {
    throw new AccessDeniedError('The path contains percent-encoded dots or slashes.');
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) {
    throw new AccessDeniedError('Expected a file path, not a URL.');
  }
  if (!isAbsolute(path)) throw new AccessDeniedError('Expected an absolute path.');
  if (path.split(/[\\/]+/).some((segment) => segment === '..')) {
    throw new AccessDeniedError('The path climbs out of its folder (".." is not allowed).');
  }
  return resolve(path);
}

/** True when `child` is `folder` itself or lies inside it (both already real paths). */
export function isInside(folder: string, child: string): boolean {
  const rel = relative(folder, child);
  if (rel === '') return true;
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The loopback host's workspace rule, shared by everything that offers or opens a file there
 * (the workspace list, the recent list): where `path` really lies, after the `checkPathString`
 * checks and symlinks, when that is inside `folder`; null when it is elsewhere or cannot be
 * resolved. A name that does not exist yet counts by its real folder.
 */
export async function realPathInside(folder: string, path: string): Promise<string | null> {
  try {
    const real = await realWriteTarget(checkPathString(path));
    return isInside(await realpath(folder), real) ? real : null;
  } catch {
    return null;
  }
}

async function realFolder(path: string): Promise<string> {
  const real = await realpath(path);
  if (!(await stat(real)).isDirectory()) throw new AccessDeniedError(`${path} is not a folder.`);
  return real;
}

/**
 * The real path a write to `path` would land on: the folder resolved through symlinks plus the
 * name; when the name itself is a symlink, its target.
 */
async function realWriteTarget(path: string): Promise<string> {
  const dir = await realFolder(dirname(path));
  const candidate = join(dir, basename(path));
  try {
    return await realpath(candidate);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return candidate;
    throw e;
  }
}

export class PathAccess {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  /** Grants one file the user chose. It may not exist yet (a Save As target). */
  async grantFile(path: string): Promise<string> {
    const target = await realWriteTarget(checkPathString(path));
    this.files.add(target);
    return target;
  }

  /** Grants a folder and everything under it (the host's workspace, the recovery area). */
  async grantFolder(path: string): Promise<string> {
    const real = await realFolder(checkPathString(path));
    this.folders.add(real);
    return real;
  }

  isGrantedReal(real: string): boolean {
    if (this.files.has(real)) return true;
    for (const f of this.folders) if (isInside(f, real)) return true;
    return false;
  }

  /** Checks `path` for reading: it must exist, be a regular file and be granted. */
  async resolveForRead(path: string): Promise<string> {
    const checked = checkPathString(path);
    let real: string;
    try {
      real = await realpath(checked);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ServiceError('not-found', `${basename(checked)}: no such file.`);
      }
      throw new AccessDeniedError(`${basename(checked)} cannot be reached.`);
    }
    if (!this.isGrantedReal(real)) {
      throw new AccessDeniedError(
        `${basename(checked)} is not a file you chose to open here; open it from the File menu.`,
      );
    }
    const info = await stat(real);
    if (!info.isFile()) throw new AccessDeniedError(`${basename(checked)} is not a regular file.`);
    return real;
  }

  /** Checks `path` for writing: its real location must be granted (it need not exist). */
  async resolveForWrite(path: string): Promise<string> {
    const checked = checkPathString(path);
    let real: string;
    try {
      real = await realWriteTarget(checked);
    } catch (e) {
      if (e instanceof ServiceError) throw e;
      throw new AccessDeniedError(`${basename(checked)}: its folder cannot be reached.`);
    }
    if (!this.isGrantedReal(real)) {
      throw new AccessDeniedError(`${basename(checked)} is not a place you chose to save to.`);
    }
    return real;
  }

  /** Checks a folder for writing exports into: it must be granted as a folder or lie in one. */
  async resolveFolder(path: string): Promise<string> {
    const checked = checkPathString(path);
    let real: string;
    try {
      real = await realFolder(checked);
    } catch (e) {
      if (e instanceof ServiceError) throw e;
      throw new ServiceError('not-found', `${checked}: the folder no longer exists.`);
    }
    for (const f of this.folders) if (isInside(f, real)) return real;
    throw new AccessDeniedError(`${checked} is not a folder you chose.`);
  }
}
