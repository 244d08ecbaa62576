import JSZip from 'jszip';
import mammoth from 'mammoth';
import { findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Article, ImportReportItem } from '../model/article';
import { hashBytes } from '../util/hash';
import { isZip, looksBinary } from './decode';
import { ImportError } from './errors';
import { assembleArticle, chooseProfile } from './html/assemble';
import { guessLanguage } from './language';
import { convertNodes } from './html/convert';
import { MAX_EMBEDDED_IMAGE_BYTES, resolveImageSrc } from './html/images';
import { splitAuthorNames } from './html/names';
import { reportItem } from './html/safety';
import type { ImportOptions, Importer } from './types';

/**
 * Word, LibreOffice and pandoc paragraph styles → the HTML classes the converter reads
 * (see html/roles.ts). Headings 1–6 keep mammoth's defaults; a Heading 1 becomes the headline
 * only when the document has no Title paragraph.
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Abstract'] => p.dek:fresh",
  "p[style-name='Author'] => p.author:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
  "p[style-name='Date'] => p.date:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Image Caption'] => p.caption:fresh",
  // pandoc's ODT captions, as LibreOffice names them when it saves that document as DOCX.
  "p[style-name='FigureCaption'] => p.caption:fresh",
  "p[style-name='Figure Caption'] => p.caption:fresh",
  "p[style-name='Table Caption'] => p:fresh",
  "p[style-name='Figure'] => p.caption:fresh",
  "p[style-name='Illustration'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh",
];

/** Stands in for a picture too large to embed, until the converter turns it into `src: null`. */
const OMITTED_IMAGE = 'newsroom-omitted-image:';

/** Names Word and generators put in dc:creator that are no one's byline. */
const PLACEHOLDER_CREATORS =
  /^(?:microsoft office user|user|admin|administrator|author|un-named|unknown|python-docx|pandoc|docx|windows user|owner)$/i;

export interface CoreProperties {
  title?: string;
  creator?: string;
  created?: string;
  modified?: string;
  language?: string;
  subject?: string;
  keywords?: string;
  description?: string;
}

/** Reads docProps/core.xml (Dublin Core) when the archive has one. */
async function readCoreProperties(zip: JSZip): Promise<CoreProperties> {
  const file = zip.file('docProps/core.xml');
  if (!file) return {};
  const xml = await file.async('string');
  const doc = parseDocument(xml, { xmlMode: true });
  const get = (tag: string): string | undefined => {
    const el = findOne((n) => n.name === tag, doc.children);
    const text = el ? textContent(el).replace(/\s+/g, ' ').trim() : '';
    return text || undefined;
  };
  const props: CoreProperties = {};
  const pairs: [keyof CoreProperties, string][] = [
    ['title', 'dc:title'],
    ['creator', 'dc:creator'],
    ['created', 'dcterms:created'],
    ['modified', 'dcterms:modified'],
    ['language', 'dc:language'],
    ['subject', 'dc:subject'],
    ['keywords', 'cp:keywords'],
    ['description', 'dc:description'],
  ];
  for (const [key, tag] of pairs) {
    const v = get(tag);
    if (v !== undefined) props[key] = v;
  }
  return props;
}

function describe(name: string | undefined): string {
  return name ?? 'The file';
}

/** A 300-page report with pictures unpacks to tens of MB; far beyond that is not a draft. */
export const MAX_UNPACKED_BYTES = 256 * 2 ** 20;

/**
 * The uncompressed size an entry declares. JSZip keeps it on a private field it has had since
 * 3.0; read defensively, so a future JSZip only loses this early refusal, not the import.
 */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

