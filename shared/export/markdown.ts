/**
 * `md`: Markdown with YAML front matter, in the shape Hugo, Jekyll and Astro read as is.
 *
 * The format, which the Markdown importer (shared/import/markdown.ts) reads back so that
 * import(export(a)) gives the same headline, byline, dateline, blocks and credits:
 *
 * ```
 * ---
 * title: Headline
 * subtitle: Subheadline            # when there is one
 * date: "2025-09-29T18:33:00+07:00" # byline.published
 * author: Willy Haryono            # one author; `authors: [A, B]` for several
 * byline: "as the draft wrote it"  # byline.raw, only when set
 * dateline: { place: Beijing, source: ANTARA, date: Oct 3 }   # source/date only when set
 * lang: id
 * slug: tiongkok-korut
 * tags: [diplomasi]
 * section: Internasional
 * outlet: Metrotvnews.com
 * credits: [{ name: Kelvin Yurcel, role: editor, note: … }]
 * draft: true                      # only for a draft export (Hugo then does not publish it)
 * ---
 * ```
 *
 * Body, one block per paragraph-level element, separated by blank lines:
 * - paragraph → inline text; marks as `**bold**`, `*italic*`, `[text](url)`; a line break in
 *   the text is a hard break (`\` at the end of the line).
 * - heading → `## text` (level 2–6).
 * - quote → `> text`; an attribution is a last blockquote paragraph `> — Name`.
 * - list → `- item` / `1. item`; consecutive lists alternate `-`/`*` and `.`/`)` so they stay apart.
 * - figure → `![alt](src "caption (credit)")` alone in its paragraph; the credit is the last
 *   parenthesised group of the title; no src is `<>`.
 * - related → `Label: [Title](url)` using the block's own label ("Baca juga", "Related").
 *
 * Limits, all CommonMark's: marks that start and end at word edges come back exactly; crossing
 * bold/italic ranges are re-nested, and emphasis that starts or ends at a space or right beside
 * punctuation may not read back as emphasis. A caption that ends in "(…)" with no credit, and
 * alt text with backticks or tag-like `<`, do not survive a markdown-it round trip unchanged.
 *
 * Text is escaped so Markdown syntax in the copy stays text. The dateline lives in front matter
 * only (templates print it), so re-importing never finds it twice. Links that fail `safeUrl`
 * keep their text and lose the link, as in the HTML export.
 */
import { stringify } from 'yaml';
import type { Article, Block, Mark } from '../model/article';
import { relatedLabelText } from './body';
import { cleanText } from './html/escape';
import { safeUrl } from './html/url';
import { walkInline } from './marks';
import type { ExportOptions, Exporter } from './types';

/**
 * Characters that mean something inline in CommonMark (or markdown-it's GFM extras). `<` only
 * when it could open a tag, comment or autolink: escapes are kept to what is needed, because
 * markdown-it drops escaped characters from image alt text.
 */
