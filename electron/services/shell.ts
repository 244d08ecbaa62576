/**
 * Opening things outside the app: a file manager on a file, a browser on a link. Only http(s)
 * links are ever passed on; the check lives here so every door shares it.
 */
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { ServiceError } from './errors';

export interface Shell {
  showItemInFolder(path: string): Promise<void>;
  openExternal(url: string): Promise<void>;
}

/** The URL, normalised, when it is http(s) with a host; otherwise an `access-denied` error. */
export function checkExternalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ServiceError('access-denied', 'That is not a web address.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ServiceError('access-denied', `Only http and https links open outside the app.`);
  }
  if (!parsed.hostname) throw new ServiceError('access-denied', 'The link has no host.');
  return parsed.href;
}

function opener(): string {
  if (process.platform === 'darwin') return 'open';
  if (process.platform === 'win32') return 'explorer';
  return 'xdg-open';
}

/** For the loopback host: the platform's opener, detached, arguments never through a shell. */
export class SystemShell implements Shell {
  private run(arg: string): Promise<void> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn(opener(), [arg], { detached: true, stdio: 'ignore', shell: false });
      child.once('error', (e) =>
        reject(new ServiceError('unsupported', `Could not start ${opener()}: ${e.message}`)),
      );
      child.once('spawn', () => {
        child.unref();
        resolvePromise();
      });
    });
  }
  showItemInFolder(path: string): Promise<void> {
    return this.run(dirname(path));
  }
  openExternal(url: string): Promise<void> {
    return this.run(checkExternalUrl(url));
  }
}

/** For tests: remembers what would have been opened. */
export class RecordingShell implements Shell {
  readonly calls: { kind: 'folder' | 'url'; target: string }[] = [];
  async showItemInFolder(path: string): Promise<void> {
    this.calls.push({ kind: 'folder', target: path });
  }
  async openExternal(url: string): Promise<void> {
    this.calls.push({ kind: 'url', target: checkExternalUrl(url) });
  }
}
