/**
 * What the ninjs and NewsML-G2 importers share: turning an agency's body markup into blocks
 * through the one HTML converter, pictures the item carries beside its body, bylines, credits,
 * dates and the final assembly (ids, wire conventions, report).
 */
import { Element, isTag, type ChildNode } from 'domhandler';
import { findAll, findOne, prependChild, removeElement, textContent } from 'domutils';
import { DateTime } from 'luxon';
import {
  KNOWN_CREDIT_ROLES,
  type Article,
  type Block,
  type Credit,
  type Dateline,
  type FigureBlock,
  type ImportReportItem,
} from '../../model/article';
import {
  BlockIds,
  articleIdFromSource,
  createArticle,
  type ArticleParts,
} from '../../model/create';
import type { Profile } from '../../profiles/profile';
import { joinNames } from '../../export/agency/byline';
import { roleFromAgency } from '../../export/agency/vocabulary';
import { convertNodes } from '../html/convert';
import { sliceInline } from '../html/inline';
import { splitAuthorNames } from '../html/names';
import { applyWireConventions } from '../wire';

/**
 * Pulls out what our exporters (and many CMSs) print at the head of the body as
 * `<span class="dateline">`: the item carries the dateline as data, so the body must not repeat it.
 */
export function takeDatelineSpans(nodes: ChildNode[]): string | null {
  const spans = findAll(
    (el) => el.name === 'span' && (el.attribs.class ?? '').split(/\s+/).includes('dateline'),
    nodes,
  );
  let text: string | null = null;
  for (const span of spans) {
    text ??= textContent(span).replace(/\s+/g, ' ').trim();
    removeElement(span);
  }
  return text;
}

/**
 * Agency furniture some bodies carry as classed spans rather than copy: TT's
 * `<div class="dat"><span class="vignette">Försvar</span><span class="source">TT</span></div>`.
 * The vignette is a topic label and the source the agency, so neither is a paragraph.
 */
export function takeFurniture(nodes: ChildNode[]): { vignettes: string[]; source: string | null } {
  const classed = (name: string) =>
    findAll((el) => (el.attribs.class ?? '').split(/\s+/).includes(name), nodes);
  const vignettes = classed('vignette').map((el) => textContent(el).replace(/\s+/g, ' ').trim());
  const sources = classed('source').map((el) => textContent(el).replace(/\s+/g, ' ').trim());
  for (const el of [...classed('vignette'), ...classed('source')]) removeElement(el);
  return { vignettes: vignettes.filter(Boolean), source: sources.find(Boolean) ?? null };
}

/**
 * A printed dateline back into parts, in the forms the exporters print (shared/export/labels.ts):
 * "Beijing:", "JAKARTA (ANTARA) -", "BEIJING, Oct 3 (Reuters) -", "SEMARANG, KOMPAS.com -".
 * When the item already named the place (`knownPlace`, which may itself hold a comma, "New York,
 * NY"), that prefix is the place and what follows a comma is the date.
 */
export function parseDatelineText(text: string, knownPlace?: string): Dateline | null {
  let rest = text.replace(/\s*[-–—:]+\s*$/u, '').trim();
  let source: string | undefined;
  const paren = /\s*\(([^()]+)\)$/u.exec(rest);
  const domain = /,\s*([\p{L}\p{N}-]+(?:\.\p{L}{2,})+)$/u.exec(rest);
  const found = paren ?? domain;
  if (found) {
    source = found[1]!.trim();
    rest = rest.slice(0, found.index).trim();
  }
  let place = rest;
  let date: string | undefined;
  const known = knownPlace?.trim();
  if (known && rest.toLowerCase().startsWith(known.toLowerCase())) {
    place = rest.slice(0, known.length);
    date =
      rest
        .slice(known.length)
        .replace(/^\s*,\s*/, '')
        .trim() || undefined;
  } else if (rest.includes(',')) {
    place = rest.slice(0, rest.indexOf(',')).trim();
    date = rest.slice(rest.indexOf(',') + 1).trim() || undefined;
  }
  if (!place || /[()]/.test(place)) return null;
  const d: Dateline = { place };
  if (source) d.source = source;
  if (date) d.date = date;
  return d;
}

/**
 * A `<figure>` with a caption but no `<img>` is a picture the item names without shipping
 * (our exporters write one for a figure whose file is not known yet). The HTML converter reads an
 * image-less figure as loose paragraphs, so it gets an empty `<img>`: a figure with `src: null`.
 */
