import type { Article } from '../../model/article';

/** The generator name our NewsML-G2 items carry, and the URN prefix of our own item ids. */
export const GENERATOR = 'Newsroom Desk';
export const OWN_URN_PREFIX = 'urn:newsroom-desk:';

/** Where importers keep an agency item's own identity, so a re-export keeps the same item. */
export const EXTRA_KEYS = {
  ninjsUri: 'ninjs:uri',
  ninjsVersion: 'ninjs:version',
  newsmlGuid: 'newsml:guid',
  newsmlVersion: 'newsml:version',
} as const;

/**
 * A URI for the article: the item's own when it came from an agency (ninjs uri or NewsML-G2 guid,
 * in the order asked), else a URN from its id. Only printable-ASCII absolute URIs are reused, as
 * ninjs requires a strict RFC 3986 URI.
 */
export function itemUri(article: Article, ...keys: string[]): string {
  for (const key of keys) {
    const known = article.metadata.extra[key];
    if (isAbsoluteUri(known) && /^[\x21-\x7e]+$/.test(known)) return known;
  }
  return `${OWN_URN_PREFIX}article:${encodeURIComponent(article.id)}`;
}

/** A positive integer version: the agency's when known, else 1. */
export function itemVersion(article: Article, key: string): string {
  const known = article.metadata.extra[key];
  return known && /^[1-9]\d*$/.test(known) ? known : '1';
}

/** True when `s` is an absolute URI (what ninjs `format: uri` fields accept). */
export function isAbsoluteUri(s: string | null | undefined): s is string {
  return !!s && /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(s) && !/[\s<>"{}|\\^`]/.test(s);
}
