/**
 * The preload with Electron replaced by fakes: what the page can reach, and how answers and
 * errors cross the context bridge.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PreloadBridge } from '../../shared/ipc/bridge';
import type { DesktopApi } from '../../shared/ipc/client';
import { isIpcCallError } from '../../shared/ipc/errors';

const exposed: Record<string, unknown> = {};
const invoked: { channel: string; payload: unknown }[] = [];
const answers = new Map<string, unknown>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed[key] = api;
    },
  },
  ipcRenderer: {
    invoke: async (channel: string, payload: unknown) => {
      invoked.push({ channel, payload });
      return answers.get(channel) ?? { ok: true, value: { ok: true } };
    },
    on: () => undefined,
    removeListener: () => undefined,
  },
  webUtils: {
    getPathForFile: (file: { path?: string }) => file.path ?? '',
  },
}));

let bridge: PreloadBridge;
let api: DesktopApi;
/** The window the preload listens on (Node has no DOM; an EventTarget is enough). */
const fakeWindow = new EventTarget();
beforeAll(async () => {
  vi.stubGlobal('window', fakeWindow);
  await import('../../electron/preload');
  bridge = exposed.newsroomBridge as PreloadBridge;
  api = exposed.newsroom as DesktopApi;
});

const droppedFile = (name: string, path?: string) => ({
  name,
  path,
  arrayBuffer: async () => new TextEncoder().encode('Judul\n\nIsi berita.').buffer as ArrayBuffer,
});

describe('the preload', () => {
  it('exposes exactly the bridge and the API', () => {
    expect(Object.keys(exposed).sort()).toEqual(['newsroom', 'newsroomBridge']);
  });

  it('will not pass document:openPath from the page', async () => {
    invoked.length = 0;
    const r = await bridge.invoke('document:openPath', { path: '/etc/passwd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(invoked).toEqual([]);
  });

  it('opens a dropped file by the path Electron knows, and imports bytes when there is none', async () => {
    invoked.length = 0;
    answers.set('document:openPath', { ok: true, value: { from: 'path' } });
    answers.set('document:importBytes', { ok: true, value: { from: 'bytes' } });
    expect(
      await api.openDroppedFile(
        droppedFile('story.newsroom.json', '/home/ana/story.newsroom.json'),
      ),
    ).toEqual({
      from: 'path',
    });
    expect(await api.openDroppedFile(droppedFile('made-in-page.txt'))).toEqual({ from: 'bytes' });
    expect(invoked.map((i) => i.channel)).toEqual(['document:openPath', 'document:importBytes']);
    expect(invoked[0]!.payload).toEqual({ path: '/home/ana/story.newsroom.json' });
    expect(invoked[1]!.payload).toMatchObject({
      name: 'made-in-page.txt',
      data: Buffer.from('Judul\n\nIsi berita.').toString('base64'),
    });
  });

  it('rejects with a plain IpcCallError copy that keeps its code', async () => {
    answers.set('document:save', {
      ok: false,
      error: { code: 'conflict', message: 'story.newsroom.json was changed by another program.' },
    });
    const error = await api.saveDocument('doc_aaaaaaaaaaaaaaaaaaaaaaaa', {} as never).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
    expect(error).toEqual({
      name: 'IpcCallError',
      channel: 'document:save',
      code: 'conflict',
      message: 'story.newsroom.json was changed by another program.',
    });
    expect(isIpcCallError(error)).toBe(true);
  });

  it('opens files dropped on the window unless the page handled the drop', async () => {
    invoked.length = 0;
    const drop = (handledByPage: boolean) => {
      const event = new Event('drop', { cancelable: true }) as Event & {
        dataTransfer: { types: string[]; files: unknown[] };
      };
      event.dataTransfer = {
        types: ['Files'],
        files: [{ name: 'a.newsroom.json', path: '/home/ana/a.newsroom.json' }, { name: 'made' }],
      };
      if (handledByPage) event.preventDefault();
      fakeWindow.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(drop(true)).toBe(true);
    expect(invoked).toEqual([]);
    expect(drop(false)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(invoked).toEqual([
      { channel: 'app:queueDroppedFile', payload: { path: '/home/ana/a.newsroom.json' } },
    ]);
  });

  it('will not pass app:queueDroppedFile from the page either', async () => {
    invoked.length = 0;
    const r = await bridge.invoke('app:queueDroppedFile', { path: '/etc/passwd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(invoked).toEqual([]);
  });
});
