import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/ipc/client';
import type { AppEvent } from '../../shared/ipc/contract';
import { withEarlyEvents, withStartRequests } from '../../renderer/api/start';

/** A door that counts calls and lets the test push events, as the preload would. */
function fakeDoor(options: { failSettings?: boolean } = {}) {
  const calls: string[] = [];
  const listeners = new Set<(e: AppEvent) => void>();
  let n = 0;
  const answer = (name: string) => () => {
    calls.push(name);
    n += 1;
    if (name === 'getSettings' && options.failSettings) {
      return Promise.reject(new Error('settings unreadable'));
    }
    return Promise.resolve(`${name} #${n}`);
  };
  const door = {
    appInfo: answer('appInfo'),
    getSettings: answer('getSettings'),
    takePendingOpens: answer('takePendingOpens'),
    listRecovery: answer('listRecovery'),
    onEvent(listener: (e: AppEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (e: AppEvent) => [...listeners].forEach((l) => l(e));
  // Only the members these wrappers touch exist on the fake; the rest of DesktopApi is unused.
  return { api: door as unknown as DesktopApi, calls, emit, listeners };
}

describe('the start-up requests, sent before the app has loaded', () => {
  it('asks for all four at once; the app’s first call gets that answer, a later one asks again', async () => {
    const { api, calls } = fakeDoor();
    const early = withStartRequests(api);
    expect(calls).toEqual(['appInfo', 'getSettings', 'takePendingOpens', 'listRecovery']);
    expect(await early.takePendingOpens()).toBe('takePendingOpens #3');
    expect(calls).toHaveLength(4);
    expect(await early.takePendingOpens()).toBe('takePendingOpens #5');
    expect(calls.slice(4)).toEqual(['takePendingOpens']);
  });

  it('keeps a failed early request for its caller instead of an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const early = withStartRequests(fakeDoor({ failSettings: true }).api);
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
      await expect(early.getSettings()).rejects.toThrow('settings unreadable');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('events that arrive while the app is loading', () => {
  it('are held and handed to the first listener in order, then events flow live, once each', () => {
    const { api, emit, listeners } = fakeDoor();
    const door = withEarlyEvents(api);
    emit({ type: 'pending-opens' });
    emit({ type: 'command', command: 'save' });

    const seen: AppEvent[] = [];
    const off = door.onEvent((e) => seen.push(e));
    expect(seen).toEqual([{ type: 'pending-opens' }, { type: 'command', command: 'save' }]);
    // The holding listener is gone: only the app's listener remains.
    expect(listeners.size).toBe(1);

    emit({ type: 'focus' });
    expect(seen).toHaveLength(3);
    expect(seen[2]).toEqual({ type: 'focus' });

    const second: AppEvent[] = [];
    door.onEvent((e) => second.push(e));
    expect(second).toEqual([]);
    off();
    emit({ type: 'focus' });
    expect(seen).toHaveLength(3);
    expect(second).toEqual([{ type: 'focus' }]);
  });
});
