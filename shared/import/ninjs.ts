/**
 * ninjs (IPTC "news in JSON") items, 1.x/2.x (`headline`, `body_html`, `byline`, lower-case
 * keys, associations as a map) and 3.x (`headlines[]`, `bodies[]`, camelCase keys, associations
 * as an array), read into an article: the body through the one HTML converter, pictures from
 * associations, authors and credits from `people`/`by`, the dateline from `located`.
 */
import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Article, Credit, FigureBlock, ImportReportItem } from '../model/article';
import { defaultProfileFor } from '../profiles';
import type { Profile } from '../profiles/profile';
import { EXTRA_KEYS, OWN_URN_PREFIX } from '../export/agency/ids';
import { NINJS_DATELINE_SOURCE_ROLE, isAuthorRole } from '../export/agency/vocabulary';
import {
  bodyBlocks,
  creditRole,
  finishAgencyArticle,
  languageTag,
  mergePictures,
  parseByline,
  parseDatelineText,
  plainTextBlocks,
  publishedFrom,
  statusWarning,
  takeDatelineSpans,
  takeRepeatedDateline,
  takeFurniture,
  uniqueCredits,
} from './agency/common';
import { decodeText } from './decode';
import { resolveImageSrc } from './html/images';
import { ImportError } from './errors';
import type { Importer } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/** The first string among keys (3.x camelCase first, then 1.x/2.x lower case). */
function pick(item: Json, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = str(item[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** An array property, or a 1.x/2.x map (`associations: { featureimage: {…} }`) as its values. */
function list(item: Json, ...keys: string[]): Json[] {
  for (const k of keys) {
    const v = item[k];
    if (Array.isArray(v)) return v.filter(isObject);
    if (isObject(v)) {
      return Object.entries(v)
        .filter((e): e is [string, Json] => isObject(e[1]))
        .map(([name, o]) => ({ name, ...o }));
    }
  }
  return [];
}

interface TextEntry {
  role?: string;
  contentType?: string;
  value: string;
}

function texts(item: Json, key: string): TextEntry[] {
  return list(item, key).flatMap((t) => {
    const value = typeof t.value === 'string' ? t.value : undefined;
    if (value === undefined) return [];
    return [{ role: str(t.role), contentType: str(t.contentType) ?? str(t.contenttype), value }];
  });
}

const isHtml = (t: TextEntry): boolean =>
  /html/i.test(t.contentType ?? '') || /^(?:x?html5?)$/i.test(t.role ?? '');

/** Markers that only ninjs uses together: a uri plus headline(s)/bodies/body_* or versioncreated. */
function looksLikeNinjs(head: string): number {
  if (!/^\s*\{/.test(head) || /"schemaVersion"\s*:/.test(head)) return 0;
  const hasUri = /"uri"\s*:/.test(head);
  const markers = [
    /"headlines"\s*:\s*\[/,
    /"bodies"\s*:\s*\[/,
    /"body_(?:html|text|xhtml)"\s*:/,
    /"headline"\s*:\s*"/,
    /"version[Cc]reated"\s*:/,
    /"(?:firstCreated|firstcreated)"\s*:/,
    /"pub[Ss]tatus"\s*:/,
    /"associations"\s*:/,
    /"renditions"\s*:/,
  ].filter((re) => re.test(head)).length;
  if (hasUri && markers >= 2) return 0.92;
  if (hasUri && markers === 1) return 0.7;
  return 0;
}

function parseJson(text: string, origin: string): Json {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportError('invalid-json', `${origin} is not valid JSON: ${(e as Error).message}.`);
  }
  if (!isObject(data)) {
    throw new ImportError('schema', `${origin} is JSON but not a ninjs item (expected an object).`);
  }
  if (!str(data.uri)) {
    throw new ImportError('schema', `${origin} is not a ninjs item: it has no "uri".`);
  }
  const type = str(data.type);
  if (type && type !== 'text' && type !== 'composite') {
    throw new ImportError(
      'unsupported',
      `${origin} is a ninjs ${type} item; only text items can be edited as articles.`,
    );
  }
  return data;
}

function headlineOf(item: Json): { headline: string; subheadline: string | null } {
  const hs = texts(item, 'headlines');
  const main = hs.find((h) => !h.role || h.role === 'main') ?? hs[0];
  const sub = hs.find(
    (h) => h !== main && /^(?:sub|subheadline|subtitle|deck)$/i.test(h.role ?? ''),
  );
  return {
    headline: (main?.value ?? pick(item, 'headline') ?? '').replace(/\s+/g, ' ').trim(),
    subheadline: sub?.value.replace(/\s+/g, ' ').trim() || null,
  };
}

/** The body's markup as parsed nodes: the HTML body when there is one, else the plain text. */
function bodyOf(item: Json): { nodes: ChildNode[] } | { text: string } | null {
  const bodies = texts(item, 'bodies');
  const html = bodies.find(isHtml)?.value ?? pick(item, 'body_html', 'body_xhtml');
  if (html !== undefined) return { nodes: parseDocument(html, { decodeEntities: true }).children };
  const text = bodies[0]?.value ?? pick(item, 'body_text');
  return text !== undefined ? { text } : null;
}

/** The best image rendition's href: the original, else the widest. */
function renditionHref(assoc: Json): string | null {
  const renditions = list(assoc, 'renditions').filter((r) => str(r.href));
  const original = renditions.find((r) =>
    /^(?:original|hires|highres|baseimage)$/i.test(`${r.name}`),
  );
  const widest = [...renditions].sort((a, b) => Number(b.width ?? 0) - Number(a.width ?? 0))[0];
  return str((original ?? widest)?.href) ?? str(assoc.href) ?? null;
}

/**
 * A picture association as a figure. Its file goes through the same check as an <img> in a body
 * (script-capable and oversized embedded sources are refused, and say so in the report).
 */
function pictureFrom(assoc: Json, items: ImportReportItem[]): FigureBlock | null {
  const type = str(assoc.type);
  const renditions = list(assoc, 'renditions');
  const isPicture =
    type === 'picture' ||
    type === 'graphic' ||
    (!type && renditions.some((r) => /^image\//.test(`${r.contentType ?? r.mimetype ?? ''}`)));
  if (!isPicture) return null;
  const descriptions = texts(assoc, 'descriptions');
  const caption =
    descriptions.find((d) => !d.role || /caption|text|summary/i.test(d.role))?.value ??
    pick(assoc, 'description_text', 'body_text') ??
    headlineOf(assoc).headline;
  const alt = descriptions.find((d) => /^alt(?:ernative)?(?:text)?$/i.test(d.role ?? ''))?.value;
  const relative = list(assoc, 'altIds').find((a) => a.role === 'src');
  const image = resolveImageSrc(renditionHref(assoc) ?? str(relative?.value));
  if (image.item) items.push(image.item);
  return {
    id: '',
    type: 'figure',
    src: image.src,
    alt: alt?.trim() ?? '',
    caption: caption.replace(/\s+/g, ' ').trim(),
    credit: pick(assoc, 'by', 'byline', 'creditline', 'copyrightNotice', 'copyrightnotice') ?? null,
  };
}

function peopleOf(item: Json, profile: Profile): { authors: string[]; credits: Credit[] } {
  const authors: string[] = [];
  const credits: Credit[] = [];
  for (const p of [...list(item, 'people'), ...list(item, 'contributors')]) {
    const name = str(p.name)?.replace(/\s+/g, ' ').trim();
    const rel = str(p.rel) ?? str(p.role);
    if (!name) continue;
    if (isAuthorRole(rel)) {
      if (!authors.includes(name)) authors.push(name);
      continue;
    }
    const role = creditRole(rel, profile);
    if (role) credits.push({ name, role });
  }
  return { authors, credits: uniqueCredits(credits) };
}

export async function importNinjs(
  text: string,
  options: { profile?: Profile; name?: string },
): Promise<Article> {
  const origin = options.name ?? 'the file';
  const item = parseJson(text, origin);
  const language = languageTag(pick(item, 'language')) ?? options.profile?.language ?? 'en';
  const profile = options.profile ?? defaultProfileFor(language);
  const { headline, subheadline } = headlineOf(item);
  const items: ImportReportItem[] = [];

  const body = bodyOf(item);
  let blocks: ReturnType<typeof plainTextBlocks> = [];
  let datelineInBody: string | null = null;
  let furniture: { vignettes: string[]; source: string | null } = { vignettes: [], source: null };
  if (body && 'nodes' in body) {
    datelineInBody = takeDatelineSpans(body.nodes);
    furniture = takeFurniture(body.nodes);
    for (const v of furniture.vignettes) {
      items.push({ reason: 'vignette', text: v, action: 'moved', detail: 'tags' });
    }
    const converted = bodyBlocks(body.nodes, profile, headline);
    blocks = converted.blocks;
    items.push(...converted.items);
  } else if (body) {
    blocks = plainTextBlocks(body.text);
  }
  const pictures = list(item, 'associations').flatMap((a) => pictureFrom(a, items) ?? []);
  blocks = mergePictures(blocks, pictures);

  const people = peopleOf(item, profile);
  const by = pick(item, 'by', 'byline');
  const copyrightHolder = pick(item, 'copyrightHolder', 'copyrightholder');
  const fromBy = by ? parseByline(by, profile, copyrightHolder ? [copyrightHolder] : []) : null;
  const authors = people.authors.length ? people.authors : (fromBy?.authors ?? []);
  const raw = by && people.authors.length ? parseByline(by, profile).raw : fromBy?.raw;

  const located = pick(item, 'located');
  const source = list(item, 'infoSources', 'infosources').find(
    (s) => s.role === NINJS_DATELINE_SOURCE_ROLE,
  );
  const datelineSource = str(source?.name);
  // The body's dateline, as our exporter prints it, also says the date ninjs has no field for.
  const printed = datelineInBody ? parseDatelineText(datelineInBody, located) : null;
  const dateline = located
    ? {
        place: located.trim(),
        ...(datelineSource ? { source: datelineSource } : {}),
        ...(printed?.date && printed.place.toLowerCase() === located.trim().toLowerCase()
          ? { date: printed.date }
          : {}),
      }
    : printed;

  const extra: Record<string, string> = { [EXTRA_KEYS.ninjsUri]: String(item.uri) };
  if (furniture.source) extra['ninjs:source'] = furniture.source;
  const version = pick(item, 'version');
  if (version) extra[EXTRA_KEYS.ninjsVersion] = version;
  if (copyrightHolder) extra['ninjs:copyrightHolder'] = copyrightHolder;
  const pubStatus = pick(item, 'pubStatus', 'pubstatus');
  if (pubStatus) extra['ninjs:pubStatus'] = pubStatus;
  const status = statusWarning(pubStatus);
  if (status) items.push(status);
  const tags = list(item, 'subjects', 'subject')
    .filter((s) => !s.rel || s.rel === 'about')
    .flatMap((s) => str(s.name) ?? [])
    .concat(furniture.vignettes);
  const section = str(list(item, 'genres', 'genre')[0]?.name);

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
      slug: pick(item, 'slugline') ?? null,
      byline: {
        authors: authors.map((name) => ({ name })),
        published: publishedFrom(
          pick(item, 'contentCreated', 'contentcreated', 'firstCreated', 'firstcreated') ??
            // An agency's version time is when the story went out; ours is only the export time.
            (String(item.uri).startsWith(OWN_URN_PREFIX)
              ? undefined
              : pick(item, 'versionCreated', 'versioncreated')),
          profile,
        ),
        ...(raw ? { raw } : {}),
      },
      dateline: head.dateline,
      blocks: head.blocks,
      credits: people.credits,
      metadata: {
        tags: [...new Set(tags)],
        extra,
        profile: profile.id,
        ...(section ? { section } : {}),
      },
      items,
    },
    { format: 'ninjs', source: options.name, profile, sourceText: text },
  );
}

export const ninjsImporter: Importer = {
  id: 'ninjs',
  label: 'ninjs (IPTC news in JSON, 1.x–3.x)',
  extensions: ['.ninjs.json', '.json'],
  detect({ bytes, name }) {
    const head = new TextDecoder().decode(bytes.subarray(0, 8192));
    const score = looksLikeNinjs(head);
    return score === 0 && name?.endsWith('.ninjs.json') && /^\s*\{/.test(head) ? 0.6 : score;
  },
  async import(input, options) {
    const { text } = decodeText(input.bytes, input.name);
    return importNinjs(text, { profile: options.profile, name: input.name });
  },
};
