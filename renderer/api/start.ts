/**
 * What the page's first script does to the door before the app has loaded (renderer/main.tsx):
 * the start-up requests go out at once, and events the Node side sends meanwhile are held for the
 * app's listener. Pure wrappers over a `DesktopApi`, so they are tested without a browser.
 */
import type { AppEvent } from '../../shared/ipc/contract';
import type { DesktopApi } from '../../shared/ipc/client';

/**
 * The first call of `call` is made now; the first caller gets that answer, later callers a
 * fresh call. A failure waits for its caller to report it (no unhandled rejection meanwhile).
 */
function sentEarly<T>(call: () => Promise<T>): () => Promise<T> {
  let early: Promise<T> | null = call();
  early.catch(() => undefined);
  return () => {
    const answer = early ?? call();
    early = null;
    return answer;
  };
}

/** Sends the four requests App's start sequence makes, now rather than after its first render. */
export function withStartRequests(api: DesktopApi): DesktopApi {
  return {
    ...api,
    appInfo: sentEarly(() => api.appInfo()),
    getSettings: sentEarly(() => api.getSettings()),
    takePendingOpens: sentEarly(() => api.takePendingOpens()),
    listRecovery: sentEarly(() => api.listRecovery()),
  };
}

/**
 * Holds the events that arrive before anyone listens (a second launch hands over its file while
 * the app is still loading, a menu command) and gives them to the first listener, in order.
 * Without this, such an event would be lost: the file would wait, queued, until another came.
 */
export function withEarlyEvents(api: DesktopApi): DesktopApi {
  let held: AppEvent[] | null = [];
  const stopHolding = api.onEvent((e) => held?.push(e));
  return {
    ...api,
    onEvent(listener) {
      const off = api.onEvent(listener);
      if (held) {
        const replay = held;
        held = null;
        stopHolding();
        for (const e of replay) listener(e);
      }
      return off;
    },
  };
}
