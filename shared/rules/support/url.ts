/**
 * URL checks for related links. The WHATWG `URL` parser is in every door (Node, Chromium,
 * Electron) but in no ES lib, and shared/ is typechecked without DOM types, so it is reached
 * through `globalThis` with the few members used here.
 */
interface ParsedUrl {
  protocol: string;
  hostname: string;
  href: string;
  username: string;
  password: string;
}
type UrlConstructor = new (input: string) => ParsedUrl;

const UrlCtor = (globalThis as unknown as { URL: UrlConstructor }).URL;

export type UrlProblem = 'not-absolute' | 'scheme' | 'host' | 'whitespace' | 'credentials';

export interface UrlCheck {
  ok: boolean;
  problem?: UrlProblem;
  /** Lower-case host without a trailing dot, when the URL parsed. */
  host?: string;
  href?: string;
}

/** A public DNS name: dot-separated labels and an alphabetic (or punycode) top-level label. */
const HOST = /^(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Is this an absolute http(s) link a reader's browser can open on the public web? */
export function checkUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (/\s/.test(text)) return { ok: false, problem: 'whitespace' };
  let url: ParsedUrl;
  try {
    url = new UrlCtor(text);
  } catch {
    return { ok: false, problem: 'not-absolute' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, problem: 'scheme' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!HOST.test(host)) return { ok: false, problem: 'host', host };
  return { ok: true, host, href: url.href };
}

/** A host matches an allowed domain when it is that domain or a subdomain of it. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((d) => {
    const domain = d
      .trim()
      .toLowerCase()
      .replace(/^\*?\./, '')
      .replace(/\.$/, '');
    return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
  });
}

/**
 * Keys already computed. `related/duplicate` runs on every keystroke over every link of the
 * article, and parsing hundreds of URLs each time costs more than the rest of the check; the
 * map is dropped when it grows past any one article's worth.
 */
const keyMemo = new Map<string, string>();

/** The form two links are compared in: scheme and host case, trailing slash and fragment ignored. */
export function urlKey(raw: string): string {
  let key = keyMemo.get(raw);
  if (key === undefined) {
    const c = checkUrl(raw);
    key =
      !c.ok || !c.href
        ? raw.trim()
        : c.href
            .replace(/#.*$/, '')
            .replace(/\/$/, '')
            .replace(/^https?:\/\/(?:www\.)?/, '');
    if (keyMemo.size >= 20_000) keyMemo.clear();
    keyMemo.set(raw, key);
  }
  return key;
}
