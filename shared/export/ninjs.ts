/**
 * ninjs 3.1 ("news in JSON", IPTC): one text item with the body as HTML, the byline and credits
 * as `people` with their relationship, the dateline as `located` (+ its agency in `infoSources`)
 * and, as readers expect it, at the head of the body (`<span class="dateline">`),
 * and every figure also as a picture association so agency consumers find the images.
 * Valid against the official 3.1 schema (tests/conformance/ninjs.test.ts checks it with ajv).
 */
import type { Article, FigureBlock } from '../model/article';
import { articleWordCount, blockPlainText } from '../model/text';
import { renderBodyHtml } from './body';
import { bylineText, draftNote } from './agency/byline';
import { agencyDateTime, versionCreated } from './agency/dates';
import { EXTRA_KEYS, isAbsoluteUri, itemUri, itemVersion } from './agency/ids';
import { NINJS_AUTHOR_REL, NINJS_DATELINE_SOURCE_ROLE } from './agency/vocabulary';
import type { ExportOptions, Exporter } from './types';

interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

interface NinjsBody extends NinjsText {
  charCount?: number;
  wordCount?: number;
}

interface NinjsPerson {
  name: string;
  rel?: string;
}

interface NinjsRendition {
  name: string;
  href?: string;
  contentType?: string;
}

/** The subset of the ninjs 3.1 item this exporter writes. */
export interface Ninjs31Item {
  uri: string;
  type: 'text' | 'picture';
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  contentCreated?: string;
  pubStatus?: 'usable' | 'withheld' | 'canceled';
  edNote?: string;
  language?: string;
  slugline?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  by?: string;
  people?: NinjsPerson[];
  located?: string;
  infoSources?: Array<{ name: string; role?: string }>;
  subjects?: Array<{ name: string; rel?: string }>;
  genres?: Array<{ name: string }>;
  bodies?: NinjsBody[];
  renditions?: NinjsRendition[];
  altIds?: Array<{ role: string; value: string }>;
  associations?: Array<Ninjs31Item & { name: string; rel?: string }>;
}

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

function imageType(src: string): string | undefined {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(src)?.[1]?.toLowerCase();
  return ext ? IMAGE_TYPES[ext] : undefined;
}

function pictureAssociation(
  article: Article,
  figure: FigureBlock,
  index: number,
  language: string,
): Ninjs31Item & { name: string; rel: string } {
  const uri = isAbsoluteUri(figure.src)
    ? figure.src
    : `${itemUri(article, EXTRA_KEYS.ninjsUri, EXTRA_KEYS.newsmlGuid)}:figure:${encodeURIComponent(figure.id)}`;
  const assoc: Ninjs31Item & { name: string; rel: string } = {
    name: `figure-${index + 1}`,
    rel: 'figure',
    uri,
    type: 'picture',
    language,
  };
  if (figure.caption) assoc.descriptions = [{ role: 'caption', value: figure.caption }];
  if (figure.alt) (assoc.descriptions ??= []).push({ role: 'alternative', value: figure.alt });
  if (figure.credit) assoc.by = figure.credit;
  if (figure.src && isAbsoluteUri(figure.src)) {
    const contentType = imageType(figure.src);
    assoc.renditions = [
      contentType
        ? { name: 'original', href: figure.src, contentType }
        : { name: 'original', href: figure.src },
    ];
  } else if (figure.src) {
    // ninjs hrefs must be absolute; a path relative to the draft travels as an alternative id.
    assoc.altIds = [{ role: 'src', value: figure.src }];
  }
  return assoc;
}

/** The ninjs 3.1 item for an article, as a plain object (see `exportNinjs` for the text). */
export function articleToNinjs(article: Article, options: ExportOptions): Ninjs31Item {
  const { profile } = options;
  const published = agencyDateTime(article.byline.published);
  const bodyHtml = renderBodyHtml(article.blocks, { dateline: article.dateline });
  const bodyText = article.blocks
    .filter((b) => b.type !== 'figure')
    .map(blockPlainText)
    .join('\n');

  const item: Ninjs31Item = {
    uri: itemUri(article, EXTRA_KEYS.ninjsUri, EXTRA_KEYS.newsmlGuid),
    type: 'text',
    version: itemVersion(article, EXTRA_KEYS.ninjsVersion),
  };
  if (published) {
    item.firstCreated = published;
    item.contentCreated = published;
  }
  item.versionCreated = versionCreated(options.now ?? new Date(), profile.timeZone);
  item.pubStatus = options.draft ? 'withheld' : 'usable';
  if (options.draft) item.edNote = draftNote(article.language);
  item.language = article.language;
  if (article.slug) item.slugline = article.slug;
  item.headlines = [{ role: 'main', value: article.headline }];
  if (article.subheadline) item.headlines.push({ role: 'sub', value: article.subheadline });

  const by = bylineText(article, profile);
  if (by) item.by = by;
  const people: NinjsPerson[] = [
    ...article.byline.authors.map((a) => ({ name: a.name, rel: NINJS_AUTHOR_REL })),
    ...article.credits.map((c) => ({ name: c.name, rel: c.role })),
  ];
  if (people.length) item.people = people;

  if (article.dateline) {
    item.located = article.dateline.place;
    if (article.dateline.source) {
      item.infoSources = [{ name: article.dateline.source, role: NINJS_DATELINE_SOURCE_ROLE }];
    }
  }
  if (article.metadata.tags.length) {
    item.subjects = article.metadata.tags.map((name) => ({ name, rel: 'about' }));
  }
  if (article.metadata.section) item.genres = [{ name: article.metadata.section }];

  item.bodies = [
    {
      role: 'main',
      contentType: 'text/html',
      charCount: bodyText.length,
      wordCount: articleWordCount({ ...article, headline: '' }),
      value: bodyHtml,
    },
  ];

  const figures = article.blocks.filter((b): b is FigureBlock => b.type === 'figure');
  if (figures.length) {
    item.associations = figures.map((f, i) => pictureAssociation(article, f, i, article.language));
  }
  return item;
}

export function exportNinjs(article: Article, options: ExportOptions): string {
  return `${JSON.stringify(articleToNinjs(article, options), null, 2)}\n`;
}

export const ninjsExporter: Exporter = {
  id: 'ninjs',
  label: 'ninjs 3.1 (IPTC news in JSON)',
  mediaType: 'application/json',
  extension: '.ninjs.json',
  export: exportNinjs,
};
