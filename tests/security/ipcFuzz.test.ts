/**
 * Every IPC channel under hostile payloads (wrong types, huge strings, extra keys, cyclic and
 * exotic objects): through the handler table directly and over the loopback host's HTTP. Each
 * call answers a contract error envelope (never throws, never hangs) within 100 ms, and the
 * process keeps serving. Per-channel valid/invalid/stranger cases live in tests/ipc and
 * tests/host; this file throws volume and strangeness at them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../electron/ipc/context';
import { electronSenderPolicy } from '../../electron/ipc/electronIpc';
import { createDispatcher, type Dispatch, type HandlerTable } from '../../electron/ipc/handlers';
import { launchHost, type LaunchedHost } from '../../electron/host/launch';
import { CHANNEL_NAMES, CHANNELS } from '../../shared/ipc/contract';
import { TOKEN_HEADER } from '../../shared/ipc/httpTransport';
import { makeContext, tempDir } from '../services/support';
import { anyPayload, assertQuietly, checkAnswer, jsonPayload, timed } from './ipcFuzz';

const RUNS = Number(process.env.NEWSROOM_IPC_RUNS ?? 30);
const SEED = Number(process.env.NEWSROOM_SEED ?? Date.now() % 2 ** 31);
const LIMIT_MS = 100;

const WINDOW = 3;
const appFrame: Sender = {
  kind: 'electron',
  webContentsId: WINDOW,
  frameUrl: 'app://newsroom/index.html',
  isMainFrame: true,
};

let work: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  work = await tempDir('newsroom-ipcfuzz-');
  console.log(`IPC fuzz seed ${SEED} (replay with NEWSROOM_SEED=${SEED})`);
});
afterAll(async () => work?.cleanup());

describe('the handler table under hostile payloads', () => {
  let dispatch: Dispatch;
  beforeAll(async () => {
    const { ctx } = await makeContext(join(work.path, 'ud-table'));
    dispatch = createDispatcher(
      ctx,
      electronSenderPolicy((id) => id === WINDOW),
    );
  });

  it.each(CHANNEL_NAMES)('%s answers a contract envelope within 100 ms', async (channel) => {
    await assertQuietly(
      fc.asyncProperty(anyPayload, async (payload) => {
        const { ms, result } = await timed(() => dispatch(channel, payload, appFrame), LIMIT_MS);
        expect(checkAnswer(result)).toBeNull();
        expect(ms).toBeLessThan(LIMIT_MS);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('no handler ever runs for a stranger, or for a payload its schema refuses', async () => {
    const ran: string[] = [];
    const spies = Object.fromEntries(
      CHANNEL_NAMES.map((c) => [
        c,
        async () => {
          ran.push(c);
          throw new Error('spy');
        },
      ]),
    ) as unknown as HandlerTable;
    const { ctx } = await makeContext(join(work.path, 'ud-spy'));
    const spyDispatch = createDispatcher(
      ctx,
      electronSenderPolicy((id) => id === WINDOW),
      spies,
    );
    await assertQuietly(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), anyPayload, async (channel, payload) => {
        ran.length = 0;
        const stranger = await spyDispatch(channel, payload, { ...appFrame, isMainFrame: false });
        expect(stranger).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(ran).toEqual([]);
        const accepted = CHANNELS[channel].request.safeParse(payload).success;
        const answer = await spyDispatch(channel, payload, appFrame);
        if (accepted) {
          expect(ran).toEqual([channel]);
        } else {
          expect(ran).toEqual([]);
          expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        }
      }),
      { seed: SEED, numRuns: RUNS * 10 },
    );
  });
});

describe('the loopback host under hostile requests', () => {
  let host: LaunchedHost;
  beforeAll(async () => {
    const renderer = join(work.path, 'renderer');
    await mkdir(renderer, { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Newsroom Desk</title>');
    const workspace = join(work.path, 'workspace');
    await mkdir(workspace);
    host = await launchHost({
      rendererDir: renderer,
      cwd: workspace,
      userDataDir: join(work.path, 'ud-host'),
    });
  });
  afterAll(async () => host?.close());

  async function post(
    channel: string,
    body: string | Uint8Array,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; answer: unknown }> {
    const res = await fetch(`${host.origin}/ipc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
      // Node's fetch takes a Uint8Array body; the DOM typing of BodyInit wants a BufferSource.
      body: typeof body === 'string' ? body : Buffer.from(body),
    });
    const text = await res.text();
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      answer = text;
    }
    return { status: res.status, answer };
  }

  it.each(CHANNEL_NAMES)('%s answers a contract envelope within 100 ms', async (channel) => {
    await assertQuietly(
      fc.asyncProperty(jsonPayload, async (payload) => {
        const body = JSON.stringify(payload) ?? 'null';
        // Moving megabytes through HTTP is the transport's time, not the handler's: bodies
        // over 1 MB get ten times the limit.
        const limit = body.length > 1024 * 1024 ? LIMIT_MS * 10 : LIMIT_MS;
        const { ms, result } = await timed(() => post(channel, body), limit);
        expect(checkAnswer(result.answer)).toBeNull();
        expect(ms).toBeLessThan(limit);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('malformed bodies, unknown channels and strangers get a typed refusal, and the host lives on', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const bodies: [string, string, string | Uint8Array, Record<string, string>?][] = [
      ['truncated JSON', 'document:save', '{"token": "doc_'],
      ['not JSON', 'app:info', 'hello'],
      ['200 000 nested arrays', 'settings:set', deep],
      ['invalid UTF-8', 'document:importBytes', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
      [
        'a 30 MB string',
        'document:openPath',
        JSON.stringify({ path: 'x'.repeat(30 * 1024 * 1024) }),
      ],
      ['text/plain', 'app:info', '{}', { 'content-type': 'text/plain' }],
      ['no token', 'app:info', '{}', { [TOKEN_HEADER]: '' }],
      ['a wrong token', 'app:info', '{}', { [TOKEN_HEADER]: 'x'.repeat(43) }],
      ['an unknown channel', 'app:evil', '{}'],
      ['a prototype key as channel', '__proto__', '{}'],
      ['constructor as channel', 'constructor', '{}'],
      ['an encoded channel', 'document%3Asave', '{}'],
    ];
    for (const [label, channel, body, headers] of bodies) {
      const r = await post(channel, body, headers);
      expect(checkAnswer(r.answer), label).toBeNull();
      expect(r.answer, label).toMatchObject({ ok: false });
    }
    // Still serving, and still answering quickly.
    const alive = await timed(() => post('app:info', '{}'), LIMIT_MS);
    expect(alive.result.answer).toMatchObject({ ok: true, value: { name: 'Newsroom Desk' } });
    expect(alive.ms).toBeLessThan(LIMIT_MS);
  }, 60_000);
});
