import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import type { Article, Credit, Dateline, ImportReportItem } from '../model/article';
import type { Profile } from '../profiles/profile';
import { decodeText } from './decode';
import { assembleArticle, chooseProfile } from './html/assemble';
import { convertHtml } from './html/convert';
import { splitAuthorNames } from './html/names';
import { reportItem } from './html/safety';
import type { ImportOptions, Importer } from './types';
import { compileConventions } from './wire/conventions';
import { matchDateline } from './wire/dateline';

/**
 * Raw HTML stays on: journalists paste embed codes into Markdown, and letting them through to the
 * converter means a <script> is dropped and reported rather than shown as text. Typographer and
 * linkify stay off so the copy's own quotes, dashes and URLs are kept exactly as written.
 */
const SOURCE_LINE = 'data-newsroom-line';

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/**
 * Every block element carries the body line it starts on, so the converter can tell the wire
 * recogniser (and the import report) where in the file each block came from.
 */
md.core.ruler.push('newsroom_source_lines', (state) => {
  for (const token of state.tokens) {
    if (token.map && token.type !== 'inline' && token.nesting >= 0) {
      token.attrSet(SOURCE_LINE, String(token.map[0] + 1));
    }
  }
});

/** `---` front matter at the very top, closed by `---` or `...` (YAML's document end). */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Lines the front matter took (with its fences), so body lines can be given as in the file. */
  lines: number;
  items: ImportReportItem[];
}

/** Front matter set aside whole and verbatim, so the app can offer it back for fixing. */
function setAside(yamlText: string, detail: string): ImportReportItem {
  return { reason: 'front-matter-invalid', text: yamlText, line: 2, action: 'set-aside', detail };
}

/** Splits off and parses YAML front matter; invalid YAML is reported and the body still imports. */
export function splitFrontMatter(text: string): FrontMatter {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { data: {}, body: text, lines: 0, items: [] };
  const yamlText = m[1] ?? '';
  const body = text.slice(m[0].length);
  const lines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (e) {
    const first = (e as Error).message.split('\n')[0] ?? 'invalid YAML';
    return {
      data: {},
      body,
      lines,
      items: [setAside(yamlText, `not valid YAML: ${first}`)],
    };
  }
  if (data === null || data === undefined) return { data: {}, body, lines, items: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: {},
      body,
      lines,
      items: [setAside(yamlText, 'front matter must be "key: value" lines')],
    };
  }
  return { data: data as Record<string, unknown>, body, lines, items: [] };
}

function scalar(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  return null;
}

function first(data: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) if (data[k] !== undefined && data[k] !== null) return data[k];
  return undefined;
}

function stringList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(scalar).filter((s): s is string => s !== null);
  const s = scalar(v);
  return s
    ? s
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
    : [];
}

/** `author: Ana`, `authors: [Ana, Budi]`, `byline: "Ana dan Budi"`, `authors: [{name: Ana}]`. */
function authorNames(v: unknown, profile: Profile, items: ImportReportItem[]): string[] {
  const raw = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const names: string[] = [];
  for (const entry of raw) {
    const text =
      entry && typeof entry === 'object' && !Array.isArray(entry)
        ? scalar((entry as Record<string, unknown>).name)
        : scalar(entry);
    if (!text) continue;
    const split = splitAuthorNames(text, profile);
    if (split) names.push(...split);
    else {
      names.push(text);
      items.push(
        reportItem(
          'byline-unclear',
          text,
          'warning',
          'kept as one author name; it holds more than names',
        ),
      );
    }
  }
  return [...new Set(names)];
}

/** `credits: [{ name, role, note? }]`, as the Markdown exporter writes them; bad entries reported. */
function creditsFrom(v: unknown, items: ImportReportItem[]): Credit[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const credits: Credit[] = [];
  for (const entry of list) {
    const o =
      entry && typeof entry === 'object' && !Array.isArray(entry)
        ? (entry as Record<string, unknown>)
        : null;
    const name = o ? scalar(o.name) : null;
    const role = o ? scalar(o.role) : null;
    if (!name || !role) {
      items.push(
        reportItem(
          'credit-unclear',
          JSON.stringify(entry) ?? String(entry),
          'warning',
          'a credit needs a name and a role',
        ),
      );
      continue;
    }
    const note = scalar(o?.note);
    credits.push({ name, role, ...(note ? { note } : {}) });
  }
  return credits;
}

/**
 * A dateline as front matter gives it: a mapping, or a string written as the copy prints it
 * ("WASHINGTON, Oct 3 (Reuters)", "Bandung (ANTARA)"), read with the profile's dateline forms
 * when one of them takes the whole string, else taken as the place.
 */
