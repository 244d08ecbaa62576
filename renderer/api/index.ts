/**
 * The renderer's one door to the Node side: the contract's `DesktopApi`, over the Electron
 * preload when the page runs in the app (window.newsroom), else over HTTP to the loopback host
 * that served the page. Nothing else in renderer/ knows which it is.
 */
// Imported from the modules themselves, not the ipc index: the index also carries the contract's
// zod schemas, which the page's first script must not wait for (see renderer/main.tsx).
import { createDesktopApi, type DesktopApi } from '../../shared/ipc/client';
import {
  createHttpTransport,
  tokenFromLocation,
  type FetchLike,
} from '../../shared/ipc/httpTransport';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a browser tab. */
    newsroom?: DesktopApi;
  }
}

export class NoDoorError extends Error {
  override readonly name = 'NoDoorError';
}

const TOKEN_KEY = 'newsroom.hostToken';

/**
 * The host's per-launch token arrives in the URL fragment; it is moved to sessionStorage and
 * the fragment cleared, so it stays out of the address bar, history and screenshots, while a
 * reload of the tab still works.
 */
function hostToken(): string | null {
  const fromHash = tokenFromLocation(window.location.hash);
  if (fromHash) {
    try {
      window.sessionStorage.setItem(TOKEN_KEY, fromHash);
    } catch {
      // Storage may be disabled; the token still works for this page's lifetime.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function connectDesktopApi(): DesktopApi {
  if (window.newsroom) return window.newsroom;
  const token = hostToken();
  if (!token) {
    throw new NoDoorError(
      'This page was opened without the token the host prints. Open the address `newsroom serve` printed.',
    );
  }
  const fetchLike: FetchLike = (url, init) => window.fetch(url, init);
  return createDesktopApi(createHttpTransport({ token, fetch: fetchLike }));
}

export type { DesktopApi };
