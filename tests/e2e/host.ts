/**
 * Starts `newsroom serve` as a child process, the way a user would, with test dialogs on, a
 * temp workspace and a temp user-data folder, and hands the test its URL and token. `kill()`
 * ends it with SIGKILL, like a crash, so recovery can be tested.
 */
import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const SEED = join(REPO, 'seeds', '000_96a0e40e744c17ac.txt');

export interface Workspace {
  dir: string;
  userData: string;
  cleanup(): void;
}

export function makeWorkspace(files: string[] = [SEED]): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'nd-e2e-ws-'));
  const userData = mkdtempSync(join(tmpdir(), 'nd-e2e-ud-'));
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  return {
    dir,
    userData,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

export interface Host {
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
  /** Queue answers for the next dialogs (open/save/folder), in order. */
  answer(...answers: { kind: 'open' | 'save' | 'folder'; path: string | null }[]): Promise<void>;
  shellCalls(): Promise<unknown[]>;
  /**
   * Closes the given pages first: a recovery copy or file check due a moment later must not reach
   * a host that is already gone (Chromium logs the refused request as a console error).
   */
  stop(...pages: Page[]): Promise<void>;
  /** SIGKILL: the host dies without cleaning up, as in a crash. */
  kill(): Promise<void>;
}

export async function startHost(ws: Workspace, file?: string): Promise<Host> {
  const args = [
    join(REPO, 'bin', 'newsroom.mjs'),
    'serve',
    ...(file ? [file] : []),
    '--no-open',
    '--test-dialogs',
    '--user-data',
    ws.userData,
  ];
  const child = spawn(process.execPath, args, {
    cwd: ws.dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEWSROOM_TEST_DIALOGS: '1' },
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host did not start:\n${out}\n${err}`)),
      20_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code}):\n${out}\n${err}`));
    });
  });
  const parsed = new URL(url);
  const token = /token=([A-Za-z0-9_-]+)/.exec(parsed.hash)?.[1] ?? '';
  const origin = parsed.origin;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const res = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsroom-token': token },
      body: JSON.stringify(body),
    });
    return res.json();
  };
  return {
    url,
    origin,
    token,
    process: child,
    answer: async (...answers) => {
      await post('/test/dialogs', { answers });
    },
    shellCalls: async () => {
      const res = await fetch(`${origin}/test/shell`, { headers: { 'x-newsroom-token': token } });
      const body = (await res.json()) as { value: { calls: unknown[] } };
      return body.value.calls;
    },
    stop: async (...pages) => {
      for (const page of pages) await page.close();
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
