import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopApi, type DesktopApi } from '../../shared/ipc/client';
import { isIpcCallError } from '../../shared/ipc/errors';
import {
  createHttpTransport,
  TOKEN_HEADER,
  tokenFromLocation,
} from '../../shared/ipc/httpTransport';
import { RENDERER_CSP } from '../../electron/host/csp';
import { launchHost, type LaunchedHost } from '../../electron/host/launch';
import { repoRoot, SEED, nativeText, seed, tempDir } from '../services/support';

let dir: string;
let cleanup: () => Promise<void>;
let rendererDir: string;
let workspace: string;
const hosts: LaunchedHost[] = [];

beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir());
  rendererDir = join(dir, 'renderer');
  workspace = join(dir, 'workspace');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(workspace);
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><title>Newsroom Desk</title><script type="module" src="/assets/app.js"></script>',
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(dir, 'secret.txt'), 'not for the browser');
});
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await cleanup();
});

async function start(options: { testDialogs?: boolean; file?: string } = {}) {
  const host = await launchHost({
    rendererDir,
    cwd: workspace,
    userDataDir: join(dir, 'user-data'),
    ...options,
  });
  hosts.push(host);
  return host;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request exactly as written (no URL normalisation), to probe the server's own checks. */
function raw(
  host: LaunchedHost,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
    address?: string;
  },
): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const ipc = (host: LaunchedHost, channel: string, payload: unknown, token: string | null) =>
  raw(host, {
    method: 'POST',
    path: `/ipc/${channel}`,
    headers: {
      'content-type': 'application/json',
      ...(token !== null ? { [TOKEN_HEADER]: token } : {}),
    },
    body: JSON.stringify(payload),
  });