async function openArchive(bytes: Uint8Array, name: string | undefined): Promise<JSZip> {
  if (!isZip(bytes)) {
    const what = looksBinary(bytes) ? 'a binary file of another kind' : 'plain text';
    throw new ImportError(
      'broken-archive',
      `${describe(name)} is not a Word document: it is ${what}, not a DOCX (ZIP) archive.`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError(
      'broken-archive',
      `${describe(name)} is a damaged Word document: its ZIP archive is incomplete or corrupt (was the download or copy cut short?).`,
    );
  }
  const unpacked = Object.values(zip.files).reduce((n, f) => n + declaredSize(f), 0);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new ImportError(
      'too-large',
      `${describe(name)} unpacks to ${Math.round(unpacked / 2 ** 20)} MB, more than the ${MAX_UNPACKED_BYTES / 2 ** 20} MB a Word draft can sensibly hold; it may be damaged or a ZIP bomb.`,
    );
  }
  if (!zip.file('word/document.xml')) {
    throw new ImportError(
      'broken-archive',
      `${describe(name)} is a ZIP archive but not a Word document (it has no word/document.xml).`,
    );
  }
  return zip;
}

/**
 * Mammoth's Node build reads `buffer` and its browser build reads `arrayBuffer`; giving both lets
 * the same core run in every door. Its Node typing wants a Node Buffer, which shared/ cannot name,
 * but the build only hands the value to JSZip, which takes any Uint8Array.
 */
function mammothInput(bytes: Uint8Array): { arrayBuffer: ArrayBuffer } {
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  return { arrayBuffer, buffer: bytes } as { arrayBuffer: ArrayBuffer };
}

/**
 * A simple field's start tag (group 2 is `/` when it is self-closing; group 1 its attributes,
 * whose quoted values may hold a `>` or `/`) or its end tag. No `<` is allowed in a tag, so a
 * damaged one is given up at the next `<` rather than searched to the end of the part each time.
 */
