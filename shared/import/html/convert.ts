/**
 * The one HTML → model converter. Markdown (via markdown-it), DOCX (via mammoth) and HTML pages
 * all arrive here as HTML; what leaves is model blocks and nothing else. The model is the
 * sanitiser: only text, bold/italic/link marks and the model's block types are produced, so
 * scripts, styles, event handlers and embeds cannot survive by construction — there is no
 * attribute or element pass-through to forget to filter.
 */
import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { findAll, findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type {
  Block,
  FigureBlock,
  ImportReportItem,
  InlineText,
  ListBlock,
  QuoteBlock,
  RelatedBlock,
} from '../../model/article';
import type { Profile } from '../../profiles/profile';
import { splitCaptionCredit, splitCaptionLabel } from './caption';
import { flattenDeepMarkup, MAX_DEPTH } from './depth';
import { resolveImageSrc, type ResolvedImage } from './images';
import { InlineBuilder, joinInline, sliceInline } from './inline';
import { splitAuthorNames } from './names';
import { matchRelatedLabel } from './related';
import { classesOf, roleOf } from './roles';
import {
  DROPPED_REPORTED,
  DROPPED_SILENT,
  excerpt,
  FURNITURE_CLASSES,
  isUnsafeUrl,
  reportItem,
} from './safety';

export interface ConvertOptions {
  profile: Profile;
  /** A headline the format already gave (front matter title): an <h1> repeating it is dropped. */
  knownHeadline?: string | null;
  /** Turns an <img src> into a figure `src`; DOCX supplies its own for extracted pictures. */
  resolveImage?: (src: string | undefined) => ResolvedImage;
  /**
   * The 1-based source line an element starts on, where the format has lines (an HTML file by
   * offset, Markdown by the line markdown-it records), so blocks and report items can point at it.
   */
  lineOf?: (el: Element) => number | undefined;
}

/** Article fields the markup named, for the importer to weigh against its other sources. */
export interface ConvertHints {
  headline: string | null;
  subheadline: string | null;
  authors: string[];
  /** Dates as written (datetime attributes first), in document order. */
  dates: string[];
  /** Tags the markup names (rel="tag" links, as WordPress and most CMSs print them). */
  tags: string[];
}

export interface ConvertResult {
  /** Blocks with ids still empty: the importer numbers them once, in final order. */
  blocks: Block[];
  /** The source line each block starts on, by index into `blocks`, where known. */
  blockLines: (number | undefined)[];
  hints: ConvertHints;
  items: ImportReportItem[];
}

type PendingKind =
  | { kind: 'paragraph'; caption?: boolean; msoListItem?: boolean }
  | { kind: 'heading'; level: number }
  | { kind: 'hint'; hint: 'headline' | 'subtitle' | 'byline' | 'date' };

interface Shared {
  options: ConvertOptions;
  hints: ConvertHints;
  items: ImportReportItem[];
  /** Paragraphs that were styled as captions, to be joined to their picture afterwards. */
  captions: Set<Block>;
  /** Lists assembled from Word's "MsoListParagraph" paragraphs, which further items may join. */
  msoLists: Set<Block>;
  /** Whether a Title-styled <h1> exists, so plain <h1>s are section headings. */
  hasTitleElement: boolean;
  reported: Set<string>;
  /** Line of the innermost element being walked that has one. */
  line: number | undefined;
  lines: Map<Block, number>;
}

const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'center',
  'details',
  'hgroup',
  'fieldset',
  'dl',
  'tbody',
  'thead',
  'tfoot',
  'search',
]);

const PARAGRAPH_LIKE = new Set([
  'p',
  'address',
  'dt',
  'dd',
  'summary',
  'figcaption',
  'caption',
  'li',
]);

/** Embed widgets by class; a tweet (blockquote.twitter-tweet) stays, since its text is a quote. */
const SOCIAL_EMBEDS = new Set(['instagram-media', 'tiktok-embed', 'fb-post', 'fb-video']);

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A line that attributes a quote: "— Wang Yi", "-- Menlu", "― Choe Son-hui". */
const ATTRIBUTION_LINE = /^(?:[—―–]|--)\s*(?<name>\S.*)$/u;

