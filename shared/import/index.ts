import type { Article } from '../model/article';
import { decodeText, isZip, looksBinary } from './decode';
import { ImportError } from './errors';
import { docxImporter } from './docx';
import { htmlImporter } from './html';
import { markdownImporter } from './markdown';
import { nativeImporter } from './native';
import { newsmlImporter } from './newsml';
import { ninjsImporter } from './ninjs';
import { textImporter } from './text';
import type { ImportInput, ImportOptions, Importer } from './types';

export * from './types';
export { ImportError, isImportError } from './errors';

/**
 * Every importer, most specific first. Ties in `detect` go to the earlier entry, so the
 * catch-all plain-text importer stays last.
 */
export const IMPORTERS: readonly Importer[] = [
  nativeImporter,
  ninjsImporter,
  newsmlImporter,
  docxImporter,
  htmlImporter,
  markdownImporter,
  textImporter,
];

export function getImporter(id: string): Importer | undefined {
  return IMPORTERS.find((i) => i.id === id);
}

/**
 * Windows saves "Unicode" text as UTF-16 with a BOM. Every detector reads the first bytes as
 * UTF-8, so such a file is re-encoded once here; otherwise a UTF-16 page, ninjs item or article
 * file would fall through to the plain-text importer and arrive as markup.
 */
function asUtf8(input: ImportInput): ImportInput {
  const [a, b] = input.bytes;
  const utf16 = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  if (!utf16) return input;
  const { text } = decodeText(input.bytes, input.name ?? 'The file');
  return { ...input, bytes: new TextEncoder().encode(text) };
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Formats drafts are often sent in that no importer reads, known by their first bytes. Without
 * this, the catch-all text importer would read an RTF or a text-only PDF as a story whose
 * headline is markup; the message names what to save the file as instead.
 */
function otherFormat(input: ImportInput): ImportError | null {
  const name = input.name ?? 'The file';
  const bytes = input.bytes;
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return new ImportError(
      'unsupported',
      `${name} is an old Office file (Word 97–2003 .doc or similar); save it as .docx to import it.`,
    );
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
  // An OpenDocument package stores its media type uncompressed as the first ZIP entry.
  if (isZip(bytes) && head.includes('application/vnd.oasis.opendocument')) {
    return new ImportError(
      'unsupported',
      `${name} is an OpenDocument file (LibreOffice .odt or similar); save it as Word (.docx) to import it.`,
    );
  }
  const start = head.replace(/^\u00ef\u00bb\u00bf/, '').trimStart();
  if (start.startsWith('{\\rtf')) {
    return new ImportError(
      'unsupported',
      `${name} is an RTF document; save it as Word (.docx) or plain text to import it.`,
    );
  }
  if (start.startsWith('%PDF-')) {
    return new ImportError(
      'unsupported',
      `${name} is a PDF; import the Word, text or HTML file it was made from.`,
    );
  }
  return null;
}

const NAMED_TEXT = /\.(?:txt|text)$/i;

/**
 * The plain-text importer reads any readable text, so JSON or XML that no importer claimed would
 * come out as an article whose headline is markup; refuses it instead. A file named .txt is
 * taken at its word (prose may open with "[" or "<", and pasted copy arrives as pasted.txt).
 */
function refuseStructuredData(input: ImportInput): void {
  const name = input.name ?? 'The file';
  if (NAMED_TEXT.test(name)) return;
  const head = new TextDecoder('utf-8')
    .decode(input.bytes.subarray(0, 1024))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^<\?xml\b/.test(head)) {
    throw new ImportError(
      'unsupported',
      `${name} is XML but not a NewsML-G2 news item or an XHTML page.`,
    );
  }
  if (!/^[{[]/.test(head)) return;
  const { text } = decodeText(input.bytes, name);
  try {
    JSON.parse(text);
  } catch (e) {
    // Prose may open with a bracket; only a file that says it is JSON is held to it.
    if (/\.json$/i.test(name))
      throw new ImportError('invalid-json', `${name} is not valid JSON: ${(e as Error).message}.`);
    return;
  }
  throw new ImportError(
    'unsupported',
    `${name} is JSON but neither a Newsroom Desk article nor a ninjs news item.`,
  );
}

/** The importer most confident about this content, or an `unsupported` error. */
export function detectImporter(raw: ImportInput): Importer {
  if (raw.bytes.length === 0) {
    throw new ImportError('empty', `${raw.name ?? 'The file'} is empty.`);
  }
  const input = asUtf8(raw);
  const other = otherFormat(input);
  if (other) throw other;
  let best: Importer | undefined;
  let bestScore = 0;
  for (const importer of IMPORTERS) {
    const score = importer.detect(input);
    if (score > bestScore) {
      best = importer;
      bestScore = score;
    }
  }
  if (!best) {
    if (looksBinary(input.bytes)) {
      throw new ImportError(
        'binary',
        `${input.name ?? 'The file'} is a binary file, not a draft in a format Newsroom Desk imports.`,
      );
    }
    throw new ImportError(
      'unsupported',
      `${input.name ?? 'The file'} is not a format Newsroom Desk can import.`,
    );
  }
  if (best === textImporter) refuseStructuredData(input);
  return best;
}

/** Detects the format and imports. The one entry point every door uses. */
export async function importDraft(
  raw: ImportInput,
  options: ImportOptions & { format?: string } = {},
): Promise<Article> {
  const input = asUtf8(raw);
  const importer = options.format ? getImporter(options.format) : detectImporter(input);
  if (!importer) throw new ImportError('unsupported', `Unknown import format "${options.format}".`);
  return importer.import(input, options);
}
