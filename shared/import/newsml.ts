/**
 * NewsML-G2 (IPTC) news items: contentMeta (headline, by, creators and contributors with their
 * roles, located, dateline, language, slugline, keywords) and the body from an inline XHTML or
 * NITF rendition, through the one HTML converter.
 *
 * A packageItem holds no copy, only references to news items, so it cannot become an article
 * faithfully. We import what it does say about its first text item (title and summary, plus
 * picture references with their captions) and put a warning in the report that the story text
 * lives in the referenced item, which is the file to import. Other item kinds (concept items,
 * knowledge items, pictures) are refused with a plain message.
 */
import type { ChildNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { findAll, findOne, getChildren, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type {
  Article,
  Block,
  Credit,
  Dateline,
  FigureBlock,
  ImportReportItem,
} from '../model/article';
import { defaultProfileFor } from '../profiles';
import type { Profile } from '../profiles/profile';
import { EXTRA_KEYS, GENERATOR } from '../export/agency/ids';
import { isAuthorRole, roleFromNewsmlQcode } from '../export/agency/vocabulary';
import {
  bodyBlocks,
  creditRole,
  finishAgencyArticle,
  languageTag,
  parseByline,
  parseDatelineText,
  plainElementNames,
  plainTextBlocks,
  publishedFrom,
  statusWarning,
  takeDatelineSpans,
  takeRepeatedDateline,
  uniqueCredits,
} from './agency/common';
import { decodeText } from './decode';
import { resolveImageSrc } from './html/images';
import { ImportError } from './errors';
import type { Importer } from './types';

const NAR_NS = 'http://iptc.org/std/nar/2006-10-01/';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

const children = (el: Element | null | undefined, name: string): Element[] =>
  el ? (getChildren(el).filter((c) => isTag(c) && c.name === name) as Element[]) : [];
const child = (el: Element | null | undefined, name: string): Element | null =>
  children(el, name)[0] ?? null;
const text = (el: Element | null | undefined): string => (el ? clean(textContent(el)) : '');

/** Text with its line breaks kept (a two-line byline) but each line's spacing tidied. */
const lines = (el: Element | null | undefined): string =>
  el ? textContent(el).split('\n').map(clean).filter(Boolean).join('\n') : '';

/** The `<name>` of a party or place, else its literal/qcode, else its text. */
function nameOf(el: Element): string {
  return text(child(el, 'name')) || clean(el.attribs.literal ?? '') || text(el);
}

/** Parses the XML; names are made local (prefix dropped) so `nar:newsItem` reads as newsItem. */
function parseItem(xml: string, origin: string): Element {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  for (const el of findAll(() => true, doc.children)) {
    if (el.name.includes(':')) el.name = el.name.slice(el.name.indexOf(':') + 1);
  }
  const root = doc.children.find(isTag);
  if (!root) throw new ImportError('invalid-xml', `${origin} has no XML element in it.`);
  // The parser forgives a missing end and closes what is open, so a file cut short in transfer
  // would import as a story missing its end, without a word. Its root must be closed.
  const name = root.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const end = `</(?:[\\w.-]+:)?${name}\\s*>`;
  const closed = new RegExp(
    `${root.children.length === 0 ? `(?:${end}|/>)` : end}\\s*(?:<!--[\\s\\S]*?-->\\s*)*$`,
  );
  if (!closed.test(xml)) {
    throw new ImportError(
      'invalid-xml',
      `${origin} is cut short: its <${root.name}> is never closed (was the download or copy cut short?).`,
    );
  }
  if (root.name === 'newsMessage') {
    const first = findOne((el) => el.name === 'newsItem' || el.name === 'packageItem', [root]);
    if (first) return first;
  }
  if (root.name === 'newsItem' || root.name === 'packageItem') return root;
  throw new ImportError(
    'unsupported',
    `${origin} is a NewsML-G2 ${root.name}; only news items (and packages of them) become articles.`,
  );
}

function looksLikeNewsml(head: string): number {
  if (!/<(?:\w+:)?(?:newsItem|packageItem|newsMessage)\b/.test(head)) return 0;
  return head.includes(NAR_NS) ? 0.95 : 0.75;
}

interface Parties {
  authors: string[];
  credits: Credit[];
}

function partiesOf(contentMeta: Element | null, profile: Profile): Parties {
  const authors: string[] = [];
  const credits: Credit[] = [];
  for (const el of children(contentMeta, 'creator')) {
    const name = nameOf(el);
    const role = el.attribs.role ?? el.attribs.roleuri;
    if (!name) continue;
    if (!role || isAuthorRole(role)) {
      if (!authors.includes(name)) authors.push(name);
    } else {
      credits.push({ name, role: roleFromNewsmlQcode(role) });
    }
  }
  for (const el of children(contentMeta, 'contributor')) {
    const name = nameOf(el);
    const qcode = el.attribs.role ?? el.attribs.roleuri;
    if (!name) continue;
    const role = qcode ? roleFromNewsmlQcode(qcode) : 'contributor';
    const known = creditRole(role, profile) ?? (qcode?.startsWith('ndrole:') ? role : null);
    // A note with a validity limit is a desk message ("available until 17:30"), not a credit.
    const note = text(children(el, 'note').find((n) => !n.attribs.validto));
    credits.push(
      note ? { name, role: known ?? 'contributor', note } : { name, role: known ?? 'contributor' },
    );
  }
  return { authors, credits: uniqueCredits(credits) };
}

/** The body nodes of the richest inline rendition: XHTML first, then NITF, then plain text. */
function bodyOf(contentSet: Element | null): { nodes: ChildNode[] } | { text: string } | null {
  const inlines = [...children(contentSet, 'inlineXML'), ...children(contentSet, 'inlineData')];
  const byType = (re: RegExp) => inlines.find((i) => re.test(i.attribs.contenttype ?? ''));
  const xhtml = byType(/xhtml|html/);
  if (xhtml) {
    const body = findOne((el) => el.name === 'body', xhtml.children) ?? xhtml;
    plainElementNames(body.children);
    return { nodes: body.children };
  }
  const nitf =
    byType(/nitf/) ?? inlines.find((i) => findOne((el) => el.name === 'nitf', i.children));
  if (nitf) {
    const content = findOne((el) => el.name === 'body.content', nitf.children);
    if (!content) return { nodes: [] };
    nitfToHtml(content.children);
    return { nodes: content.children };
  }
  const plain = inlines.find((i) => /text\/plain/.test(i.attribs.contenttype ?? ''));
  return plain ? { text: textContent(plain) } : null;
}

/** NITF's body elements as their HTML counterparts, so the HTML converter reads them. */
const NITF_TO_HTML: Readonly<Record<string, string>> = {
  hl2: 'h2',
  block: 'div',
  bq: 'blockquote',
  credit: 'cite',
  'media-caption': 'figcaption',
  media: 'figure',
  'media-reference': 'img',
};

function nitfToHtml(nodes: ChildNode[]): void {
  plainElementNames(nodes);
  for (const el of findAll(() => true, nodes)) {
    const html = NITF_TO_HTML[el.name];
    if (html) el.name = html;
    if (html === 'img' && el.attribs.source) el.attribs.src = el.attribs.source;
  }
}

function datelineOf(contentMeta: Element | null): Dateline | null {
  const located = child(contentMeta, 'located');
  const place = located ? nameOf(located) : '';
  const written = text(child(contentMeta, 'dateline'));
  const parsed = written ? parseDatelineText(written, place || undefined) : null;
  const source = children(contentMeta, 'infoSource')
    .filter((s) => !s.attribs.role || /origcont|source/i.test(s.attribs.role))
    .map(nameOf)
    .find(Boolean);
  if (!place && !parsed) return null;
  const d: Dateline = { place: place || parsed!.place };
  if (parsed?.date && (!place || parsed.place.toLowerCase() === place.toLowerCase()))
    d.date = parsed.date;
  const src = source ?? parsed?.source;
  if (src) d.source = src;
  return d;
}

/** What a package says about its first text item and its pictures (it carries no copy). */
function packageContent(item: Element): {
  headline: string;
  blocks: Block[];
  items: ImportReportItem[];
} {
  const refs = findAll((el) => el.name === 'itemRef', item.children);
  const classOf = (ref: Element) => child(ref, 'itemClass')?.attribs.qcode ?? '';
  const textRef = refs.find((r) => /ninat:text/.test(classOf(r)));
  const blocks: Block[] = [];
  const summary = textRef ? text(child(textRef, 'description')) : '';
  if (summary) blocks.push(...plainTextBlocks(summary));
  for (const ref of refs.filter((r) => /ninat:(?:picture|graphic)/.test(classOf(r)))) {
    const caption = text(child(ref, 'description')) || text(child(ref, 'title'));
    const figure: FigureBlock = {
      id: '',
      type: 'figure',
      src: resolveImageSrc(ref.attribs.href).src,
      alt: text(child(ref, 'title')),
      caption,
      credit: null,
    };
    blocks.push(figure);
  }
  const residref = textRef?.attribs.residref ?? textRef?.attribs.href;
  return {
    headline: text(child(textRef, 'title')),
    blocks,
    items: [
      {
        reason: 'newsml-package',
        text: residref ?? '',
        action: 'warning',
        detail:
          'This is a NewsML-G2 package: it only refers to its news items. The title, summary and pictures were imported; import the referenced news item for the story text.',
      },
    ],
  };
}

export async function importNewsml(
  xml: string,
  options: { profile?: Profile; name?: string },
): Promise<Article> {
  const origin = options.name ?? 'the file';
  const item = parseItem(xml, origin);
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const language =
    languageTag(child(contentMeta, 'language')?.attribs.tag) ??
    languageTag(item.attribs['xml:lang']) ??
    options.profile?.language ??
    'en';
  const profile = options.profile ?? defaultProfileFor(language);
  const items: ImportReportItem[] = [];

  let headline = text(child(contentMeta, 'headline'));
  let blocks: Block[] = [];
  let datelineInBody: string | null = null;
  if (item.name === 'packageItem') {
    const pkg = packageContent(item);
    headline ||= pkg.headline;
    // A package's own headline is its section name ("UK"); the story's title is the headline.
    if (pkg.headline) headline = pkg.headline;
    blocks = pkg.blocks;
    items.push(...pkg.items);
  } else {
    const body = bodyOf(child(item, 'contentSet'));
    if (body && 'nodes' in body) {
      datelineInBody = takeDatelineSpans(body.nodes);
      const nitfHead = findOne((el) => el.name === 'hedline', body.nodes);
      headline ||= text(nitfHead);
      const converted = bodyBlocks(body.nodes, profile, headline);
      blocks = converted.blocks;
      items.push(...converted.items);
    } else if (body) {
      blocks = plainTextBlocks(body.text);
    }
  }

  const parties = partiesOf(contentMeta, profile);
  const by = lines(child(contentMeta, 'by'));
  const fromBy = by ? parseByline(by, profile) : null;
  const authors = parties.authors.length ? parties.authors : (fromBy?.authors ?? []);
  const raw = by && parties.authors.length ? parseByline(by, profile).raw : fromBy?.raw;
  const dateline =
    datelineOf(contentMeta) ?? (datelineInBody ? parseDatelineText(datelineInBody) : null);

  const subheadline =
    children(contentMeta, 'description')
      .filter((d) => /summary|headline/i.test(d.attribs.role ?? ''))
      .map(text)
      .find(Boolean) ?? null;

  const extra: Record<string, string> = {};
  if (item.attribs.guid) extra[EXTRA_KEYS.newsmlGuid] = item.attribs.guid;
  if (item.attribs.version) extra[EXTRA_KEYS.newsmlVersion] = item.attribs.version;
  const pubStatus = child(itemMeta, 'pubStatus')?.attribs.qcode;
  if (pubStatus) extra['newsml:pubStatus'] = pubStatus;
  const status = statusWarning(pubStatus);
  if (status) items.push(status);
  const provider = child(itemMeta, 'provider');
  const providerName = provider ? nameOf(provider) || (provider.attribs.qcode ?? '') : '';
  if (providerName) extra['newsml:provider'] = providerName;
  const tags = [
    ...children(contentMeta, 'keyword').map(text),
    ...children(contentMeta, 'subject').map(nameOf),
  ].filter(Boolean);
  const genre = child(contentMeta, 'genre');
  const section = genre ? nameOf(genre) : '';

  // An agency's versionCreated is when the story went out; ours is only when it was exported,
  // so an item we wrote without a publication time stays without one.
  const ours = text(child(itemMeta, 'generator')).startsWith(GENERATOR);
  const published = publishedFrom(
    text(child(contentMeta, 'contentCreated')) ||
      text(child(itemMeta, 'firstCreated')) ||
      (ours ? '' : text(child(itemMeta, 'versionCreated'))),
    profile,
  );

  // Our own exports mark the dateline (a span, removed above); others may repeat it as copy.
  const head =
    datelineInBody === null
      ? takeRepeatedDateline(blocks, dateline)
      : { blocks, dateline, item: undefined };
  if (head.item) items.push(head.item);

  return finishAgencyArticle(
    {
      language,
      headline,
      subheadline,
      slug: text(child(contentMeta, 'slugline')) || null,
      byline: { authors: authors.map((name) => ({ name })), published, ...(raw ? { raw } : {}) },
      dateline: head.dateline,
      blocks: head.blocks,
      credits: parties.credits,
      metadata: {
        tags: [...new Set(tags)],
        extra,
        profile: profile.id,
        ...(section ? { section } : {}),
      },
      items,
    },
    { format: 'newsml', source: options.name, profile, sourceText: xml },
  );
}

export const newsmlImporter: Importer = {
  id: 'newsml',
  label: 'NewsML-G2 news item (IPTC)',
  extensions: ['.newsml.xml', '.xml'],
  detect({ bytes }) {
    return looksLikeNewsml(new TextDecoder().decode(bytes.subarray(0, 8192)));
  },
  async import(input, options) {
    const { text: xml } = decodeText(input.bytes, input.name);
    return importNewsml(xml, { profile: options.profile, name: input.name });
  },
};
