/**
 * Path traversal over the loopback host (the door a web page could reach): every path the page
 * can name, and every name it can steer through a headline, stays inside the workspace. The
 * PathAccess rules themselves, with their property test, are in tests/services/paths.test.ts;
 * this adds the encodings and look-alikes, the sibling-prefix folder, and the whole route from
 * HTTP request to file system.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHost, type LaunchedHost } from '../../electron/host/launch';
import { TOKEN_HEADER } from '../../shared/ipc/httpTransport';
import { nativeText, seed, tempDir } from '../services/support';

let work: { path: string; cleanup: () => Promise<void> };
let host: LaunchedHost;
let ws: string;
let outside: string;

beforeAll(async () => {
  work = await tempDir('newsroom-traversal-');
  ws = join(work.path, 'ws');
  outside = join(work.path, 'outside');
  // A sibling whose name starts with the workspace's: "/tmp/x/ws" vs "/tmp/x/ws-evil".
  const sibling = join(work.path, 'ws-evil');
  for (const d of [ws, outside, sibling, join(ws, 'sub')]) await mkdir(d, { recursive: true });
  await writeFile(join(outside, 'secret.txt'), 'not for the page');
  await writeFile(join(sibling, 'secret.txt'), 'not for the page either');
  await writeFile(join(ws, 'story.newsroom.json'), nativeText(await seed()));
  await symlink(join(outside, 'secret.txt'), join(ws, 'link-out.txt'));
  await symlink(outside, join(ws, 'dir-out'));
  const renderer = join(work.path, 'renderer');
  await mkdir(renderer);
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Newsroom Desk</title>');
  host = await launchHost({ rendererDir: renderer, cwd: ws, userDataDir: join(work.path, 'ud') });
});
afterAll(async () => {
  await host?.close();
  await work?.cleanup();
});

async function call(
  channel: string,
  payload: unknown,
): Promise<{ ok: boolean; error?: { code: string } }> {
  const res = await fetch(`${host.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(payload),
  });
  return (await res.json()) as { ok: boolean; error?: { code: string } };
}

const hostile = (): [string, string][] => [
  ['a parent segment', `${ws}/../outside/secret.txt`],
  ['parents from a subfolder', `${ws}/sub/../../outside/secret.txt`],
  ['a relative parent', '../outside/secret.txt'],
  ['an absolute path outside', join(outside, 'secret.txt')],
  ['/etc/passwd', '/etc/passwd'],
  ['/proc/self/environ', '/proc/self/environ'],
  ['the sibling with the same prefix', `${ws}-evil/secret.txt`],
  ['percent-encoded dots', `${ws}/%2e%2e/outside/secret.txt`],
  ['double-encoded dots', `${ws}/%252e%252e/outside/secret.txt`],
  ['overlong UTF-8 dots', `${ws}/%c0%ae%c0%ae/outside/secret.txt`],
  ['full-width dots', `${ws}/\uff0e\uff0e/outside/secret.txt`],
  ['one-dot leader dots', `${ws}/\u2024\u2024/outside/secret.txt`],
  ['backslash parents', `${ws}\\..\\outside\\secret.txt`],
  ['a UNC path', '\\\\server\\share\\secret.txt'],
  ['a drive path', 'C:\\Windows\\win.ini'],
  ['a file URL', `file://${outside}/secret.txt`],
  ['a NUL byte', `${ws}/story.newsroom.json\0/../../outside/secret.txt`],
  ['a symlink to a file outside', join(ws, 'link-out.txt')],
  ['a file under a symlinked folder', join(ws, 'dir-out', 'secret.txt')],
  ['a tilde', '~/.ssh/id_rsa'],
  ['an empty path', ''],
];

describe('over the loopback host, paths the page names', () => {
  it.each(['document:openPath', 'shell:showInFolder', 'app:queueDroppedFile'])(
    '%s refuses every traversal',
    async (channel) => {
      const accepted: string[] = [];
      for (const [label, path] of hostile()) {
        const r = await call(channel, { path });
        if (r.ok) accepted.push(label);
        else
          expect(['access-denied', 'not-found', 'invalid-request', 'unsupported'], label).toContain(
            r.error!.code,
          );
      }
      expect(accepted).toEqual([]);
    },
  );

  it('still opens the file inside the workspace (the refusals are not blanket)', async () => {
    const r = await call('document:openPath', { path: join(ws, 'story.newsroom.json') });
    expect(r.ok).toBe(true);
  });
});

describe('over the loopback host, names the page steers through a headline', () => {
  it.each([
    '../../../outside/owned',
    '..\\..\\outside\\owned',
    '/etc/cron.d/owned',
    'owned\0.sh',
    '\u202egnp.exe',
    '.htaccess',
    'CON',
  ])('Save and Export with the headline %j write inside the workspace only', async (title) => {
    const opened = (await (
      await fetch(`${host.origin}/ipc/document:new`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: '{}',
      })
    ).json()) as { value: { document: { token: string }; article: Record<string, unknown> } };
    const token = opened.value.document.token;
    const article = { ...opened.value.article, headline: title, slug: null };
    const saved = await call('document:saveAs', { token, article });
    expect(saved.ok).toBe(true);
    const exported = await call('export:run', {
      token,
      article,
      formats: ['md', 'text'],
      destination: 'dialog',
      allowErrors: true,
    });
    expect(exported.ok, JSON.stringify(exported)).toBe(true);
    expect(await readdir(outside)).toEqual(['secret.txt']);
    expect(existsSync('/etc/cron.d/owned')).toBe(false);
    const names = [...(await readdir(ws)), ...(await readdir(join(ws, 'exports')))];
    for (const n of names) expect(basename(n)).toMatch(/^[a-z0-9.-]+$/);
  });
});
