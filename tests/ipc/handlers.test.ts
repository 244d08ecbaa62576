import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, CHANNELS, type Channel, type IpcResult } from '../../shared/ipc/contract';
import type { HandlerContext, Sender } from '../../electron/ipc/context';
import { queueLaunchFile } from '../../electron/ipc/createContext';
import { electronSenderPolicy, registerElectronIpc } from '../../electron/ipc/electronIpc';
import { createDispatcher, HANDLERS, type Dispatch } from '../../electron/ipc/handlers';
import type { QueuedDialogs } from '../../electron/services/dialogs';
import type { RecordingShell } from '../../electron/services/shell';
import { makeContext, nativeText, SEED, seed, tempDir } from '../services/support';

const WINDOW_ID = 7;
const appFrame: Sender = {
  kind: 'electron',
  webContentsId: WINDOW_ID,
  frameUrl: 'app://newsroom/index.html',
  isMainFrame: true,
};
const strangers: [string, Sender][] = [
  ['a page from the web', { ...appFrame, frameUrl: 'https://evil.example/' }],
  ['a file:// page', { ...appFrame, frameUrl: 'file:///tmp/index.html' }],
  ['a subframe of the app', { ...appFrame, isMainFrame: false }],
  ['another window', { ...appFrame, webContentsId: WINDOW_ID + 1 }],
  ['a frame with no URL', { ...appFrame, frameUrl: '' }],
  ['a host caller', { kind: 'host', token: 'anything' }],
];

interface Env {
  ctx: HandlerContext;
  dialogs: QueuedDialogs;
  shell: RecordingShell;
  dir: string;
  file: string;
  call: (channel: Channel, payload: unknown) => Promise<IpcResult<unknown>>;
  /** Opens the native seed file and returns its token. */
  openNative: () => Promise<string>;
  windowStates: { title: string; dirty: boolean }[];
}

let env: Env;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  const { ctx, dialogs, shell } = await makeContext(join(t.path, 'user-data'));
  const windowStates: Env['windowStates'] = [];
  ctx.window = {
    setState: (s) => windowStates.push(s),
    pendingOpensChanged: () => windowStates.push({ title: '(pending opens)', dirty: false }),
  };
  const dispatch = createDispatcher(
    ctx,
    electronSenderPolicy((id) => id === WINDOW_ID),
  );
  const file = join(t.path, 'story.newsroom.json');
  await writeFile(file, nativeText(await seed()));
  const call = (channel: Channel, payload: unknown) => dispatch(channel, payload, appFrame);
  env = {
    ctx,
    dialogs,
    shell,
    dir: t.path,
    file,
    call,
    windowStates,
    async openNative() {
      dialogs.enqueue({ kind: 'open', path: file });
      const r = await call('document:open', {});
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as { document: { token: string } }).document.token;
    },
  };
});
afterEach(async () => cleanup());

function value<T = Record<string, unknown>>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/**
 * One working call per channel. The type requires an entry for every channel of the contract,
 * so a new channel without a test does not compile.
 */