function datelineFrom(v: unknown, profile: Profile): Dateline | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const place = scalar(o.place);
    if (!place) return null;
    const source = scalar(o.source);
    const date = scalar(o.date);
    return { place, ...(source ? { source } : {}), ...(date ? { date } : {}) };
  }
  const place = scalar(v);
  if (!place) return null;
  // The forms end in the separator before the copy; give them both to match against.
  const written = place.replace(/[\s:–—-]+$/u, '');
  const m = matchDateline(`${written} - Isi.`, compileConventions(profile));
  if (m && m.length >= written.length) return m.dateline;
  return { place };
}

/** Keys the importer maps to fields; anything else scalar is carried in metadata.extra. */
const KNOWN_KEYS = new Set([
  'title',
  'headline',
  'subtitle',
  'subheadline',
  'deck',
  'byline',
  'author',
  'authors',
  'date',
  'published',
  'dateline',
  'language',
  'lang',
  'slug',
  'tags',
  'keywords',
  'section',
  'category',
  'outlet',
  'credits',
]);

/** Imports a Markdown draft given as text. */
export function importMarkdownText(text: string, options: ImportOptions, name?: string): Article {
  const fm = splitFrontMatter(text);
  const { data } = fm;
  const items = [...fm.items];
  const declared = scalar(first(data, 'language', 'lang'));
  const { profile, language } = chooseProfile(options, declared, fm.body);

  const title = scalar(first(data, 'title', 'headline'));
  const html = md.render(fm.body);
  const result = convertHtml(html, {
    profile,
    knownHeadline: title,
    lineOf: (el) => {
      const line = Number(el.attribs[SOURCE_LINE]);
      return Number.isInteger(line) && line > 0 ? line + fm.lines : undefined;
    },
  });
  const headline = title ?? result.hints.headline;

  // With `author(s)` present, `byline` is the byline as written (what the exporter writes);
  // alone, it is the authors' names (what people type).
  const named = first(data, 'authors', 'author');
  const authors = authorNames(named ?? data.byline, profile, items);
  const bylineRaw = named !== undefined ? (scalar(data.byline) ?? undefined) : undefined;
  for (const a of result.hints.authors) if (!authors.includes(a)) authors.push(a);

  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    const s = scalar(v);
    if (!KNOWN_KEYS.has(k) && s !== null) extra[k] = s;
  }
  const date = scalar(first(data, 'date', 'published'));

  return assembleArticle({
    format: 'markdown',
    name,
    idSource: text,
    language,
    profile,
    headline,
    headlineKnown: headline !== null,
    subheadline: scalar(first(data, 'subtitle', 'subheadline', 'deck')) ?? result.hints.subheadline,
    authors,
    bylineRaw,
    credits: creditsFrom(data.credits, items),
    dates: [...(date ? [date] : []), ...result.hints.dates],
    dateline: datelineFrom(data.dateline, profile),
    slug: scalar(data.slug),
    section: scalar(first(data, 'section', 'category')) ?? undefined,
    tags: stringList(first(data, 'tags', 'keywords')),
    outlet: scalar(data.outlet) ?? undefined,
    extra,
    blocks: result.blocks,
    blockLines: result.blockLines,
    items: [...items, ...result.items],
  });
}

const STRONG_SIGNALS: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S/m,
  /!?\[[^\]\n]+\]\([^)\s]+(?:[ \t]+"[^"\n]*")?\)/,
  /\*\*[^*\n]+\*\*|__[^_\n]+__/,
  /^```/m,
  /^>[ \t]?\S/m,
  /^[ \t]*[-*+][ \t]+\S[^\n]*\n[ \t]*[-*+][ \t]+\S/m,
];

export const markdownImporter: Importer = {
  id: 'markdown',
  label: 'Markdown (.md)',
  extensions: ['.md', '.markdown', '.mdown'],
  detect({ bytes, name }) {
    const head = new TextDecoder('utf-8')
      .decode(bytes.subarray(0, 16384))
      .replace(/^\ufeff/, '')
      .replace(/\r\n?/g, '\n');
    if (/^\s*[{<]/.test(head)) return /\.(?:md|markdown|mdown)$/i.test(name ?? '') ? 0.5 : 0;
    if (FRONT_MATTER.test(head) && /^\w[\w-]*:/m.test(head)) return 0.85;
    if (/\.(?:md|markdown|mdown)$/i.test(name ?? '')) return 0.8;
    const signals = STRONG_SIGNALS.filter((re) => re.test(head)).length;
    if (signals >= 2) return 0.6;
    // One Markdown-looking line in a file called .txt is more likely plain copy.
    if (signals === 1) return /\.te?xt$/i.test(name ?? '') ? 0.2 : 0.35;
    return 0;
  },
  async import(input, options) {
    const { text } = decodeText(input.bytes, input.name);
    return importMarkdownText(text, options, input.name);
  },
};
