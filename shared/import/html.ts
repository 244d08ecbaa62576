import { findOne, textContent } from 'domutils';
import type { Article } from '../model/article';
import { decodeText } from './decode';
import { assembleArticle, chooseProfile } from './html/assemble';
import { convertNodes } from './html/convert';
import { splitAuthorNames } from './html/names';
import { firstTimeIn, readHtmlPage, type PageInfo } from './html/page';
import type { ImportOptions, Importer } from './types';

/** "Headline | Site" and "Headline - Site" titles lose the site name the page also declares. */
function titleWithoutSite(page: PageInfo): string | null {
  const title = page.title;
  if (!title) return null;
  if (page.siteName) {
    const suffix = new RegExp(
      `\\s*[|•·–—-]\\s*${page.siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`,
      'iu',
    );
    const stripped = title.replace(suffix, '');
    if (stripped) return stripped;
  }
  const parts = title.split(/\s+\|\s+/);
  return parts[0] ?? title;
}

/** Imports an HTML page or CMS fragment given as text. */
export function importHtmlText(html: string, options: ImportOptions, name?: string): Article {
  const page = readHtmlPage(html);
  const sample = page.root.map((n) => textContent(n)).join(' ');
  const { profile, language } = chooseProfile(options, page.lang, sample);
  const result = convertNodes(page.root, { profile, lineOf: page.lineOf });
  const { hints } = result;

  // An <h1> outside the chosen <article> still names the story; og:title beats <title>, which
  // usually carries the site name.
  // An <h1> inside the root that was not taken is a section heading already in the body.
  const h1InRoot = !!findOne((n) => n.name === 'h1', page.root);
  const headline =
    hints.headline ??
    (page.isPage
      ? ((h1InRoot ? null : page.firstH1) ?? page.ogTitle ?? titleWithoutSite(page))
      : null);

  let authors = hints.authors;
  if (authors.length === 0 && page.isPage) {
    const byline = page.bylineText ?? page.author;
    authors = byline ? (splitAuthorNames(byline, profile) ?? []) : [];
  }

  const extra: Record<string, string> = {};
  if (page.canonicalUrl) extra.url = page.canonicalUrl;
  if (page.description) extra.description = page.description;

  return assembleArticle({
    format: 'html',
    name,
    idSource: html,
    language,
    profile,
    headline,
    headlineKnown: headline !== null,
    subheadline: hints.subheadline,
    authors,
    dates: [
      ...hints.dates,
      ...(page.isPage ? [firstTimeIn(page.root), page.publishedTime] : []),
    ].filter((d): d is string => !!d),
    section: page.section ?? undefined,
    tags: [...new Set([...page.tags, ...hints.tags])],
    outlet: page.siteName ?? undefined,
    extra,
    blocks: result.blocks,
    blockLines: result.blockLines,
    items: result.items,
  });
}

const DOCUMENT_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html[\s>]/i;
const FRAGMENT_START =
  /^(?:<!--[\s\S]*?-->\s*)*<(?:p|div|h[1-6]|article|section|main|header|ul|ol|blockquote|figure|table|span|img|a|strong|em|b|i|br)\b[^>]*>/i;
const BLOCK_TAGS = /<\/?(?:p|div|br|h[1-6]|li|blockquote|figure)\b[^>]*>/gi;

export const htmlImporter: Importer = {
  id: 'html',
  label: 'Web page or CMS fragment (.html)',
  extensions: ['.html', '.htm', '.xhtml'],
  detect({ bytes, name }) {
    const head = new TextDecoder('utf-8')
      .decode(bytes.subarray(0, 8192))
      .replace(/^\ufeff/, '')
      .trimStart();
    if (DOCUMENT_START.test(head)) return 0.95;
    // JSON and other XML vocabularies (ninjs, NewsML-G2) may carry HTML inside; they are not pages.
    if (/^[{[]|^<\?xml/.test(head)) return 0;
    if (FRAGMENT_START.test(head)) return 0.75;
    const tags = head.match(BLOCK_TAGS)?.length ?? 0;
    if (/\.x?html?$/i.test(name ?? '') && tags > 0) return 0.7;
    // Text with a scattering of tags is more likely a pasted fragment than prose.
    if (tags >= 3) return 0.45;
    return 0;
  },
  async import(input, options) {
    const { text } = decodeText(input.bytes, input.name);
    return importHtmlText(text, options, input.name);
  },
};