class Walker {
  readonly blocks: Block[] = [];
  private pending = new InlineBuilder();
  private kind: PendingKind = { kind: 'paragraph' };
  /** While the story's <h1> is walked: its text runs, joined once it ends. */
  private headlineParts: string[] | null = null;
  private preDepth = 0;
  /** Inside a quote, <cite>/<footer> text is the attribution, gathered here while walking it. */
  private collecting: InlineBuilder | null = null;
  private attribution = '';
  private inByline = false;

  constructor(
    private readonly shared: Shared,
    private readonly inQuote = false,
  ) {}

  walkChildren(el: { children: ChildNode[] }): void {
    for (const child of el.children) this.visit(child);
  }

  finish(): void {
    this.flush();
  }

  private get target(): InlineBuilder {
    return this.collecting ?? this.pending;
  }

  private visit(node: ChildNode): void {
    const { shared } = this;
    const line = isTag(node) ? shared.options.lineOf?.(node) : undefined;
    if (line === undefined) return this.visitNode(node);
    const saved = shared.line;
    shared.line = line;
    const before = this.blocks.length;
    this.visitNode(node);
    // Inner elements claim their blocks first; what is left started on this element's line.
    for (const b of this.blocks.slice(before)) if (!shared.lines.has(b)) shared.lines.set(b, line);
    shared.line = saved;
  }

  private report(item: ImportReportItem): void {
    const { line } = this.shared;
    this.shared.items.push(
      line === undefined || item.line !== undefined ? item : { ...item, line },
    );
  }

  private visitNode(node: ChildNode): void {
    if (isText(node)) {
      if (this.preDepth > 0) this.target.appendPreformatted(node.data);
      else this.target.appendText(node.data);
      return;
    }
    if (!isTag(node)) return; // comments, doctype, processing instructions, CDATA
    this.noteEventHandlers(node);
    const name = node.name;

    this.noteTag(node);
    if (classesOf(node).some((c) => FURNITURE_CLASSES.has(c))) return this.furniture(node);

    // Social embeds are widgets whose markup is only a fallback ("View this post on Instagram").
    if (classesOf(node).some((c) => SOCIAL_EMBEDS.has(c))) return this.drop(node, 'embed-removed');

    const dropReason = DROPPED_REPORTED[name];
    if (dropReason) return this.drop(node, dropReason);
    if (DROPPED_SILENT.has(name)) return;

    if (name === 'time' && (this.inByline || this.standsAlone(node))) {
      this.shared.hints.dates.push(node.attribs.datetime ?? textContent(node));
      return;
    }
    if (this.inQuote && (name === 'cite' || name === 'footer') && !this.collecting) {
      this.collecting = new InlineBuilder();
      this.walkChildren(node);
      const text = this.collecting.take().text;
      this.collecting = null;
      this.attribution = this.attribution ? `${this.attribution}, ${text}` : text;
      return;
    }

    const role = roleOf(node);
    if (role && role !== 'credit' && !this.collecting && this.isBlockLevelRole(node)) {
      return this.visitRole(node, role);
    }

    switch (name) {
      case 'br':
        this.target.lineBreak();
        return;
      case 'b':
      case 'strong':
      case 'i':
      case 'em':
        return this.styled(node);
      case 'a':
        return this.link(node);
      case 'img':
        return this.image(node, null);
      case 'hr':
        return this.flush();
      case 'blockquote':
        return this.quote(node, null);
      case 'ul':
      case 'ol':
        return this.list(node);
      case 'figure':
        return this.figure(node);
      case 'table':
        return this.table(node);
      case 'pre':
        this.preDepth++;
        this.block(node, { kind: 'paragraph' });
        this.preDepth--;
        return;
    }
    const level = HEADINGS[name];
    if (level !== undefined) return this.heading(node, level);
    if (name === 'p' && /\bmso(?:intense)?quote\b/i.test(node.attribs.class ?? '')) {
      return this.quote(node, null);
    }
    if (name === 'p' && /\bmsolistparagraph/i.test(node.attribs.class ?? '')) {
      return this.block(node, { kind: 'paragraph', msoListItem: true });
    }
    if (PARAGRAPH_LIKE.has(name)) return this.block(node, { kind: 'paragraph' });
    if (CONTAINERS.has(name)) {
      this.flush();
      this.walkChildren(node);
      this.flush();
      return;
    }
    // Anything else (span, u, small, font, unknown tags) is transparent: its text stays, with
    // the bold or italic its inline style gives it (Google Docs marks runs only that way).
    if (node.attribs.style) return this.styled(node);
    this.walkChildren(node);
  }

