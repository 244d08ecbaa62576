import type { Article } from '../model/article';
import { decodeText } from './decode';
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

const NAMED_TEXT = /\.(?:txt|text)$/i;

/**
 * The plain-text importer reads any readable text, so a file in a format the desk does not
 * import would otherwise come out as an article whose headline is markup. Refuses what is
 * plainly such a file. A file named .txt is taken at its word for JSON and XML (prose may start
 * with "[" or "<", and pasted copy arrives as pasted.txt); RTF and PDF signatures never are prose.
 */
function refuseNonDraft(input: ImportInput): void {
  const name = input.name ?? 'The file';
  const head = new TextDecoder('utf-8')
    .decode(input.bytes.subarray(0, 1024))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^\{\\rtf/.test(head)) {
    throw new ImportError(
      'unsupported',
      `${name} is an RTF document; save it as Word (.docx) or plain text to import it.`,
    );
  }
  if (head.startsWith('%PDF-')) {
    throw new ImportError(
      'unsupported',
      `${name} is a PDF; import the Word, text or HTML file it was made from.`,
    );
  }
  if (NAMED_TEXT.test(name)) return;
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
    throw new ImportError(
      'unsupported',
      `${input.name ?? 'The file'} is not a format Newsroom Desk can import.`,
    );
  }
  if (best === textImporter) refuseNonDraft(input);
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
