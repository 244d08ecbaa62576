/**
 * Which links and image sources an export may carry. Drafts arrive from Word, e-mail and web
 * CMSs, so a link can be anything; only http, https, mailto and relative references survive.
 * A link that fails is dropped and its text kept, so the copy still reads the same.
 */
import { decodeHTML } from 'entities';

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Characters browsers ignore or strip while parsing a URL: ASCII tab and newline anywhere, and
 * C0 controls plus space at either end. `java\tscript:` is `javascript:` to a browser, so the
 * scheme is read only after removing them.
 */
const IGNORED_ANYWHERE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex -- as above, at the ends of the string
const IGNORED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

function schemeOf(candidate: string): string | null {
  const s = candidate.replace(IGNORED_ANYWHERE, '').replace(IGNORED_AT_ENDS, '');
  const m = SCHEME.exec(s);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/**
 * Percent-encodes what the URL standard does not allow to appear raw (spaces, quotes, `<>`,
 * `\`, `^`, backticks, braces, `|`, controls, a `%` not starting an escape, a second `#`), so
 * a relative path like `foto banjir.jpg` becomes a valid reference. Non-ASCII letters stay as
 * they are: they are valid in IRIs and readable in the source.
 */
function encodeUnsafe(url: string): string {
  let out = '';
  let seenHash = false;
  for (let i = 0; i < url.length; i++) {
    const ch = url[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(url.slice(i + 1, i + 3))) {
      out += ch;
    } else if (ch === '#' && !seenHash) {
      seenHash = true;
      out += ch;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < url.length) {
      const next = url.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + url[i + 1]!;
        i++;
      } else {
        out += '%EF%BF%BD';
      }
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += '%EF%BF%BD';
    } else if (
      code <= 0x20 ||
      '"<>\\^`{|}%#[]'.includes(ch) ||
      // Any other space, separator, control or invisible format character (U+2028, NBSP,
      // zero-width joiners): never valid raw in a URL, and some parsers trim or split on them.
      /[\s\p{Z}\p{C}]/u.test(ch)
    ) {
      out += encodeURIComponent(ch);
    } else {
      out += ch;
    }
  }
  return out;
}

/** An http(s) URL needs a host: `http://`, `https://:80` and `http:foo` are not links. */
function hasHost(url: string): boolean {
  const m = /^https?:\/\/([^/?#\\]*)/i.exec(url);
  if (!m) return false;
  const authority = m[1]!;
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  return /^(?:[^\s:[\]<>"]+|\[[0-9a-fA-F:.]+\])$/.test(host);
}

/**
 * The URL to write into `href`/`src`, or null when it must be dropped. Checks both the text as
 * written and its HTML-entity-decoded form (`jav&#x61;script:` and `javascript&colon;` are
 * caught), after removing what browsers ignore; schemes compare case-insensitively.
 */
export function safeUrl(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  // `trim` also removes Unicode spaces (NBSP, U+2028) that copy-paste leaves at the ends.
  const trimmed = raw.replace(IGNORED_AT_ENDS, '').trim();
  if (trimmed === '') return null;
  const decoded = decodeHTML(trimmed);
  for (const form of [trimmed, decoded]) {
    const scheme = schemeOf(form);
    if (scheme !== null && !ALLOWED_SCHEMES.has(scheme)) return null;
  }
  // Entities that hide a colon or slashes could still change how the URL reads; when decoding
  // changes the scheme-relevant prefix at all, refuse rather than guess.
  if (schemeOf(decoded) !== schemeOf(trimmed)) return null;
  const cleaned = trimmed.replace(IGNORED_ANYWHERE, '');
  const scheme = schemeOf(cleaned);
  if (scheme === 'http' || scheme === 'https') {
    if (!hasHost(cleaned)) return null;
  } else if (scheme === 'mailto') {
    if (!/^mailto:[^@\s]+@[^@\s]+$/i.test(cleaned)) return null;
  } else if (/^[\\/]{2}/.test(cleaned) && /\\/.test(cleaned.slice(0, 2))) {
    // `\\host` and `/\host` mean "another host" to browsers but are not valid references.
    return null;
  }
  return encodeUnsafe(cleaned);
}

/**
 * True for URLs a reader can open from anywhere: Open Graph images, which link previews fetch
 * from elsewhere. (JSON-LD resolves a relative image against the page, as the `<img>` does.)
 */
export const isAbsoluteHttpUrl = (url: string): boolean => /^https?:\/\//i.test(url);