const CASES: { [C in Channel]: (e: Env) => Promise<void> } = {
  'app:info': async (e) => {
    const v = value(await e.call('app:info', {}));
    expect(v).toMatchObject({ name: 'Newsroom Desk', transport: 'electron', testDialogs: true });
    expect((v.exporters as { id: string }[]).map((x) => x.id)).toContain('html');
    expect((v.profiles as { id: string }[]).map((x) => x.id)).toEqual(['id', 'en']);
  },
  'app:takePendingOpens': async (e) => {
    await queueLaunchFile(e.ctx, e.file);
    const v = value<{ documents: { document: { name: string } }[] }>(
      await e.call('app:takePendingOpens', {}),
    );
    expect(v.documents.map((d) => d.document.name)).toEqual(['story.newsroom.json']);
    expect(value(await e.call('app:takePendingOpens', {}))).toEqual({
      documents: [],
      failures: [],
    });
  },
  'app:queueDroppedFile': async (e) => {
    expect(value(await e.call('app:queueDroppedFile', { path: e.file }))).toEqual({ ok: true });
    expect(e.windowStates).toEqual([{ title: '(pending opens)', dirty: false }]);
    const v = value<{ documents: { document: { name: string } }[] }>(
      await e.call('app:takePendingOpens', {}),
    );
    expect(v.documents.map((d) => d.document.name)).toEqual(['story.newsroom.json']);
  },
  'app:setWindowState': async (e) => {
    expect(value(await e.call('app:setWindowState', { title: 'Banjir', dirty: true }))).toEqual({
      ok: true,
    });
    expect(e.windowStates).toEqual([{ title: 'Banjir', dirty: true }]);
  },
  'workspace:list': async (e) => {
    // The desktop app has dialogs instead.
    const electron = await e.call('workspace:list', {});
    expect(electron.ok ? 'ok' : electron.error.code).toBe('unsupported');
    const workspace = join(e.dir, 'ws');
    await mkdir(workspace);
    await writeFile(join(workspace, 'b.txt'), 'Judul\n\nIsi.');
    await copyFile(e.file, join(workspace, 'a.newsroom.json'));
    await writeFile(join(workspace, '.hidden.txt'), 'x');
    await writeFile(join(workspace, 'photo.jpg'), 'x');
    await mkdir(join(workspace, 'sub.txt'));
    const { ctx } = await makeContext(join(e.dir, 'ud-host'), { transport: 'host', workspace });
    const host = createDispatcher(ctx, () => true);
    const sender: Sender = { kind: 'host', token: 't' };
    const listing = value<{ files: { name: string; native: boolean; path: string }[] }>(
      await host('workspace:list', {}, sender),
    );
    expect(listing.files.map((f) => [f.name, f.native]).sort()).toEqual([
      ['a.newsroom.json', true],
      ['b.txt', false],
    ]);
    const native = listing.files.find((f) => f.native)!;
    const opened = value<{ document: { hasFile: boolean } }>(
      await host('document:openPath', { path: native.path }, sender),
    );
    expect(opened.document.hasFile).toBe(true);
  },
  'settings:get': async (e) => {
    expect(value(await e.call('settings:get', {}))).toMatchObject({ theme: 'system' });
  },
  'settings:set': async (e) => {
    const v = value(await e.call('settings:set', { theme: 'dark', uiLanguage: 'id' }));
    expect(v).toMatchObject({ theme: 'dark', uiLanguage: 'id' });
  },
  'settings:chooseExportFolder': async (e) => {
    const folder = join(e.dir, 'exports');
    await mkdir(folder);
    e.dialogs.enqueue({ kind: 'folder', path: folder });
    expect(value(await e.call('settings:chooseExportFolder', {})).exportFolder).toBe(folder);
    e.dialogs.enqueue({ kind: 'folder', path: null });
    expect(value(await e.call('settings:chooseExportFolder', {}))).toBeNull();
  },
  'document:new': async (e) => {
    const v = value<{ article: { language: string }; document: { hasFile: boolean } }>(
      await e.call('document:new', { language: 'id' }),
    );
    expect(v.article.language).toBe('id');
    expect(v.document.hasFile).toBe(false);
  },
  'document:open': async (e) => {
    e.dialogs.enqueue({ kind: 'open', path: e.file });
    const v = value<{ document: { name: string } }>(await e.call('document:open', {}));
    expect(v.document.name).toBe('story.newsroom.json');
    e.dialogs.enqueue({ kind: 'open', path: null });
    expect(value(await e.call('document:open', {}))).toBeNull();
  },
  'document:openRecent': async (e) => {
    await e.openNative();
    const id = e.ctx.settings.view().recentFiles[0]!.id;
    const v = value<{ document: { name: string } }>(await e.call('document:openRecent', { id }));
    expect(v.document.name).toBe('story.newsroom.json');
  },
  'document:openPath': async (e) => {
    const v = value<{ document: { name: string } }>(
      await e.call('document:openPath', { path: e.file }),
    );
    expect(v.document.name).toBe('story.newsroom.json');
  },
  'document:import': async (e) => {
    const copy = join(e.dir, 'draft.txt');
    await copyFile(SEED, copy);
    e.dialogs.enqueue({ kind: 'open', path: copy });
    const v = value<{ document: { format: string; hasFile: boolean } }>(
      await e.call('document:import', { profile: 'id' }),
    );
    expect(v.document).toMatchObject({ format: 'text', hasFile: false });
  },
  'document:importBytes': async (e) => {
    const data = (await readFile(SEED)).toString('base64');
    const v = value<{ article: { headline: string } }>(
      await e.call('document:importBytes', { name: 'seed.txt', data }),
    );
    expect(v.article.headline).toMatch(/^Tiongkok dan Korea Utara/);
  },
  'document:save': async (e) => {
    const token = await e.openNative();
    const article = { ...(await seed()), headline: 'Disunting di aplikasi' };
    const v = value<{ document: { contentHash: string } }>(
      await e.call('document:save', { token, article }),
    );
    expect(JSON.parse(await readFile(e.file, 'utf8')).headline).toBe('Disunting di aplikasi');
    expect(v.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
  },
  'document:saveAs': async (e) => {
    const created = value<{ document: { token: string }; article: object }>(
      await e.call('document:new', {}),
    );
    const target = join(e.dir, 'baru');
    e.dialogs.enqueue({ kind: 'save', path: target });
    const v = value<{ document: { name: string; hasFile: boolean } }>(
      await e.call('document:saveAs', {
        token: created.document.token,
        article: created.article,
      }),
    );
    expect(v.document).toMatchObject({ name: 'baru.newsroom.json', hasFile: true });
    expect(await readdir(e.dir)).toContain('baru.newsroom.json');
  },
  'document:checkExternal': async (e) => {
    const token = await e.openNative();
    expect(value(await e.call('document:checkExternal', { token })).status).toBe('same');
  },
  'document:reload': async (e) => {
    const token = await e.openNative();
    const v = value<{ document: { token: string } }>(await e.call('document:reload', { token }));
    expect(v.document.token).toBe(token);
  },
  'document:close': async (e) => {
    const token = await e.openNative();
    expect(value(await e.call('document:close', { token }))).toEqual({ ok: true });
    const again = await e.call('document:checkExternal', { token });
    expect(again.ok ? null : again.error.code).toBe('not-found');
  },
  'recovery:write': async (e) => {
    const token = await e.openNative();
    const v = value(await e.call('recovery:write', { token, article: await seed() }));
    expect(v.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  },
  'recovery:list': async (e) => {
    expect(value(await e.call('recovery:list', {}))).toEqual({ entries: [], setAside: [] });
  },
  'recovery:restore': async (e) => {
    const id = await orphanRecovery(e);
    const v = value<{ document: { recovered: boolean } }>(await e.call('recovery:restore', { id }));
    expect(v.document.recovered).toBe(true);
  },
  'recovery:discard': async (e) => {
    const id = await orphanRecovery(e);
    expect(value(await e.call('recovery:discard', { id }))).toEqual({ ok: true });
    expect(value(await e.call('recovery:list', {}))).toEqual({ entries: [], setAside: [] });
  },
  'export:run': async (e) => {
    const token = await e.openNative();
    const folder = join(e.dir, 'out');
    await mkdir(folder);
    e.dialogs.enqueue({ kind: 'folder', path: folder });
    const v = value<{ written: { name: string }[]; blocked: boolean }>(
      await e.call('export:run', {
        token,
        article: await seed(),
        formats: ['html', 'text'],
        destination: 'dialog',
        allowErrors: true,
      }),
    );
    expect(v.blocked).toBe(false);
    expect(v.written.map((w) => w.name)).toEqual(['story.html', 'story.txt']);
    expect((await readdir(folder)).sort()).toEqual(['story.html', 'story.txt']);
  },
  'shell:showInFolder': async (e) => {
    const token = await e.openNative();
    expect(value(await e.call('shell:showInFolder', { token }))).toEqual({ ok: true });
    expect(e.shell.calls).toEqual([{ kind: 'folder', target: e.file }]);
  },
  'shell:openExternal': async (e) => {
    await e.call('shell:openExternal', { url: 'https://www.antaranews.com/berita' });
    expect(e.shell.calls).toEqual([{ kind: 'url', target: 'https://www.antaranews.com/berita' }]);
  },
};

/** A recovery copy left by "another run" (a second context on the same user-data folder). */
async function orphanRecovery(e: Env): Promise<string> {
  const { makeContext: make } = await import('../services/support');
  const other = await make(join(e.dir, 'user-data'));
  const doc = other.ctx.documents.newDocument({ language: 'id' });
  await other.ctx.documents.writeRecovery(doc.document.token, {
    ...doc.article,
    headline: 'Yang belum disimpan',
  });
  const list = value<{ entries: { id: string; headline: string }[] }>(
    await e.call('recovery:list', {}),
  );
  expect(list.entries.map((x) => x.headline)).toEqual(['Yang belum disimpan']);
  return list.entries[0]!.id;
}

describe('the handler table', () => {
  it('has exactly one handler per contract channel, and a test case for each', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(CASES).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  describe.each(CHANNEL_NAMES)('%s', (channel) => {
    it('works with a valid payload', async () => {
      await CASES[channel](env);
    });

    it('answers invalid-request, with issues, to a payload the schema refuses', async () => {
      for (const bad of [null, 'text', [], { unexpected: true }]) {
        const r = await env.call(channel, bad);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('invalid-request');
          expect(r.error.issues?.length).toBeGreaterThan(0);
        }
      }
      expect(CHANNELS[channel].request.safeParse({ unexpected: true }).success).toBe(false);
    });

    it.each(strangers)('refuses %s', async (_label, sender) => {
      const dispatch: Dispatch = createDispatcher(
        env.ctx,
        electronSenderPolicy((id) => id === WINDOW_ID),
      );
      const r = await dispatch(channel, {}, sender);
      expect(r).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This caller is not the Newsroom Desk window.' },
      });
    });
  });
});