  /**
   * Bold and italic from the tag and the inline style together. Google Docs wraps a whole paste
   * in <b style="font-weight:normal">, which is not bold, and marks real bold as a styled <span>.
   */
  private styled(el: Element): void {
    const style = (el.attribs.style ?? '').toLowerCase();
    const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
    const fontStyle = /font-style\s*:\s*([a-z]+)/.exec(style)?.[1];
    const byTagBold = el.name === 'b' || el.name === 'strong';
    const byTagItalic = el.name === 'i' || el.name === 'em';
    const bold =
      weight === undefined
        ? byTagBold
        : weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const italic =
      fontStyle === undefined ? byTagItalic : fontStyle === 'italic' || fontStyle === 'oblique';
    if (bold) this.target.openMark('bold');
    if (italic) this.target.openMark('italic');
    this.walkChildren(el);
    if (italic) this.target.closeMark();
    if (bold) this.target.closeMark();
  }

  /** A <time> set on its own line of a header or container, not inside running text. */
  private standsAlone(el: Element): boolean {
    const parent = el.parent;
    return (
      this.pending.isEmpty &&
      !!parent &&
      isTag(parent) &&
      CONTAINERS.has(parent.name) &&
      !!el.attribs.datetime
    );
  }

  /** Roles on inline elements inside running text (a <span class="date"> mid-sentence) are ignored. */
  private isBlockLevelRole(el: Element): boolean {
    if (el.name === 'span' || el.name === 'a' || el.name === 'time') return this.pending.isEmpty;
    return true;
  }

  private visitRole(el: Element, role: Exclude<ReturnType<typeof roleOf>, null>): void {
    switch (role) {
      case 'title':
        return this.heading(el, 1, true);
      case 'subtitle':
        return this.block(el, { kind: 'hint', hint: 'subtitle' });
      case 'byline':
        this.inByline = true;
        this.block(el, { kind: 'hint', hint: 'byline' });
        this.inByline = false;
        return;
      case 'date': {
        const time = findOne((n) => n.name === 'time' && !!n.attribs.datetime, el.children);
        if (time) {
          this.shared.hints.dates.push(time.attribs.datetime!);
          this.flush();
          return;
        }
        return this.block(el, { kind: 'hint', hint: 'date' });
      }
      case 'caption':
        return this.block(el, { kind: 'paragraph', caption: true });
      case 'credit':
        return this.walkChildren(el);
    }
  }

  /** rel="tag" / rel="category tag" links name the story's tags; their text stays where it is. */
  private noteTag(el: Element): void {
    if (el.name !== 'a' || !/(?:^|\s)tag(?:\s|$)/i.test(el.attribs.rel ?? '')) return;
    const tag = textContent(el).replace(/\s+/g, ' ').trim();
    if (tag && !this.shared.hints.tags.includes(tag)) this.shared.hints.tags.push(tag);
  }

  private furniture(el: Element): void {
    for (const a of findAll((n) => n.name === 'a', el.children)) this.noteTag(a);
    const text = visibleText(el);
    // Screen-reader helper text is a duplicate by design; nothing to tell the editor about.
    if (
      text &&
      !classesOf(el).some((c) => /^(?:screen-reader-text|sr-only|visually-hidden)$/.test(c))
    ) {
      this.report(
        reportItem(
          'furniture-removed',
          text,
          'dropped',
          `<${el.name} class="${el.attribs.class ?? ''}">`,
        ),
      );
    }
    if (!this.isInline(el)) this.flush();
  }

