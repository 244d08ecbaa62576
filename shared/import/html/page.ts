import type { ChildNode, Document, Element } from 'domhandler';
import { findAll, findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { flattenDeepMarkup } from './depth';
import { roleOf } from './roles';

/** What a whole HTML page says about its article outside the body copy. */
export interface PageInfo {
  /** True for a document (<html>/<head>/<body>); false for a CMS fragment, which is just body. */
  isPage: boolean;
  /** The nodes holding the article copy: <article>, else <main>, else <body>, else everything. */
  root: ChildNode[];
  lang: string | null;
  title: string | null;
  ogTitle: string | null;
  description: string | null;
  author: string | null;
  publishedTime: string | null;
  section: string | null;
  tags: string[];
  siteName: string | null;
  canonicalUrl: string | null;
  /** The page's first <h1>, wherever it sits (some templates put it above the <article>). */
  firstH1: string | null;
  /** The first byline-marked element's text anywhere on the page (.byline, rel=author). */
  bylineText: string | null;
  /** The 1-based line of the file an element starts on. */
  lineOf: (el: Element) => number | undefined;
}

const clean = (s: string | undefined | null): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

function meta(doc: Document, key: string): string | null {
  const el = findOne(
    (n) =>
      n.name === 'meta' &&
      (n.attribs.property?.toLowerCase() === key || n.attribs.name?.toLowerCase() === key),
    doc.children,
  );
  return clean(el?.attribs.content);
}

/** The article's own container: the <article> with the most text (pages list teasers as articles too). */
function chooseRoot(doc: Document): ChildNode[] {
  const articles = findAll((n) => n.name === 'article', doc.children);
  // Nested <article>s (comments, teasers) inside the chosen one stay part of it.
  const outer = articles.filter((a) => !articles.some((b) => b !== a && contains(b, a)));
  if (outer.length > 0) {
    const best = outer.reduce((a, b) => (textContent(b).length > textContent(a).length ? b : a));
    return [best];
  }
  const main = findOne((n) => n.name === 'main', doc.children);
  if (main) return [main];
  const body = findOne((n) => n.name === 'body', doc.children);
  return body ? body.children : doc.children;
}

function contains(outer: Element, inner: Element): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

/** Parses an HTML page or fragment and reads the article metadata pages carry in <head>. */
export function readHtmlPage(html: string): PageInfo {
  const doc = parseDocument(html, { decodeEntities: true, withStartIndices: true });
  // Before any recursive query below: a pathologically deep page would overflow them.
  flattenDeepMarkup(doc.children);
  const htmlEl = findOne((n) => n.name === 'html', doc.children);
  const isPage = !!htmlEl || !!findOne((n) => n.name === 'head' || n.name === 'body', doc.children);
  const titleEl = findOne((n) => n.name === 'title', doc.children);
  const keywords = meta(doc, 'keywords');
  const articleTags = findAll(
    (n) => n.name === 'meta' && n.attribs.property?.toLowerCase() === 'article:tag',
    doc.children,
  )
    .map((n) => clean(n.attribs.content))
    .filter((t): t is string => t !== null);
  const tags = articleTags.length
    ? articleTags
    : (keywords ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
  const canonical = findOne(
    (n) => n.name === 'link' && n.attribs.rel?.toLowerCase() === 'canonical',
    doc.children,
  );
  return {
    isPage,
    root: isPage ? chooseRoot(doc) : doc.children,
    lang:
      clean(htmlEl?.attribs.lang ?? htmlEl?.attribs['xml:lang']) ??
      meta(doc, 'content-language') ??
      clean(
        findOne(
          (n) => n.name === 'meta' && n.attribs['http-equiv']?.toLowerCase() === 'content-language',
          doc.children,
        )?.attribs.content,
      ),
    title: titleEl ? clean(textContent(titleEl)) : null,
    ogTitle: meta(doc, 'og:title'),
    description: meta(doc, 'og:description') ?? meta(doc, 'description'),
    author: meta(doc, 'author') ?? meta(doc, 'article:author'),
    publishedTime: meta(doc, 'article:published_time'),
    section: meta(doc, 'article:section'),
    tags,
    siteName: meta(doc, 'og:site_name'),
    canonicalUrl: clean(canonical?.attribs.href) ?? meta(doc, 'og:url'),
    lineOf: lineIndex(html),
    firstH1: textOf(findOne((n) => n.name === 'h1', doc.children)),
    bylineText: textOf(
      findOne(
        (n) => n.name !== 'meta' && n.name !== 'link' && roleOf(n) === 'byline',
        doc.children,
      ),
    ),
  };
}

/** Offsets of line starts, searched by bisection: pages run to thousands of lines. */
function lineIndex(text: string): (el: Element) => number | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (el) => {
    const at = el.startIndex;
    if (at === null) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function textOf(el: Element | null): string | null {
  return el ? clean(textContent(el)) : null;
}

/** The first <time datetime> in the article root, the usual place a CMS prints the date. */
export function firstTimeIn(root: ChildNode[]): string | null {
  const el = findOne((n) => n.name === 'time' && !!n.attribs.datetime, root);
  return clean(el?.attribs.datetime);
}
