/**
 * The one "blocks → safe semantic HTML" serialiser. The `html` page and the `fragment` use it,
 * and any other exporter that needs an HTML body (ninjs `body_html`, a NewsML-G2 XHTML
 * `inlineXML`) should call `renderBodyHtml` too, so every door escapes and vets links the same
 * way. Output is also well-formed XML (every element closed, void elements self-closed as
 * `<br />`/`<img … />`), so it can be embedded in XHTML as is.
 *
 * Headings are re-levelled so the outline under the page's h1 never skips a level.
 *
 * Guarantees: every text is escaped (`escape.ts`), every href/src passes `safeUrl` or is dropped
 * with its text kept, no attribute comes from the draft except href, src and alt, and no
 * element other than p, h2–h6, blockquote, figure, figcaption, img, small, ul, ol, li, aside,
 * span, a, strong, em and br is ever written.
 */
import type { Article, Block, Dateline, Mark } from '../model/article';
import { escapeAttr, escapeText } from './html/escape';
import { safeUrl } from './html/url';
import { datelineLead } from './labels';
import { walkInline } from './marks';

export interface BodyHtmlOptions {
  /** When set, the dateline opens the first paragraph ("Beijing: …") as `<span class="dateline">`. */
  dateline?: Dateline | null;
  /** Prefix for every line, so the body sits indented inside a page. */
  indent?: string;
}

/** Escaped text with line breaks as `<br />`. */
const textHtml = (text: string) => escapeText(text).replace(/\n/g, '<br />');

/** A block's inline text as HTML: marks become strong/em/a, unsafe links lose their `<a>`. */
export function renderInlineHtml(text: string, marks: readonly Mark[] = []): string {
  let out = '';
  walkInline(text, marks, {
    open(span) {
      if (span.style === 'bold') out += '<strong>';
      else if (span.style === 'italic') out += '<em>';
      else {
        const href = safeUrl(span.href);
        if (href !== null) out += `<a href="${escapeAttr(href)}">`;
      }
    },
    close(span) {
      if (span.style === 'bold') out += '</strong>';
      else if (span.style === 'italic') out += '</em>';
      else if (safeUrl(span.href) !== null) out += '</a>';
    },
    text(t) {
      out += textHtml(t);
    },
  });
  return out;
}

const hasText = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/** "Baca juga" from "Baca juga:" — the colon is added back when printing. */
export const relatedLabelText = (label: string): string => label.trim().replace(/\s*:\s*$/, '');

/** One block as HTML lines (empty when the block has nothing to show). */
export function renderBlockHtml(block: Block, lead = ''): string[] {
  switch (block.type) {
    case 'paragraph':
      if (!hasText(block.text)) return [];
      return [`<p>${lead}${renderInlineHtml(block.text, block.marks)}</p>`];
    case 'heading':
      if (!hasText(block.text)) return [];
      return [`<h${block.level}>${renderInlineHtml(block.text, block.marks)}</h${block.level}>`];
    case 'quote': {
      if (!hasText(block.text)) return [];
      const quote = `<blockquote><p>${renderInlineHtml(block.text, block.marks)}</p></blockquote>`;
      if (!hasText(block.attribution)) return [quote];
      return [
        '<figure class="quote">',
        `  ${quote}`,
        `  <figcaption>— ${textHtml(block.attribution.trim())}</figcaption>`,
        '</figure>',
      ];
    }
    case 'list': {
      const items = block.items.filter((i) => hasText(i.text));
      if (items.length === 0) return [];
      const tag = block.ordered ? 'ol' : 'ul';
      return [
        `<${tag}>`,
        ...items.map((i) => `  <li>${renderInlineHtml(i.text, i.marks)}</li>`),
        `</${tag}>`,
      ];
    }
    case 'figure': {
      const src = safeUrl(block.src);
      const caption = hasText(block.caption) ? textHtml(block.caption.trim()) : '';
      const credit = hasText(block.credit)
        ? `<small class="credit">${textHtml(block.credit.trim())}</small>`
        : '';
      if (src === null && !caption && !credit) return [];
      const lines = ['<figure>'];
      if (src !== null)
        lines.push(`  <img src="${escapeAttr(src)}" alt="${escapeAttr(block.alt.trim())}" />`);
      if (caption || credit)
        lines.push(`  <figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>`);
      lines.push('</figure>');
      return lines;
    }
    case 'related': {
      if (!hasText(block.title)) return [];
      const href = safeUrl(block.url);
      const title = textHtml(block.title.trim());
      const link = href !== null ? `<a href="${escapeAttr(href)}">${title}</a>` : title;
      const label = relatedLabelText(block.label);
      const labelHtml = label ? `<span class="related-label">${textHtml(label)}:</span> ` : '';
      return ['<aside class="related">', `  <p>${labelHtml}${link}</p>`, '</aside>'];
    }
  }
}

/**
 * The article body as HTML: each block in order, related links as `<aside>` where they stand.
 * The dateline, when given, opens the lede (the first paragraph with text, even after a lead
 * photo); a body without one gets the dateline as a paragraph of its own.
 */
export function renderBodyHtml(blocks: readonly Block[], options: BodyHtmlOptions = {}): string {
  let lead = '';
  if (options.dateline && hasText(options.dateline.place)) {
    lead = `<span class="dateline">${textHtml(datelineLead(options.dateline).trimEnd())}</span> `;
  }
  const ledeIndex = lead ? blocks.findIndex((b) => b.type === 'paragraph' && hasText(b.text)) : -1;
  const lines: string[] = [];
  if (lead && ledeIndex < 0) lines.push(`<p>${lead.trimEnd()}</p>`);
  // The outline may not skip a level (h1 headline → h3 would): screen readers navigate by it
  // and the Nu checker rejects it. A draft's h4 after the headline prints as h2.
  let level = 1;
  blocks.forEach((block, i) => {
    let b = block;
    if (b.type === 'heading' && b.text.trim()) {
      b = { ...b, level: Math.min(b.level, level + 1) };
      level = b.level;
    }
    lines.push(...renderBlockHtml(b, i === ledeIndex ? lead : ''));
  });
  const indent = options.indent ?? '';
  return lines.map((l) => indent + l).join('\n');
}

/**
 * The same body in plain HTML5 syntax (`<br>`, `<img …>`), for pages and CMS fragments, where
 * the XML-style slash is noise to the checker. Safe as a text rewrite: the serialiser escapes
 * every `<` and `>` in text and attributes, so these sequences can only be its own tags.
 */
export const toHtmlSyntax = (body: string): string =>
  body.replace(/<br \/>/g, '<br>').replace(/(<img [^<>]*?) \/>/g, '$1>');

/** The body of a whole article, dateline included. */
export const articleBodyHtml = (article: Article, indent = ''): string =>
  renderBodyHtml(article.blocks, { dateline: article.dateline, indent });
