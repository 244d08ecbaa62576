import type { Article } from '../model/article';
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

/** The importer most confident about this content, or an `unsupported` error. */
export function detectImporter(input: ImportInput): Importer {
  if (input.bytes.length === 0) {
    throw new ImportError('empty', `${input.name ?? 'The file'} is empty.`);
  }
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
  return best;
}

/** Detects the format and imports. The one entry point every door uses. */
export async function importDraft(
  input: ImportInput,
  options: ImportOptions & { format?: string } = {},
): Promise<Article> {
  const importer = options.format ? getImporter(options.format) : detectImporter(input);
  if (!importer) throw new ImportError('unsupported', `Unknown import format "${options.format}".`);
  return importer.import(input, options);
}
