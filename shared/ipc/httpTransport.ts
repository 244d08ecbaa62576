/**
 * The loopback host's transport: `POST /ipc/<channel>` with the per-launch token in a header.
 * `fetch` is passed in so the core needs no DOM types; in the browser pass `window.fetch`.
 *
 * The token reaches the page in the URL fragment the host prints (`#token=…`), which the
 * browser never sends to a server; `tokenFromLocation` reads it and the page should then
 * remove it from the address bar (`history.replaceState`).
 */
import type { Channel } from './contract';
import type { IpcTransport } from './client';

export const TOKEN_HEADER = 'x-newsroom-token';

/** The slice of `fetch` the transport uses. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ status: number; json(): Promise<unknown> }>;

export function createHttpTransport(options: {
  token: string;
  fetch: FetchLike;
  /** Origin of the host, e.g. "http://127.0.0.1:4780"; "" for same-origin requests. */
  baseUrl?: string;
}): IpcTransport {
  const base = options.baseUrl ?? '';
  return {
    async invoke(channel: Channel, payload: unknown) {
      const res = await options.fetch(`${base}/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(payload ?? {}),
      });
      // Errors come back as an IpcResult body with a 4xx/5xx status; the body is what counts.
      return res.json();
    },
  };
}

/** Reads `token` from a location hash such as "#token=abc" (or "#/path?token=abc"). */
export function tokenFromLocation(hash: string): string | null {
  const m = /[#&?]token=([A-Za-z0-9_-]+)/.exec(hash);
  return m?.[1] ?? null;
}