function markImagelessFigures(nodes: ChildNode[]): void {
  const figures = findAll(
    (el) =>
      el.name === 'figure' &&
      !findOne((n) => n.name === 'img' || n.name === 'blockquote', el.children) &&
      !!findOne((n) => n.name === 'figcaption', el.children),
    nodes,
  );
  for (const fig of figures) prependChild(fig, new Element('img', { alt: '' }));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Agency bodies often repeat the item's dateline at the head of the copy — NITF's
 * "(New York, NY - October 21) Et, sent…", a wire's "JAKARTA: …". When the item already gave the
 * place, that repeat is dropped from the first paragraph (a date in it is kept on the dateline)
 * and reported. Only the parenthesised form or the place followed by a dash or colon counts, so
 * copy that merely starts with the place name ("Jakarta is…") is left alone.
 */
export function takeRepeatedDateline(
  blocks: Block[],
  dateline: Dateline | null,
): { blocks: Block[]; dateline: Dateline | null; item?: ImportReportItem } {
  const i = blocks.findIndex((b) => b.type !== 'figure');
  const first = blocks[i];
  if (!dateline || first?.type !== 'paragraph') return { blocks, dateline };
  const place = escapeRegExp(dateline.place);
  const re = new RegExp(
    `^(?:\\(${place}(?:\\s*[-–—,]\\s*(?<pdate>[^()]{1,40}?))?\\)\\s*(?:[-–—:]+\\s*)?|${place}(?:,\\s*(?<date>[^:–—-]{1,40}?))?\\s*[-–—:]+\\s+)`,
    'iu',
  );
  const m = re.exec(first.text);
  if (!m || m[0].length >= first.text.length) return { blocks, dateline };
  const rest = sliceInline(first, m[0].length);
  const out = [...blocks];
  out[i] = { ...first, text: rest.text, marks: rest.marks };
  const date = (m.groups?.pdate ?? m.groups?.date)?.trim();
  return {
    blocks: out,
    dateline: date && !dateline.date ? { ...dateline, date } : dateline,
    item: { reason: 'dateline', text: m[0].trim(), action: 'moved', detail: 'dateline' },
  };
}

/** Body markup (already parsed) into blocks, with what the converter set aside. */
export function bodyBlocks(
  nodes: ChildNode[],
  profile: Profile,
  headline: string,
): { blocks: Block[]; items: ImportReportItem[] } {
  markImagelessFigures(nodes);
  const result = convertNodes(nodes, { profile, knownHeadline: headline || null });
  return { blocks: result.blocks, items: result.items };
}

/** A BCP 47 language tag as items give it ("id", "en-GB"), or undefined for anything else. */
export function languageTag(value: string | undefined | null): string | undefined {
  const tag = value?.trim();
  return tag && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

/**
 * A warning when the agency says the item must not run: "withheld" (hold it) or "canceled"
 * (a kill — it must not be published, and already published copies should come down).
 */
export function statusWarning(status: string | undefined): ImportReportItem | null {
  const code = status?.replace(/^stat:/, '').toLowerCase();
  if (code !== 'withheld' && code !== 'canceled' && code !== 'cancelled') return null;
  return {
    reason: 'agency-status',
    text: status ?? '',
    action: 'warning',
    detail:
      code === 'withheld'
        ? 'The agency has withheld this item: do not publish it until it is released.'
        : 'The agency has cancelled (killed) this item: do not publish it.',
  };
}

/** Plain-text bodies: blank lines separate paragraphs; if there are none, every line is one. */
export function plainTextBlocks(text: string): Block[] {
  const normal = text.replace(/\r\n?/g, '\n').trim();
  if (!normal) return [];
  const parts = /\n\s*\n/.test(normal) ? normal.split(/\n\s*\n/) : normal.split('\n');
  return parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ id: '', type: 'paragraph', text, marks: [] }));
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? '').replace(/\s+/g, ' ').trim().toLowerCase() ===
  (b ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Adds pictures the item carries beside its body (ninjs associations, NewsML-G2 package refs)
 * unless the body already shows them (same source, or same caption and credit); a body figure
 * that matches one takes what the body could not say (alt text, the file of an image-less
 * figure). New ones lead the story, where agencies mean their "main picture" to stand.
 */
export function mergePictures(blocks: Block[], pictures: readonly FigureBlock[]): Block[] {
  const extra: FigureBlock[] = [];
  const out = [...blocks];
  // A body figure answers for one picture only: two pictures with the same caption (and no file
  // in the body) pair with the body's figures in order, not both with the first.
  const taken = new Set<number>();
  for (const p of pictures) {
    const i = out.findIndex(
      (f, k) =>
        !taken.has(k) &&
        f.type === 'figure' &&
        ((p.src !== null && f.src === p.src) ||
          (same(f.caption, p.caption) && same(f.credit, p.credit))),
    );
    const f = out[i];
    if (f?.type !== 'figure') {
      extra.push(p);
      continue;
    }
    taken.add(i);
    out[i] = { ...f, src: f.src ?? p.src, alt: f.alt || p.alt };
  }
  return [...extra, ...out];
}

/** Agencies and wire services whose name in a byline is the source, not an author. */
const AGENCY_NAMES = [
  'dpa',
  'ap',
  'afp',
  'reuters',
  'antara',
  'tt',
  'ntb',
  'ansa',
  'efe',
  'apa',
  'sda',
  'xinhua',
  'bernama',
  'kyodo',
  'yonhap',
  'pa',
  'aap',
];

export interface BylineParts {
  authors: string[];
  /** The byline as the item printed it, when it was more than the names. */
  raw?: string;
}

/**
 * Authors from a natural-language byline ("Von Christian Hollmann, dpa", "Paulo Santalucia and
 * Frances d'Emilio"): the names, without an agency named after them.
 */
export function parseByline(
  by: string,
  profile: Profile,
  agencies: readonly string[] = [],
): BylineParts {
  // The raw byline keeps its line breaks ("By Jane Holloway\nOctober 3, 2025"); parsing does not.
  const written = by
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const text = written.replace(/\n/g, ' ');
  if (!text) return { authors: [] };
  // "By", "Oleh", "Von"…: the word that introduces a byline is not part of it.
  const stripped = text.replace(/^(?:by|oleh|von|par|por|di|door|av|af)\s+/iu, '');
  const known = new Set(
    [...AGENCY_NAMES, ...profile.conventions.outlets, ...agencies].map((a) => a.toLowerCase()),
  );
  const names = splitAuthorNames(stripped, profile)?.filter((n) => !known.has(n.toLowerCase()));
  if (!names) return { authors: [], raw: written };
  const parts: BylineParts = { authors: names };
  if (written !== joinNames(names, profile)) parts.raw = written;
  return parts;
}

/** Roles we credit: the model's, the profile's own, and agency codes that map onto them. */
export function creditRole(rel: string | undefined, profile: Profile): string | null {
  if (!rel) return null;
  const role = roleFromAgency(rel);
  const known: readonly string[] = KNOWN_CREDIT_ROLES;
  if (known.includes(role) || profile.extraCreditRoles.includes(role)) return role;
  if (role === 'fact-checker') return role;
  return null;
}

export function uniqueCredits(credits: readonly Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter((c) => {
    const key = `${c.name}\u0000${c.role}`;
    if (!c.name.trim() || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An agency date-time as the model keeps it: ISO 8601 with an explicit offset. A complete value
 * with its own offset is kept verbatim; UTC ("Z") and zone-less values are shown in the profile's
 * time zone, the clock the desk reads.
 */
export function publishedFrom(value: string | undefined | null, profile: Profile): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(raw)) {
    return DateTime.fromISO(raw).isValid ? raw : null;
  }
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(raw);
  const dt = hasZone
    ? DateTime.fromISO(raw, { setZone: true }).setZone(profile.timeZone)
    : DateTime.fromISO(raw, { zone: profile.timeZone });
  if (!dt.isValid) return null;
  return dt.set({ millisecond: 0 }).toISO({ suppressMilliseconds: true, includeOffset: true });
}

/** Renames prefixed or upper-case element names (`xhtml:p`, `P`) to plain HTML names. */
export function plainElementNames(nodes: ChildNode[]): void {
  for (const el of findAll(() => true, nodes) as Element[]) {
    if (!isTag(el)) continue;
    const local = el.name.includes(':') ? el.name.slice(el.name.indexOf(':') + 1) : el.name;
    el.name = local.toLowerCase();
  }
}

export interface AgencyArticle extends Omit<ArticleParts, 'blocks' | 'importReport'> {
  blocks: Block[];
  items: ImportReportItem[];
}

/** Numbers the blocks, builds the article and lets the wire recogniser read the body. */
export function finishAgencyArticle(
  parts: AgencyArticle,
  meta: { format: string; source?: string; profile: Profile; sourceText: string },
): Article {
  const ids = new BlockIds();
  const { items, ...rest } = parts;
  const article = createArticle({
    ...rest,
    id: parts.id ?? articleIdFromSource(meta.sourceText),
    blocks: parts.blocks.map((b) => ({ ...b, id: ids.take() })),
    importReport: {
      format: meta.format,
      ...(meta.source ? { source: meta.source } : {}),
      profile: meta.profile.id,
      items,
    },
  });
  return applyWireConventions(article, { profile: meta.profile, headlineKnown: true });
}