function api(host: LaunchedHost): DesktopApi {
  return createDesktopApi(
    createHttpTransport({
      token: host.token,
      fetch: (url, init) => fetch(url, init),
      baseUrl: host.origin,
    }),
  );
}

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const host = await start();
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect((await raw(host, { path: '/' })).status).toBe(200);
    const others = Object.values(networkInterfaces())
      .flat()
      // Link-local IPv6 needs a scope id to dial; IPv4 addresses are enough to show the point.
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of [...others, '::1']) {
      await expect(raw(host, { path: '/', address }), address).rejects.toMatchObject({
        code: expect.stringMatching(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/),
      });
    }
  });

  it('prints a URL whose fragment carries the token', async () => {
    const host = await start();
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(tokenFromLocation(new URL(host.url).hash)).toBe(host.token);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves the renderer with the CSP and no-sniff headers', async () => {
    const host = await start();
    const page = await raw(host, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Newsroom Desk</title>');
    expect(page.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).toContain("object-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await raw(host, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(RENDERER_CSP);
    // Client-side routes fall back to the page; missing assets do not.
    expect((await raw(host, { path: '/settings' })).body).toContain('Newsroom Desk');
    expect((await raw(host, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00'])(
    'refuses to serve %s',
    async (path) => {
      const host = await start();
      const r = await raw(host, { path });
      expect([403, 404]).toContain(r.status);
      expect(r.body).not.toContain('not for the browser');
    },
  );

  it('requires the token: none, or a wrong one, is forbidden and learns nothing', async () => {
    const host = await start();
    for (const token of [null, '', 'wrong', `${host.token}x`, host.token.slice(1)]) {
      for (const [channel, payload] of [
        ['app:info', {}],
        ['settings:set', { theme: 'purple' }],
        ['no:such', {}],
      ] as const) {
        const r = await ipc(host, channel, payload, token);
        expect(r.status, `${channel} with ${token}`).toBe(403);
        expect(JSON.parse(r.body).error.code).toBe('forbidden');
      }
    }
    const ok = await ipc(host, 'app:info', {}, host.token);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).value.transport).toBe('host');
  });

  it('validates payloads exactly as the Electron side does', async () => {
    const host = await start();
    const r = await ipc(
      host,
      'settings:set',
      { theme: 'purple', exportFolder: '/etc' },
      host.token,
    );
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'exportFolder',
      'theme',
    ]);
    expect((await ipc(host, 'no:such', {}, host.token)).status).toBe(404);
    expect((await ipc(host, '%E0%A4%A', {}, host.token)).status).toBe(404);
    const notJson = await raw(host, {
      method: 'POST',
      path: '/ipc/app:info',
      headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: host.token },
      body: '{}',
    });
    expect(notJson.status).toBe(400);
    const broken = await raw(host, {
      method: 'POST',
      path: '/ipc/settings:set',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: '{"theme": "dark"',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toBe('The request body is not valid JSON.');
    const get = await raw(host, { path: '/ipc/app:info', headers: { [TOKEN_HEADER]: host.token } });
    expect(get.status).toBe(405);
  });

  it('refuses other sites: foreign Host (DNS rebinding), foreign Origin, CORS preflight', async () => {
    const host = await start();
    const rebinding = await raw(host, {
      path: '/',
      headers: { host: `evil.example:${host.port}` },
    });
    expect(rebinding.status).toBe(421);
    const foreign = await raw(host, {
      method: 'POST',
      path: '/ipc/app:info',
      headers: {
        'content-type': 'application/json',
        origin: 'http://evil.example',
        [TOKEN_HEADER]: host.token,
      },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    const preflight = await raw(host, {
      method: 'OPTIONS',
      path: '/ipc/app:info',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const sameOrigin = await raw(host, {
      method: 'POST',
      path: '/ipc/app:info',
      headers: {
        'content-type': 'application/json',
        origin: host.origin,
        [TOKEN_HEADER]: host.token,
      },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('opens the file given at launch and keeps saving and exporting inside the workspace', async () => {
    const file = join(workspace, 'seed.txt');
    await copyFile(SEED, file);
    const host = await start({ file });
    expect(host.workspace).toBe(workspace);
    const client = api(host);
    const listing = await client.listWorkspace();
    expect(listing.files.map((f) => f.name)).toEqual(['seed.txt']);
    const viaPicker = await client.openWorkspaceFile(listing.files[0]!.path);
    expect(viaPicker.document.format).toBe('text');
    const pending = await client.takePendingOpens();
    expect(pending.documents).toHaveLength(1);
    const { document, article } = pending.documents[0]!;
    expect(article.headline).toMatch(/^Tiongkok dan Korea Utara/);

    const saved = await client.saveDocument(document.token, article);
    expect(saved?.document.folder).toBe(workspace);
    const name = saved!.document.name;
    // A second Save As never replaces the first file.
    const again = await client.saveDocumentAs(document.token, article);
    expect(again?.document.name).toBe(name.replace('.newsroom.json', '-2.newsroom.json'));

    const exported = await client.runExport({
      token: document.token,
      article,
      formats: ['md'],
      destination: 'dialog',
      allowErrors: true,
    });
    expect(exported?.folder).toBe(join(workspace, 'exports'));
    expect(await readdir(join(workspace, 'exports'))).toEqual([
      name.replace('.newsroom.json', '-2.md'),
    ]);
    try {
      await client.openDocument();
      expect.unreachable('open has no dialog in the browser');
    } catch (e) {
      expect(isIpcCallError(e) && e.code).toBe('unsupported');
    }
    // No path-based drop over HTTP: the browser sends a dropped file's bytes instead.
    const dropped = await ipc(host, 'app:queueDroppedFile', { path: file }, host.token);
    expect(JSON.parse(dropped.body).error.code).toBe('unsupported');
    // Paths outside the workspace stay closed even to a caller with the token.
    const outside = await ipc(
      host,
      'document:openPath',
      { path: join(dir, 'secret.txt') },
      host.token,
    );
    expect(JSON.parse(outside.body).error.code).toBe('access-denied');
  });

  it('in test mode answers dialogs from the queue the test fills (token required)', async () => {
    const host = await start({ testDialogs: true });
    const story = join(dir, 'story.newsroom.json');
    await writeFile(story, nativeText(await seed()));
    const noToken = await raw(host, {
      method: 'POST',
      path: '/test/dialogs',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: [{ kind: 'open', path: story }] }),
    });
    expect(noToken.status).toBe(403);
    const queued = await raw(host, {
      method: 'POST',
      path: '/test/dialogs',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify({
        answers: [
          { kind: 'open', path: story },
          { kind: 'save', path: null },
        ],
      }),
    });
    expect(JSON.parse(queued.body)).toEqual({ ok: true, value: { pending: 2 } });

    const client = api(host);
    expect((await client.appInfo()).testDialogs).toBe(true);
    const opened = await client.openDocument();
    expect(opened?.document.name).toBe('story.newsroom.json');
    expect(await client.saveDocumentAs(opened!.document.token, opened!.article)).toBeNull();
    await client.openExternal('https://www.antaranews.com/');
    const shell = await raw(host, { path: '/test/shell', headers: { [TOKEN_HEADER]: host.token } });
    expect(JSON.parse(shell.body).value.calls).toEqual([
      { kind: 'url', target: 'https://www.antaranews.com/' },
    ]);
  });

  it('has no test endpoints outside test mode', async () => {
    const host = await start();
    const r = await raw(host, {
      method: 'POST',
      path: '/test/dialogs',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify({ answers: [{ kind: 'open', path: '/etc/passwd' }] }),
    });
    expect(r.status).toBe(404);
  });

  it('imports a dropped file from its bytes through the client', async () => {
    const host = await start();
    const bytes = await readFile(SEED);
    const file = {
      name: 'seed.txt',
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    };
    const opened = await api(host).openDroppedFile(file);
    expect(opened.document).toMatchObject({ format: 'text', hasFile: false });
    expect(opened.article.language).toBe('id');
  });
});

describe('newsroom serve', () => {
  it('prints the address, answers on it, and stops cleanly on SIGTERM', async () => {
    const userData = join(dir, 'user-data');
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'newsroom.mjs'), 'serve', SEED, '--no-open', '--user-data', userData],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
          if (m) resolveUrl(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const { origin, hash } = new URL(url);
      const client = createDesktopApi(
        createHttpTransport({
          token: tokenFromLocation(hash)!,
          fetch: (u, i) => fetch(u, i),
          baseUrl: origin,
        }),
      );
      const info = await client.appInfo();
      expect(info).toMatchObject({ transport: 'host', workspace: join(repoRoot, 'seeds') });
      const pending = await client.takePendingOpens();
      expect(pending.documents[0]?.article.language).toBe('id');
    } finally {
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
