/**
 * The loopback host: the renderer in any browser, backed by the same handler table as Electron.
 *
 * - Listens on 127.0.0.1 only, never on all interfaces.
 * - `GET` serves the built renderer with a strict CSP (`csp.ts`).
 * - `POST /ipc/<channel>` runs the channel through the same dispatcher (sender check, zod
 *   validation of request and answer). The sender check is a per-launch random token sent in
 *   the `x-newsroom-token` header: other pages in the browser cannot read it, and a custom
 *   header forces a CORS preflight that this server never approves.
 * - The Host header must name this server (defeats DNS rebinding), and an Origin header, when
 *   present, must be this server's own.
 * - Test mode only: `/test/dialogs` fills the dialog queue, `/test/shell` lists what would have
 *   been opened outside the app.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { IpcErrorCode } from '../../shared/ipc/contract';
import { TOKEN_HEADER } from '../../shared/ipc/httpTransport';
import type { HandlerContext, Sender } from '../ipc/context';
import { createDispatcher } from '../ipc/handlers';
import type { QueuedDialogs } from '../services/dialogs';
import type { RecordingShell } from '../services/shell';
import { SECURITY_HEADERS } from './csp';
import { lookupStatic, streamFile } from './static';

export const HOST_ADDRESS = '127.0.0.1';
/** Large enough for a 48 MB draft dropped into the page (sent as base64). */
export const MAX_BODY_BYTES = 80 * 1024 * 1024;

export const STATUS_FOR: Record<IpcErrorCode, number> = {
  'invalid-request': 400,
  forbidden: 403,
  'unknown-channel': 404,
  'access-denied': 403,
  'not-found': 404,
  conflict: 409,
  'import-failed': 422,
  io: 500,
  unsupported: 501,
  internal: 500,
};

export interface HostOptions {
  ctx: HandlerContext;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
  /** Present only in test mode. */
  testDialogs?: QueuedDialogs;
  testShell?: RecordingShell;
}

export interface RunningHost {
  port: number;
  token: string;
  /** Origin, e.g. http://127.0.0.1:4780 */
  origin: string;
  /** What to open in a browser: the token rides in the fragment, which is never sent. */
  url: string;
  close(): Promise<void>;
}

export const newHostToken = (): string => randomBytes(32).toString('base64url');

function tokensMatch(expected: string, given: string | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const QueuedAnswersSchema = z
  .object({
    answers: z
      .array(
        z
          .object({
            kind: z.enum(['open', 'save', 'folder']),
            path: z.string().min(1).nullable(),
          })
          .strict(),
      )
      .default([]),
    clear: z.boolean().default(false),
  })
  .strict();

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

function sendError(res: ServerResponse, code: IpcErrorCode, message: string): void {
  send(res, STATUS_FOR[code], { ok: false, error: { code, message } });
}

class BodyTooLarge extends Error {}

/** A malformed escape is just an unknown channel, not a server error. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const MISSING_RENDERER = `<!doctype html><meta charset="utf-8"><title>Newsroom Desk</title>
<p>The renderer has not been built yet. Run <code>npm run build</code>, then reload.</p>`;

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newHostToken();
  let port = 0;
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = (): Set<string> => new Set([...allowedHosts()].map((h) => `http://${h}`));

  const dispatch = createDispatcher(options.ctx, (sender: Sender) =>
    sender.kind === 'host' ? tokensMatch(token, sender.token) : false,
  );

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string) {
    const given = req.headers[TOKEN_HEADER];
    const sender: Sender = { kind: 'host', token: typeof given === 'string' ? given : null };
    // Refuse a caller without the token before reading a byte of its body; the dispatcher
    // checks again, so this is only about not doing work for strangers.
    if (!tokensMatch(token, sender.token)) {
      req.resume();
      sendError(res, 'forbidden', 'This caller is not the Newsroom Desk window.');
      return;
    }
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      req.resume();
      sendError(res, 'invalid-request', 'Send the request as application/json.');
      return;
    }
    let payload: unknown;
    try {
      const body = await readBody(req);
      payload = body.trim() === '' ? {} : JSON.parse(body);
    } catch (e) {
      sendError(
        res,
        'invalid-request',
        e instanceof BodyTooLarge
          ? 'The request is too large.'
          : 'The request body is not valid JSON.',
      );
      return;
    }
    const result = await dispatch(channel, payload, sender);
    send(res, result.ok ? 200 : STATUS_FOR[result.error.code], result);
  }

  async function handleTest(req: IncomingMessage, res: ServerResponse, what: string) {
    const given = req.headers[TOKEN_HEADER];
    if (!tokensMatch(token, typeof given === 'string' ? given : null)) {
      sendError(res, 'forbidden', 'This caller is not the Newsroom Desk window.');
      return;
    }
    if (what === 'shell' && options.testShell && req.method === 'GET') {
      send(res, 200, { ok: true, value: { calls: options.testShell.calls } });
      return;
    }
    const dialogs = options.testDialogs;
    if (what !== 'dialogs' || !dialogs) {
      sendError(res, 'not-found', 'No such test endpoint (is the host in test mode?).');
      return;
    }
    if (req.method === 'GET') {
      send(res, 200, { ok: true, value: { pending: dialogs.pending(), asked: dialogs.asked } });
      return;
    }
    let parsed: z.infer<typeof QueuedAnswersSchema>;
    try {
      parsed = QueuedAnswersSchema.parse(JSON.parse((await readBody(req)) || '{}'));
    } catch {
      sendError(res, 'invalid-request', 'Expected {"answers":[{"kind":"open","path":"…"}]}.');
      return;
    }
    if (parsed.clear) dialogs.clear();
    dialogs.enqueue(...parsed.answers);
    send(res, 200, { ok: true, value: { pending: dialogs.pending() } });
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string) {
    const found = await lookupStatic(options.rendererDir, path);
    if (found.kind === 'refused') {
      res.writeHead(403, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Forbidden');
      return;
    }
    if (found.kind === 'missing') {
      const isPage = path === '/' || path.endsWith('.html');
      res.writeHead(isPage ? 503 : 404, {
        ...SECURITY_HEADERS,
        'content-type': isPage ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(isPage ? MISSING_RENDERER : 'Not found');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': found.type,
      'content-length': String(found.size),
      'cache-control': found.type.startsWith('text/html') ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    streamFile(found.path).pipe(res);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (!allowedHosts().has(host)) {
        res.writeHead(421, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        res.end('Misdirected request');
        return;
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !origins().has(origin)) {
        sendError(res, 'forbidden', 'Requests from other sites are refused.');
        return;
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      const path = url.pathname;
      if (path.startsWith('/ipc/')) {
        if (req.method !== 'POST') {
          send(
            res,
            405,
            { ok: false, error: { code: 'invalid-request', message: 'Use POST.' } },
            {
              allow: 'POST',
            },
          );
          return;
        }
        await handleIpc(req, res, safeDecode(path.slice('/ipc/'.length)));
        return;
      }
      if (path.startsWith('/test/')) {
        await handleTest(req, res, path.slice('/test/'.length));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' });
        res.end();
        return;
      }
      await handleStatic(req, res, path);
    })().catch((e: unknown) => {
      if (!res.headersSent) sendError(res, 'internal', `Internal error: ${(e as Error).message}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST_ADDRESS, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST_ADDRESS}:${port}`;

  return {
    port,
    token,
    origin,
    url: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