  private isInline(el: Element): boolean {
    return el.name === 'span' || el.name === 'a' || el.name === 'small' || el.name === 'ins';
  }

  private noteEventHandlers(el: Element): void {
    for (const [attr, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(attr)) {
        this.report(
          reportItem('event-handler-removed', `${attr}="${value}"`, 'dropped', `on <${el.name}>`),
        );
      }
    }
  }

  private drop(el: Element, reason: string): void {
    const attr = ['src', 'data', 'action', 'data-instgrm-permalink', 'data-href', 'cite'].find(
      (a) => el.attribs[a],
    );
    const body = textContent(el);
    const text = attr
      ? `<${el.name} ${attr}="${el.attribs[attr]}">`
      : body.trim()
        ? body
        : `<${el.name}>`;
    this.report(reportItem(reason, text, 'dropped', `<${el.name}> removed`));
    // A removed embed or form ends whatever paragraph it interrupted.
    if (reason !== 'navigation-removed') this.flush();
  }

  private link(el: Element): void {
    const href = el.attribs.href?.trim();
    if (href === undefined || href === '') return this.walkChildren(el);
    // Mammoth's footnote plumbing: the "↑" back-link is furniture, the "[1]" reference stays as
    // text, since a link into a list the model does not keep would point nowhere.
    if (/^#(?:foot|end)note-ref-/.test(href)) return;
    if (/^#(?:foot|end)note-/.test(href)) return this.walkChildren(el);
    if (isUnsafeUrl(href)) {
      // The href verbatim (not shortened), so the app can offer to restore it.
      this.report({
        reason: 'unsafe-link',
        text: href,
        action: 'dropped',
        detail: `link removed from "${excerpt(textContent(el), 60)}"; its text is kept`,
      });
      return this.walkChildren(el);
    }
    this.target.openMark('link', href);
    this.walkChildren(el);
    this.target.closeMark();
  }

  /** Runs a block element's content into the pending run as `kind`, then emits it. */
  private block(el: Element, kind: PendingKind): void {
    this.flush();
    const saved = this.kind;
    this.kind = kind;
    this.walkChildren(el);
    this.flush();
    this.kind = saved;
  }

  private heading(el: Element, level: number, isTitle = false): void {
    if (level > 1) return this.block(el, { kind: 'heading', level });
    const { hints, options } = this.shared;
    const text = normalise(textContent(el));
    const known = options.knownHeadline ?? hints.headline;
    if (known && normalise(known) === text) {
      this.flush();
      this.report(reportItem('duplicate-headline', textContent(el), 'dropped'));
      return;
    }
    // A plain <h1> names the story only at the top (a hero picture may come first); further
    // down it is a section heading, as in a DOCX whose writer used Heading 1 for sections.
    const atTop = this.blocks.every((b) => b.type === 'figure');
    const takesHeadline =
      !known && !this.inQuote && (isTitle || (!this.shared.hasTitleElement && atTop));
    if (!takesHeadline) return this.block(el, { kind: 'heading', level: 2 });
    // A picture inside the <h1> (`<h1>Banjir <img …> rob</h1>`) flushes the text around it as
    // separate runs; they are one headline, and the picture becomes a figure.
    // An <h1> nested in it (broken markup) adds to the same headline.
    const outer = this.headlineParts;
    const parts: string[] = outer ?? [];
    this.headlineParts = parts;
    this.block(el, { kind: 'hint', hint: 'headline' });
    this.headlineParts = outer;
    if (!outer && parts.length > 0) hints.headline = parts.join(' ');
  }

  private image(img: Element, caption: InlineText | null): void {
    this.flush();
    const resolve = this.shared.options.resolveImage ?? resolveImageSrc;
    const { src, item } = resolve(imageSource(img));
    if (item) this.report(item);
    const captionText = caption?.text ?? img.attribs.title ?? '';
    const { caption: text, credit } = splitCaptionCredit(captionText, this.shared.options.profile);
    const figure: FigureBlock = {
      id: '',
      type: 'figure',
      src,
      alt: (img.attribs.alt ?? '').replace(/\s+/g, ' ').trim(),
      caption: text,
      credit,
    };
    this.blocks.push(figure);
  }

  private figure(el: Element): void {
    this.flush();
    const img = findOne((n) => n.name === 'img', el.children);
    const figcaption = findOne((n) => n.name === 'figcaption', el.children);
    const quote = findOne((n) => n.name === 'blockquote', el.children);
    if (!img && quote) return this.quote(quote, figcaption);
    if (!img) return this.walkChildren(el);

    let caption: InlineText | null = null;
    let explicitCredit: string | null = null;
    if (figcaption) {
      const credit = findOne(
        (n) => n.name === 'cite' || n.name === 'small' || roleOf(n) === 'credit',
        figcaption.children,
      );
      if (credit) {
        explicitCredit = textContent(credit).replace(/\s+/g, ' ').trim() || null;
        credit.children = [];
      }
      const sub = this.child();
      sub.block(figcaption, { kind: 'paragraph' });
      caption = joinInline(sub.textRuns(), ' ');
    }
    this.image(img, caption);
    if (explicitCredit) {
      const figure = this.blocks[this.blocks.length - 1] as FigureBlock;
      figure.credit = explicitCredit;
      figure.caption = caption?.text.replace(/[\s(–—-]+$/u, '') ?? '';
    }
    for (const other of el.children) {
      if (other === img || other === figcaption) continue;
      if (isTag(other) && findOne((n) => n === img, [other])) continue;
      this.visit(other);
    }
    this.flush();
  }

  private quote(el: Element, attributionEl: Element | null): void {
    this.flush();
    const sub = new Walker(this.shared, true);
    sub.walkChildren(el);
    sub.finish();
    let attribution = sub.attribution;
    if (!attribution && attributionEl)
      attribution = textContent(attributionEl).replace(/\s+/g, ' ').trim();

    const runs: InlineText[] = [];
    const hoisted: Block[] = [];
    for (const b of sub.blocks) {
      if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') runs.push(b);
      else if (b.type === 'list') runs.push(...b.items);
      else hoisted.push(b);
    }
    let body = joinInline(runs, '\n');
    // A lone "— …" line is the quote itself (dialogue dashes), not an attribution of nothing.
    if (!attribution && body.text.includes('\n')) {
      const lastBreak = body.text.lastIndexOf('\n');
      const lastLine = body.text.slice(lastBreak + 1);
      const m = ATTRIBUTION_LINE.exec(lastLine);
      if (m?.groups?.name) {
        attribution = m.groups.name.trim();
        body = sliceInline(body, 0, lastBreak);
      }
    }
    attribution = attribution.replace(ATTRIBUTION_LINE, '$<name>').trim();
    if (body.text !== '') {
      const block: QuoteBlock = {
        id: '',
        type: 'quote',
        text: body.text,
        marks: body.marks,
        attribution: attribution || null,
      };
      this.blocks.push(block);
    }
    this.blocks.push(...hoisted);
  }

  private list(el: Element): void {
    this.flush();
    const items: InlineText[] = [];
    const hoisted: Block[] = [];
    let nested = false;
    for (const li of el.children) {
      if (!isTag(li)) {
        // Text loose inside <ul> is malformed markup; keep it as an item rather than lose it.
        if (isText(li) && li.data.trim())
          items.push({ text: li.data.replace(/\s+/g, ' ').trim(), marks: [] });
        continue;
      }
      const sub = this.child();
      if (li.name === 'li') sub.walkChildren(li);
      else sub.visit(li);
      sub.finish();
      const runs: InlineText[] = [];
      const after: InlineText[] = [];
      for (const b of sub.blocks) {
        if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') runs.push(b);
        else if (b.type === 'list') {
          nested = true;
          after.push(...b.items);
        } else if (b.type === 'related') runs.push({ text: `${b.label}: ${b.title}`, marks: [] });
        else hoisted.push(b);
      }
      const item = joinInline(runs, ' ');
      if (item.text !== '') items.push({ text: item.text, marks: item.marks });
      items.push(...after);
    }
    if (nested) {
      this.reportOnce(
        'list-flattened',
        items.map((i) => i.text).join(' / '),
        'warning',
        'nested list items became items of the outer list',
      );
    }
    if (items.length > 0) this.emitList(el.name === 'ol', items);
    this.blocks.push(...hoisted);
  }

  private emitList(ordered: boolean, items: InlineText[]): void {
    // "Baca juga:" on its own line, then a list of links: each link is a related block.
    const prev = this.blocks[this.blocks.length - 1];
    if (prev?.type === 'paragraph' && !ordered) {
      const m = matchRelatedLabel(prev.text, this.shared.options.profile);
      if (m && m.restStart >= prev.text.length) {
        this.blocks.pop();
        for (const item of items) this.blocks.push(...relatedFrom(m.label, item));
        return;
      }
    }
    const list: ListBlock = { id: '', type: 'list', ordered, items };
    this.blocks.push(list);
  }

  private table(el: Element): void {
    this.flush();
    let rows = 0;
    let firstRow = '';
    const visitRows = (parent: Element): void => {
      for (const row of parent.children) {
        if (!isTag(row)) continue;
        if (row.name !== 'tr') {
          if (['thead', 'tbody', 'tfoot'].includes(row.name)) visitRows(row);
          else if (row.name === 'caption') this.block(row, { kind: 'paragraph' });
          continue;
        }
        const cells: InlineText[] = [];
        for (const cell of row.children) {
          if (!isTag(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
          const sub = this.child();
          sub.block(cell, { kind: 'paragraph' });
          cells.push(joinInline(sub.textRuns(), ' '));
          this.blocks.push(...sub.blocks.filter((b) => b.type === 'figure'));
        }
        const line = joinInline(cells, ' | ');
        if (line.text !== '') {
          rows++;
          firstRow ||= line.text;
          this.blocks.push({ id: '', type: 'paragraph', text: line.text, marks: line.marks });
        }
      }
    };
    visitRows(el);
    if (rows > 0) {
      this.reportOnce(
        'table-flattened',
        firstRow,
        'warning',
        `${rows} table rows became paragraphs (cells joined with " | ")`,
      );
    }
  }

  private reportOnce(
    reason: string,
    text: string,
    action: ImportReportItem['action'],
    detail: string,
  ): void {
    if (this.shared.reported.has(reason)) return;
    this.shared.reported.add(reason);
    this.report(reportItem(reason, text, action, detail));
  }

  private child(): Walker {
    return new Walker(this.shared, this.inQuote);
  }

  private textRuns(): InlineText[] {
    return this.blocks.filter(
      (b) => b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote',
    );
  }

  /** Emits the pending run as whatever `kind` says; blank lines (<br><br>) split paragraphs. */
  private flush(): void {
    if (this.pending.isEmpty) {
      this.pending.take();
      return;
    }
    const run = this.pending.take();
    const kind = this.kind;
    if (kind.kind === 'hint') return this.hint(kind.hint, run);
    if (kind.kind === 'heading') {
      this.blocks.push({
        id: '',
        type: 'heading',
        level: kind.level,
        text: run.text,
        marks: run.marks,
      });
      return;
    }
    if (kind.msoListItem) return this.msoListItem(run);
    for (const part of splitAtBlankLines(run)) {
      if (kind.caption) {
        const block: Block = { id: '', type: 'paragraph', text: part.text, marks: part.marks };
        this.shared.captions.add(block);
        this.blocks.push(block);
      } else {
        this.paragraph(part);
      }
    }
  }

  /**
   * HTML saved from Word writes list items as paragraphs with a typed marker ("·", "1.", "a)")
   * in front; consecutive ones become one list again.
   */
  private msoListItem(run: InlineText): void {
    const m =
      /^(?:(?<bullet>[·•▪◦o§–-])|(?<number>\(?[0-9]{1,3}[.)]|[a-z][.)]|[ivx]{1,5}[.)]))\s+/iu.exec(
        run.text,
      );
    const item = m ? sliceInline(run, m[0].length) : run;
    const ordered = !!m?.groups?.number;
    const last = this.blocks[this.blocks.length - 1];
    if (last?.type === 'list' && this.shared.msoLists.has(last) && last.ordered === ordered) {
      last.items.push(item);
      return;
    }
    const list: ListBlock = { id: '', type: 'list', ordered, items: [item] };
    this.shared.msoLists.add(list);
    this.blocks.push(list);
  }

  private paragraph(run: InlineText): void {
    const m = matchRelatedLabel(run.text, this.shared.options.profile);
    if (m && m.restStart < run.text.length) {
      this.blocks.push(...relatedFrom(m.label, sliceInline(run, m.restStart)));
      return;
    }
    this.blocks.push({ id: '', type: 'paragraph', text: run.text, marks: run.marks });
  }

  private hint(hint: 'headline' | 'subtitle' | 'byline' | 'date', run: InlineText): void {
    const { hints, options } = this.shared;
    const text = run.text.replace(/\s+/g, ' ').trim();
    switch (hint) {
      case 'headline':
        if (this.headlineParts) {
          if (text) this.headlineParts.push(text);
        } else {
          hints.headline = text;
        }
        return;
      case 'subtitle':
        if (hints.subheadline === null) hints.subheadline = text;
        else this.blocks.push({ id: '', type: 'paragraph', text: run.text, marks: run.marks });
        return;
      case 'date':
        hints.dates.push(text);
        return;
      case 'byline': {
        const cleaned = text.replace(/[\s•|·,–—-]+$/u, '').replace(/^[\s•|·,–—-]+/u, '');
        const names = splitAuthorNames(cleaned, options.profile);
        if (names) {
          for (const n of names) if (!hints.authors.includes(n)) hints.authors.push(n);
        } else {
          // Not just names: the wire recogniser knows this profile's "name • date" forms.
          this.blocks.push({ id: '', type: 'paragraph', text: run.text, marks: run.marks });
        }
        return;
      }
    }
  }
}

/** The text a reader would have seen: scripts, styles and templates are not text. */
function visibleText(el: Element): string {
  const parts: string[] = [];
  const walk = (nodes: ChildNode[]): void => {
    for (const n of nodes) {
      if (isText(n)) parts.push(n.data);
      else if (isTag(n) && !DROPPED_SILENT.has(n.name) && n.name !== 'script') walk(n.children);
    }
  };
  walk(el.children);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Lazy-loading pages put the picture in data-src and a placeholder (or nothing) in src. */
const LAZY_SOURCES = ['data-src', 'data-original', 'data-lazy-src', 'data-srcset'];

function imageSource(img: Element): string | undefined {
  const src = img.attribs.src?.trim();
  const placeholder =
    !src ||
    /^data:image\/(?:gif|svg)/i.test(src) ||
    /(?:blank|placeholder|spacer|lazy)[^/]*\.(?:gif|png|svg)$/i.test(src);
  if (!placeholder) return src;
  for (const attr of LAZY_SOURCES) {
    const v = img.attribs[attr]?.trim().split(/\s+/)[0];
    if (v) return v;
  }
  return src;
}

function splitAtBlankLines(run: InlineText): InlineText[] {
  const parts: InlineText[] = [];
  const re = /\n{2,}/g;
  let start = 0;
  for (const m of run.text.matchAll(re)) {
    parts.push(sliceInline(run, start, m.index));
    start = m.index + m[0].length;
  }
  parts.push(sliceInline(run, start));
  return parts.filter((p) => p.text !== '');
}

/** One related block per link after the label; plain text after it is one link-less entry. */
function relatedFrom(label: string, rest: InlineText): RelatedBlock[] {
  const links = rest.marks.filter((m) => m.type === 'link' && m.href);
  if (links.length === 0) {
    const title = rest.text.replace(/\s+/g, ' ').trim();
    return title ? [{ id: '', type: 'related', label, title, url: null }] : [];
  }
  return links.map((l) => ({
    id: '',
    type: 'related',
    label,
    title: rest.text.slice(l.start, l.end).replace(/\s+/g, ' ').trim(),
    url: l.href ?? null,
  }));
}

/** Caption paragraphs (DOCX "Caption" style, p.caption) join the picture they sit next to. */
function attachCaptions(blocks: Block[], shared: Shared): Block[] {
  const out: Block[] = [];
  const { profile } = shared.options;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!shared.captions.has(b) || b.type !== 'paragraph') {
      out.push(b);
      continue;
    }
    const { label, text } = splitCaptionLabel(b.text);
    if (label) {
      shared.items.push(
        reportItem('caption-label', label, 'dropped', "the word processor's figure number"),
      );
    }
    const { caption, credit } = splitCaptionCredit(text, profile);
    const prev = out[out.length - 1];
    const next = blocks[i + 1];
    if (prev?.type === 'figure' && prev.caption === '') {
      prev.caption = caption;
      prev.credit ??= credit;
    } else if (next?.type === 'figure' && next.caption === '' && !shared.captions.has(next)) {
      next.caption = caption;
      next.credit ??= credit;
    } else {
      // A caption whose picture did not come through still describes one.
      out.push({ id: '', type: 'figure', src: null, alt: '', caption, credit });
    }
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The line drafts put under a picture: "Foto: Warga menembus rob. (ANTARA/Budi)" or a wholly
 * italic paragraph. Right after a figure that has no caption, it is that figure's caption.
 */
function captionsUnderFigures(blocks: Block[], profile: Profile): Block[] {
  const prefixes = [...new Set([...profile.conventions.captionPrefixes, 'Foto', 'Photo'])];
  const prefix = new RegExp(`^(?:${prefixes.map(escapeRegExp).join('|')})\\s*:\\s*`, 'iu');
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.type !== 'paragraph' || prev?.type !== 'figure' || prev.caption !== '' || prev.credit) {
      out.push(b);
      continue;
    }
    const m = prefix.exec(b.text);
    const italic = b.marks.some(
      (k) => k.type === 'italic' && k.start === 0 && k.end === b.text.length,
    );
    if (!m && !italic) {
      out.push(b);
      continue;
    }
    const rest = m ? b.text.slice(m[0].length) : b.text;
    // "Foto: Andi Saputra" names the photographer; anything longer describes the picture.
    const names = m && !/[.!?]/.test(rest) ? splitAuthorNames(rest, profile) : null;
    if (names && names.length > 0 && rest.split(/\s+/).length <= 6) {
      prev.credit = rest.trim();
    } else {
      const parts = splitCaptionCredit(rest, profile);
      prev.caption = parts.caption;
      prev.credit = parts.credit;
    }
  }
  return out;
}

function emptyHints(): ConvertHints {
  return { headline: null, subheadline: null, authors: [], dates: [], tags: [] };
}

/** Converts parsed nodes (a page's chosen root, or a whole fragment) to blocks. */
export function convertNodes(nodes: ChildNode[], options: ConvertOptions): ConvertResult {
  const flattened = flattenDeepMarkup(nodes);
  const shared: Shared = {
    options,
    hints: emptyHints(),
    items: [],
    captions: new Set(),
    msoLists: new Set(),
    hasTitleElement: !!findOne((n) => roleOf(n) === 'title', nodes),
    reported: new Set(),
    line: undefined,
    lines: new Map(),
  };
  if (flattened > 0) {
    shared.items.push(
      reportItem(
        'markup-too-deep',
        `${flattened} part(s) nested over ${MAX_DEPTH} levels deep`,
        'warning',
        'their text is kept without formatting',
      ),
    );
  }
  const walker = new Walker(shared);
  walker.walkChildren({ children: nodes });
  walker.finish();
  const blocks = captionsUnderFigures(attachCaptions(walker.blocks, shared), options.profile);
  return {
    blocks,
    blockLines: blocks.map((b) => shared.lines.get(b)),
    hints: shared.hints,
    items: shared.items,
  };
}

/** Parses HTML the forgiving way (unclosed tags, junk nesting) and converts it. */
export function convertHtml(html: string, options: ConvertOptions): ConvertResult {
  const doc = parseDocument(html, { decodeEntities: true });
  return convertNodes(doc.children, options);
}