const FLD_SIMPLE_TAG =
  /<w:fldSimple(?=[\s/>])((?:[^<>"'/]|\/(?!>)|"[^<"]*"|'[^<']*')*)(\/?)>|<\/w:fldSimple\s*>/g;
const FLD_INSTR = /(?:^|\s)w:instr\s*=\s*(?:"([^"]*)"|'([^']*)')/;

const fieldRun = (inner: string) => `<w:r>${inner}</w:r>`;
const FIELD_SEPARATE = fieldRun('<w:fldChar w:fldCharType="separate"/>');
const FIELD_END = fieldRun('<w:fldChar w:fldCharType="end"/>');

/** The begin, instruction and separator runs a complex field opens with. */
function fieldStart(attrs: string): string {
  const m = FLD_INSTR.exec(attrs);
  // The attribute's value is still escaped XML, and as valid in element text as in an attribute.
  const instr = m?.[1] ?? m?.[2] ?? '';
  return (
    fieldRun('<w:fldChar w:fldCharType="begin"/>') +
    fieldRun(`<w:instrText xml:space="preserve">${instr}</w:instrText>`) +
    FIELD_SEPARATE
  );
}

/**
 * Rewrites every `w:fldSimple` in a document part as the equivalent complex field. Each start
 * tag becomes the field's opening runs and each end tag its end run, in place, with the content
 * between them kept as it is; so a simple field nested in another (the schema allows it) becomes a
 * complex field nested in another, which mammoth reads with its field stack, however deep.
 * Start and end tags are paired as XML pairs them, and a tag left without a partner (a damaged
 * part) is dropped, keeping its text: a field begun and never ended would turn the rest of the
 * document into one link.
 */
export function simpleFieldsToComplex(xml: string): string {
  const tags = [...xml.matchAll(FLD_SIMPLE_TAG)];
  if (tags.length === 0) return xml;
  const replacement: string[] = tags.map(() => '');
  const open: number[] = [];
  tags.forEach((tag, i) => {
    const [whole, attrs = '', selfClosing] = tag;
    if (whole.startsWith('</')) {
      const start = open.pop();
      if (start === undefined) return;
      replacement[start] = fieldStart(tags[start]![1] ?? '');
      replacement[i] = FIELD_END;
    } else if (selfClosing) {
      replacement[i] = fieldStart(attrs) + FIELD_END;
    } else {
      open.push(i);
    }
  });
  let out = '';
  let at = 0;
  tags.forEach((tag, i) => {
    out += xml.slice(at, tag.index) + replacement[i];
    at = tag.index + tag[0].length;
  });
  return out + xml.slice(at);
}

/**
 * Mammoth reads complex fields (fldChar … instrText … fldChar) but skips `w:fldSimple` with its
 * text: a caption's figure number, a hyperlink's words, a DATE field's date. Rewritten as the
 * equivalent complex field, the text comes through (and a HYPERLINK stays a link). Only the
 * document part is touched, and only when it has one.
 */
async function withComplexFields(
  zip: JSZip,
  bytes: Uint8Array,
): Promise<{ arrayBuffer: ArrayBuffer }> {
  const part = zip.file('word/document.xml');
  const xml = part ? await part.async('string') : '';
  if (!xml.includes('<w:fldSimple')) return mammothInput(bytes);
  zip.file('word/document.xml', simpleFieldsToComplex(xml));
  return mammothInput(await zip.generateAsync({ type: 'uint8array' }));
}

/**
 * dc:language is whatever the writing tool was set to (LibreOffice writes its UI locale, often
 * en-US, into Indonesian copy), so the text's own evidence wins; the property only adds the
 * region when the two agree.
 */
function declaredLanguage(core: CoreProperties, text: string): string | null {
  const guessed = guessLanguage(text).language;
  const stated = core.language?.trim();
  if (!guessed) return stated || null;
  return stated && stated.toLowerCase().split('-')[0] === guessed ? stated : guessed;
}

/**
 * What an editor left in the draft that the article model has no place for: comments and
 * tracked changes. Mammoth drops comments and shows the document as if every change were
 * accepted (insertions kept, deletions gone); the desk should know that before publishing.
 */
async function reviewMarkup(zip: JSZip): Promise<ImportReportItem[]> {
  const items: ImportReportItem[] = [];
  const comments = await zip.file('word/comments.xml')?.async('string');
  const nComments = comments?.match(/<w:comment\b/g)?.length ?? 0;
  if (nComments > 0) {
    items.push(
      reportItem(
        'docx-comments',
        `${nComments} comment(s)`,
        'dropped',
        'comments in the Word document are not imported; read them in Word before publishing',
      ),
    );
  }
  const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const insertions = body.match(/<w:ins\b/g)?.length ?? 0;
  const deletions = body.match(/<w:del\b/g)?.length ?? 0;
  if (insertions + deletions > 0) {
    items.push(
      reportItem(
        'docx-tracked-changes',
        `${insertions} insertion(s), ${deletions} deletion(s)`,
        'warning',
        'tracked changes were imported as if accepted: insertions kept, deletions left out',
      ),
    );
  }
  return items;
}

/** Mammoth notes worth an editor's attention; unknown style names are routine and skipped. */
function mammothItems(messages: readonly { type: string; message: string }[]): ImportReportItem[] {
  return messages
    .filter((m) => !/^Unrecognised (?:paragraph|run|table|numbering) style/i.test(m.message))
    .map((m) => reportItem('docx-conversion', m.message, 'warning'));
}

/** Imports a DOCX given as bytes. */
export async function importDocxBytes(
  bytes: Uint8Array,
  options: ImportOptions,
  name?: string,
): Promise<Article> {
  const zip = await openArchive(bytes, name);
  let core: CoreProperties;
  let review: ImportReportItem[];
  try {
    core = await readCoreProperties(zip);
    review = await reviewMarkup(zip);
  } catch (e) {
    // An entry whose compressed data is damaged fails only when it is inflated (JSZip:
    // "uncompressed data size mismatch", found by the importer fuzz).
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new ImportError(
      'broken-archive',
      `${describe(name)} is a damaged Word document: ${why}.`,
    );
  }

  const omitted: { contentType: string; bytes: number }[] = [];
  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml(await withComplexFields(zip, bytes), {
      styleMap: [...DOCX_STYLE_MAP],
      // Pictures up to the embedding limit travel inside the article as data: URIs; larger
      // ones keep their alt text and caption and are reported (see html/images.ts).
      convertImage: mammoth.images.imgElement(async (image) => {
        const base64 = await image.readAsBase64String();
        const size = Math.floor((base64.length * 3) / 4);
        if (size <= MAX_EMBEDDED_IMAGE_BYTES) {
          return { src: `data:${image.contentType};base64,${base64}` };
        }
        omitted.push({ contentType: image.contentType, bytes: size });
        return { src: `${OMITTED_IMAGE}${omitted.length - 1}` };
      }),
    });
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new ImportError(
      'broken-archive',
      `${describe(name)} is a damaged Word document: ${why}.`,
    );
  }

  const html = parseDocument(converted.value, { decodeEntities: true });
  const plain = textContent(html.children);
  const { profile, language } = chooseProfile(options, declaredLanguage(core, plain), plain);
  const result = convertNodes(html.children, {
    profile,
    resolveImage: (src) => {
      if (!src?.startsWith(OMITTED_IMAGE)) return resolveImageSrc(src);
      const info = omitted[Number(src.slice(OMITTED_IMAGE.length))];
      return {
        src: null,
        item: reportItem(
          'image-not-embedded',
          info ? `${info.contentType}, ${info.bytes} bytes` : src,
          'set-aside',
          `pictures over ${MAX_EMBEDDED_IMAGE_BYTES} bytes stay in the DOCX; attach the file to the figure`,
        ),
      };
    },
  });
  const { hints } = result;

  const headline = hints.headline ?? core.title ?? null;
  let authors = hints.authors;
  if (authors.length === 0 && core.creator && !PLACEHOLDER_CREATORS.test(core.creator)) {
    authors = splitAuthorNames(core.creator, profile) ?? [core.creator];
  }

  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(core)) if (v) extra[`docx.${k}`] = v;

  return assembleArticle({
    format: 'docx',
    name,
    idSource: `docx:${hashBytes(bytes)}`,
    language,
    profile,
    headline,
    headlineKnown: headline !== null,
    subheadline: hints.subheadline,
    authors,
    // The Date paragraph is what the writer typed; dcterms:created is only when the file began.
    dates: [...hints.dates, ...(core.created ? [core.created] : [])],
    tags: core.keywords
      ? core.keywords
          .split(/[,;]/)
          .map((t) => t.trim())
          .filter(Boolean)
      : [],
    extra,
    blocks: result.blocks,
    items: [...review, ...mammothItems(converted.messages), ...result.items],
  });
}

/** Central-directory and local-header names are plain bytes, so a DOCX shows its parts' names. */
function mentions(bytes: Uint8Array, needle: string): boolean {
  const target = new TextEncoder().encode(needle);
  const windows = [bytes.subarray(0, 65536), bytes.subarray(Math.max(0, bytes.length - 65536))];
  for (const w of windows) {
    outer: for (let i = 0; i + target.length <= w.length; i++) {
      for (let j = 0; j < target.length; j++) if (w[i + j] !== target[j]) continue outer;
      return true;
    }
  }
  return false;
}

export const docxImporter: Importer = {
  id: 'docx',
  label: 'Word document (.docx)',
  extensions: ['.docx'],
  detect({ bytes, name }) {
    if (!isZip(bytes)) return 0;
    if (mentions(bytes, 'word/document.xml') || mentions(bytes, 'word/_rels')) return 0.95;
    return /\.docx$/i.test(name ?? '') ? 0.6 : 0;
  },
  async import(input, options) {
    return importDocxBytes(input.bytes, options, input.name);
  },
};