const INLINE_SPECIAL = /[\\`*_[\]|~]|<(?=[A-Za-z/!?])/g;
const ENTITY_LIKE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/**
 * Escapes one line of inline text. Also neutralises what would make the line a block of its
 * own at the start (`#`, `>`, `-`, `+`, `=`, `1.`), and keeps edge spaces as `&#32;` because
 * Markdown strips them.
 */
function escapeLine(line: string, atLineStart: boolean, atLineEnd: boolean): string {
  let s = line.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
  if (atLineStart) {
    s = s.replace(/^([#>+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
    s = s.replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
  }
  if (atLineEnd) {
    s = s.replace(/[ \t]+$/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
  }
  return s;
}

/** Escapes a run of text that may hold line breaks; `lineStart` says if it begins a line. */
function escapeRun(text: string, lineStart: boolean, endsLine: boolean, hardBreak: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => escapeLine(line, i > 0 || lineStart, i < lines.length - 1 || endsLine))
    .join(hardBreak);
}

/**
 * Image alt text. Backticks and tag-like `<` bind tighter than the `![…]` brackets (a code span
 * or raw HTML would swallow the image syntax), so they are escaped along with `[`, `]` and `\`.
 * Nothing else is: renderers flatten alt to plain text, and markdown-it (what our importer and
 * many site generators use) drops every escaped character from it, so escapes cost fidelity.
 */
const escapeAlt = (alt: string) => alt.replace(/[\\[\]`]|<(?=[A-Za-z/!?])/g, '\\$&');

/** Link destinations: percent-encoded by `safeUrl`, so only parentheses need escaping. */
const escapeDestination = (url: string) => url.replace(/[()]/g, '\\$&');

/** Link and image titles: inside double quotes, where `"`, `\` and entities are live. */
const escapeTitle = (title: string) =>
  title
    .replace(/\s*\n\s*/g, ' ')
    .replace(/["\\]/g, '\\$&')
    .replace(ENTITY_LIKE, '\\&');

/**
 * A block's inline text as Markdown. `continuation` is what a hard break is followed by
 * (`> ` inside a quote, indentation inside a list item).
 */
export function renderInlineMarkdown(
  text: string,
  marks: readonly Mark[] = [],
  continuation = '',
): string {
  const clean = cleanText(text);
  const hardBreak = `\\\n${continuation}`;
  let out = '';
  let atLineStart = true;
  const links: (string | null)[] = [];
  walkInline(clean, marks, {
    open(span) {
      if (span.style === 'bold') out += '**';
      else if (span.style === 'italic') out += '*';
      else {
        const href = safeUrl(span.href);
        links.push(href);
        if (href !== null) out += '[';
      }
      atLineStart = false;
    },
    close(span) {
      if (span.style === 'bold') out += '**';
      else if (span.style === 'italic') out += '*';
      else {
        const href = links.pop() ?? null;
        if (href !== null) out += `](${escapeDestination(href)})`;
      }
    },
    text(t) {
      out += escapeRun(t, atLineStart, false, hardBreak);
      atLineStart = t.endsWith('\n') || (atLineStart && t === '');
    },
  });
  // Edge whitespace of the whole text: Markdown would strip it.
  return out
    .replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
    .replace(/[ \t]+$/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}

const plainInline = (text: string) => renderInlineMarkdown(text.trim());

/** The title of a figure: "caption (credit)", or "(credit)" alone. */
export function figureTitle(caption: string, credit: string | null): string {
  const c = credit?.trim() ? `(${credit.trim()})` : '';
  return [caption.trim(), c].filter(Boolean).join(' ');
}

function blockMarkdown(
  block: Block,
  listStyle: { bullet: string; delimiter: string },
): string | null {
  switch (block.type) {
    case 'paragraph':
      return block.text.trim() ? renderInlineMarkdown(block.text, block.marks) : null;
    case 'heading':
      if (!block.text.trim()) return null;
      // One line: a break would end the heading. A trailing run of `#` would be read as its
      // closing sequence.
      return `${'#'.repeat(block.level)} ${renderInlineMarkdown(block.text.replace(/\n/g, ' '), block.marks).replace(/(?<!\\)#+$/, (h) => h.replace(/#/g, '\\#'))}`;
    case 'quote': {
      if (!block.text.trim()) return null;
      const lines = [`> ${renderInlineMarkdown(block.text, block.marks, '> ')}`];
      if (block.attribution?.trim()) lines.push('>', `> — ${plainInline(block.attribution)}`);
      return lines.join('\n');
    }
    case 'list': {
      const items = block.items.filter((i) => i.text.trim());
      if (items.length === 0) return null;
      return items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}${listStyle.delimiter}` : listStyle.bullet;
          const indent = ' '.repeat(marker.length + 1);
          return `${marker} ${renderInlineMarkdown(item.text, item.marks, indent)}`;
        })
        .join('\n');
    }
    case 'figure': {
      const src = safeUrl(block.src);
      const title = figureTitle(
        cleanText(block.caption),
        block.credit ? cleanText(block.credit) : null,
      );
      if (src === null && !title && !block.alt.trim()) return null;
      const alt = escapeAlt(
        cleanText(block.alt)
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      );
      const dest = src === null ? '<>' : escapeDestination(src);
      return `![${alt}](${dest}${title ? ` "${escapeTitle(title)}"` : ''})`;
    }
    case 'related': {
      if (!block.title.trim()) return null;
      const label = relatedLabelText(block.label);
      const href = safeUrl(block.url);
      const title = plainInline(block.title.replace(/\s*\n\s*/g, ' '));
      const link = href !== null ? `[${title}](${escapeDestination(href)})` : title;
      return label ? `${plainInline(label)}: ${link}` : link;
    }
  }
}

/** Front matter as an object, keys in the order readers expect. */
export function frontMatter(article: Article, options: Pick<ExportOptions, 'draft'> = {}) {
  const fm: Record<string, unknown> = { title: cleanText(article.headline) };
  if (article.subheadline) fm.subtitle = cleanText(article.subheadline);
  if (article.byline.published) fm.date = article.byline.published;
  const authors = article.byline.authors.map((a) => cleanText(a.name));
  if (authors.length === 1) fm.author = authors[0];
  else if (authors.length > 1) fm.authors = authors;
  if (article.byline.raw !== undefined) fm.byline = cleanText(article.byline.raw);
  if (article.dateline) {
    const d: Record<string, string> = { place: cleanText(article.dateline.place) };
    if (article.dateline.source !== undefined) d.source = cleanText(article.dateline.source);
    if (article.dateline.date !== undefined) d.date = cleanText(article.dateline.date);
    fm.dateline = d;
  }
  fm.lang = article.language;
  if (article.slug) fm.slug = article.slug;
  if (article.metadata.tags.length > 0) fm.tags = article.metadata.tags.map(cleanText);
  if (article.metadata.section) fm.section = cleanText(article.metadata.section);
  if (article.metadata.outlet) fm.outlet = cleanText(article.metadata.outlet);
  if (article.credits.length > 0) {
    fm.credits = article.credits.map((c) => {
      const credit: Record<string, string> = { name: cleanText(c.name), role: c.role };
      if (c.note !== undefined) credit.note = cleanText(c.note);
      return credit;
    });
  }
  if (options.draft) fm.draft = true;
  return fm;
}

export function renderMarkdown(article: Article, options: ExportOptions): string {
  // YAML 1.1 quoting, because Jekyll (Ruby) and Hugo (Go) read `no`, `on` and bare dates as
  // booleans and timestamps; quoted, they stay the strings the article holds.
  const yaml = stringify(frontMatter(article, options), {
    version: '1.1',
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
  });
  const parts: string[] = [];
  let previous: Block | undefined;
  const style = { bullet: '-', delimiter: '.' };
  for (const block of article.blocks) {
    if (block.type === 'list' && previous?.type === 'list' && previous.ordered === block.ordered) {
      // Two lists in a row would merge into one; a new bullet character starts a new list.
      if (block.ordered) style.delimiter = style.delimiter === '.' ? ')' : '.';
      else style.bullet = style.bullet === '-' ? '*' : '-';
    }
    const md = blockMarkdown(block, style);
    if (md === null) continue;
    parts.push(md);
    previous = block;
  }
  return `---\n${yaml}---\n\n${parts.join('\n\n')}${parts.length > 0 ? '\n' : ''}`;
}

export const markdownExporter: Exporter = {
  id: 'md',
  label: 'Markdown with YAML front matter (Hugo, Jekyll, Astro)',
  mediaType: 'text/markdown',
  extension: '.md',
  export: renderMarkdown,
};