describe('what the contract refuses in particular', () => {
  it.each([
    ['settings:set', { exportFolder: '/etc' }],
    ['settings:set', { recentFiles: [{ path: '/etc/passwd', openedAt: 'x' }] }],
    ['settings:set', { theme: 'purple' }],
    ['document:openRecent', { id: '../../etc/passwd' }],
    ['recovery:restore', { id: '../settings' }],
    ['document:save', { token: '/etc/passwd', article: {} }],
    [
      'export:run',
      { token: 'doc_xxxxxxxxxxxxxxxxxxxx', article: {}, formats: [], destination: 'dialog' },
    ],
    ['document:importBytes', { name: 'x.txt', data: 'not base64!' }],
    ['shell:openExternal', { url: 'not a url' }],
  ] as const)('%s %j', async (channel, payload) => {
    const r = await env.call(channel, payload);
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-request');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'mailto:redaksi@example.com'])(
    'shell:openExternal refuses %s',
    async (url) => {
      const r = await env.call('shell:openExternal', { url });
      expect(r.ok ? 'ok' : r.error.code).toMatch(/^(invalid-request|access-denied)$/);
      expect(env.shell.calls).toEqual([]);
    },
  );

  it('a forbidden caller changes nothing', async () => {
    const dispatch = createDispatcher(
      env.ctx,
      electronSenderPolicy((id) => id === WINDOW_ID),
    );
    await dispatch('settings:set', { theme: 'dark' }, strangers[0]![1]);
    expect(env.ctx.settings.view().theme).toBe('system');
  });

  it('over the host, openPath reaches only the workspace', async () => {
    const t = await tempDir();
    try {
      const workspace = join(t.path, 'ws');
      await mkdir(workspace);
      await copyFile(env.file, join(workspace, 'a.newsroom.json'));
      const { ctx } = await makeContext(join(t.path, 'ud'), { transport: 'host', workspace });
      const dispatch = createDispatcher(ctx, () => true);
      const inside = await dispatch(
        'document:openPath',
        { path: join(workspace, 'a.newsroom.json') },
        { kind: 'host', token: 't' },
      );
      expect(inside.ok).toBe(true);
      const outside = await dispatch(
        'document:openPath',
        { path: env.file },
        { kind: 'host', token: 't' },
      );
      expect(outside.ok ? 'ok' : outside.error.code).toBe('access-denied');
    } finally {
      await t.cleanup();
    }
  });

  it('titles dialogs in the interface language', async () => {
    await env.call('settings:set', { uiLanguage: 'id' });
    env.dialogs.enqueue({ kind: 'open', path: null }, { kind: 'open', path: null });
    await env.call('document:open', {});
    await env.call('document:import', {});
    expect(env.dialogs.asked.map((a) => a.title)).toEqual(['Buka artikel', 'Impor draf']);
  });

  it('an export blocked by errors writes nothing and lists the errors', async () => {
    const token = await env.openNative();
    const folder = join(env.dir, 'out');
    await mkdir(folder);
    env.dialogs.enqueue({ kind: 'folder', path: folder });
    const broken = { ...(await seed()), headline: '' };
    const v = value<{ blocked: boolean; written: unknown[]; diagnostics: { severity: string }[] }>(
      await env.call('export:run', {
        token,
        article: broken,
        formats: ['html'],
        destination: 'dialog',
      }),
    );
    expect(v.blocked).toBe(true);
    expect(v.written).toEqual([]);
    expect(v.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('registerElectronIpc', () => {
  it('registers every channel, each through the sender check and the schema', async () => {
    type Listener = (event: unknown, payload: unknown) => Promise<IpcResult<unknown>>;
    const handlers = new Map<string, Listener>();
    const fake = {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
    };
    const dispatch = createDispatcher(
      env.ctx,
      electronSenderPolicy((id) => id === WINDOW_ID),
    );
    const unregister = registerElectronIpc(
      fake as unknown as Parameters<typeof registerElectronIpc>[0],
      dispatch,
    );
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());

    const mainFrame = { url: 'app://newsroom/index.html' };
    const event = (frame: { url: string }, id = WINDOW_ID) => ({
      sender: { id, mainFrame },
      senderFrame: frame,
    });
    for (const [channel, listener] of handlers) {
      const evil = await listener(event({ url: 'https://evil.example/' }), {});
      expect(evil.ok ? 'ok' : evil.error.code, channel).toBe('forbidden');
      const sub = await listener(event({ url: 'app://newsroom/index.html' }), {});
      expect(sub.ok ? 'ok' : sub.error.code, channel).toBe('forbidden');
      const bad = await listener(event(mainFrame), { unexpected: true });
      expect(bad.ok ? 'ok' : bad.error.code, channel).toBe('invalid-request');
    }
    const good = await handlers.get('settings:get')!(event(mainFrame), {});
    expect(good.ok).toBe(true);
    unregister();
    expect(handlers.size).toBe(0);
  });
});
