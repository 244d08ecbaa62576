/**
 * `html`: a standalone, publish-ready HTML5 page — semantic article markup, a small inline
 * stylesheet, and schema.org NewsArticle JSON-LD. It needs nothing from the network and passes
 * the W3C Nu HTML checker (see tests/conformance/html.test.ts). Drafts exported despite errors
 * carry `noindex` and a visible DRAFT marker.
 */
import type { Article } from '../model/article';
import { articleBodyHtml, toHtmlSyntax } from './body';
import { creditsFooterHtml } from './html/credits';
import { draftMarkerHtml } from './html/draft';
import { escapeAttr, escapeText, scriptSafeJson } from './html/escape';
import { newsArticleJsonLd } from './html/jsonld';
import { PAGE_CSS } from './html/style';
import { isAbsoluteHttpUrl, safeUrl } from './html/url';
import { authorNames, joinNames, publishedTime, words } from './labels';
import type { ExportOptions, Exporter } from './types';

const UNTITLED = { id: '(tanpa judul)', en: '(untitled)' } as const;

/** A `lang` value the checker accepts: the article's BCP 47 tag, or `und` if it is malformed. */
export const htmlLang = (language: string): string =>
  /^[a-zA-Z]{2,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(language) ? language : 'und';

/** Subheadline, or the opening of the first paragraph cut at a word, for `<meta name="description">`. */
export function pageDescription(article: Article, max = 160): string {
  let source = article.subheadline?.trim() ?? '';
  if (!source) {
    for (const b of article.blocks) {
      if (b.type === 'paragraph' && b.text.trim()) {
        source = b.text.trim();
        break;
      }
    }
  }
  const flat = source.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function bylineHtml(article: Article): string | null {
  const names = authorNames(article);
  const time = publishedTime(article);
  const parts: string[] = [];
  if (names.length > 0) {
    const spans = names.map((n) => `<span class="author">${escapeText(n)}</span>`);
    parts.push(`${escapeText(words(article.language).by)} ${joinNames(spans, article.language)}`);
  } else if (article.byline.raw?.trim()) {
    parts.push(escapeText(article.byline.raw.trim()));
  }
  if (time)
    parts.push(`<time datetime="${escapeAttr(time.iso)}">${escapeText(time.display)}</time>`);
  return parts.length > 0 ? `<p class="byline">${parts.join(' · ')}</p>` : null;
}

const OG_LOCALE: Readonly<Record<string, string>> = { id: 'id_ID', en: 'en_US' };

/**
 * Open Graph and Twitter card tags: what WhatsApp, Facebook, X and Telegram show when the story
 * is shared, which is how most Indonesian readers arrive. Images only when absolute http(s),
 * as those readers fetch them from elsewhere.
 */
function openGraph(article: Article, headline: string, description: string): string[] {
  const meta = (property: string, content: string) =>
    `<meta property="${property}" content="${escapeAttr(content)}">`;
  const tags = [meta('og:type', 'article'), meta('og:title', headline)];
  if (description) tags.push(meta('og:description', description));
  const lang = article.language.toLowerCase().split('-')[0] ?? '';
  if (Object.hasOwn(OG_LOCALE, lang)) tags.push(meta('og:locale', OG_LOCALE[lang]!));
  if (article.metadata.outlet?.trim())
    tags.push(meta('og:site_name', article.metadata.outlet.trim()));
  for (const b of article.blocks) {
    if (b.type !== 'figure') continue;
    const url = safeUrl(b.src);
    if (url === null || !isAbsoluteHttpUrl(url)) continue;
    tags.push(meta('og:image', url));
    const alt = b.alt.trim() || b.caption.trim();
    if (alt) tags.push(meta('og:image:alt', alt));
    break;
  }
  const time = publishedTime(article);
  if (time) tags.push(meta('article:published_time', time.iso));
  for (const name of authorNames(article)) tags.push(meta('article:author', name));
  if (article.metadata.section?.trim())
    tags.push(meta('article:section', article.metadata.section.trim()));
  for (const tag of article.metadata.tags)
    if (tag.trim()) tags.push(meta('article:tag', tag.trim()));
  const image = tags.some((t) => t.startsWith('<meta property="og:image"'));
  tags.push(`<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">`);
  return tags;
}

export function renderHtmlPage(article: Article, options: ExportOptions): string {
  const lang = htmlLang(article.language);
  const headline =
    article.headline.trim() || UNTITLED[article.language.startsWith('id') ? 'id' : 'en'];
  const description = pageDescription(article);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(headline)}</title>`,
  ];
  if (description) head.push(`<meta name="description" content="${escapeAttr(description)}">`);
  if (options.draft) head.push('<meta name="robots" content="noindex">');
  if (options.generator)
    head.push(`<meta name="generator" content="${escapeAttr(options.generator)}">`);
  head.push(...openGraph(article, headline, description));
  head.push(`<style>\n${PAGE_CSS}\n</style>`);
  const jsonLd = scriptSafeJson(newsArticleJsonLd(article, { draft: options.draft, description }));
  head.push(`<script type="application/ld+json">\n${jsonLd}\n</script>`);

  const header = [`<h1>${escapeText(headline)}</h1>`];
  if (article.subheadline?.trim()) {
    header.push(`<p class="subheadline">${escapeText(article.subheadline.trim())}</p>`);
  }
  const byline = bylineHtml(article);
  if (byline) header.push(byline);

  const articleLines = [
    ...(options.draft ? [draftMarkerHtml(article.language)] : []),
    '<header>',
    ...header.map((l) => `  ${l}`),
    '</header>',
    toHtmlSyntax(articleBodyHtml(article)),
    ...creditsFooterHtml(article, options.profile),
  ].filter((l) => l !== '');

  return [
    '<!DOCTYPE html>',
    // The `article:` Open Graph prefix is not in RDFa's default context, so it is declared.
    `<html lang="${escapeAttr(lang)}" prefix="og: https://ogp.me/ns# article: https://ogp.me/ns/article#">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    ...articleLines,
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const htmlExporter: Exporter = {
  id: 'html',
  label: 'Web page (HTML5 with schema.org metadata)',
  mediaType: 'text/html',
  extension: '.html',
  export: renderHtmlPage,
};
