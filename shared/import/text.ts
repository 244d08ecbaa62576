import type { Article, ParagraphBlock } from '../model/article';
import { articleIdFromSource, BlockIds, createArticle } from '../model/create';
import { defaultProfileFor } from '../profiles';
import type { Profile } from '../profiles/profile';
import { decodeText, looksBinary } from './decode';
import { ImportError } from './errors';
import { guessLanguage } from './language';
import type { Importer } from './types';
import { applyWireConventions, isStandaloneConvention } from './wire';

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/u;

/**
 * A run of lines is hard-wrapped prose (an e-mailed wire, a terminal editor) when every line but
 * the last fills most of a narrow measure. Otherwise each line is its own paragraph, as scraped
 * copy and one-line-per-paragraph drafts have it.
 */
function isHardWrapped(lines: readonly string[], profile: Profile, first: boolean): boolean {
  if (lines.length < 2) return false;
  // The opening lines are a headline and what follows it, unless the second plainly continues
  // a sentence.
  if (first && !/^[\p{Ll}\p{N}]/u.test(lines[1]!.trim())) return false;
  const lengths = lines.map((l) => l.trim().length);
  const width = Math.max(...lengths);
  if (width > 100 || width < 40) return false;
  const full = Math.max(30, Math.floor(width * 0.6));
  if (!lengths.slice(0, -1).every((n) => n >= full)) return false;
  return !lines.some((l, i) => i > 0 && isStandaloneConvention(l, profile));
}

export interface TextParagraphs {
  blocks: ParagraphBlock[];
  /** 1-based line on which each block starts. */
  lines: Record<string, number>;
}

/** Splits plain text into paragraph blocks: blank lines separate, wrapped lines are joined. */
export function splitParagraphs(text: string, profile: Profile): TextParagraphs {
  const ids = new BlockIds();
  const blocks: ParagraphBlock[] = [];
  const lines: Record<string, number> = {};
  const all = text.split('\n');
  const push = (body: string, line: number) => {
    const id = ids.take();
    blocks.push({ id, type: 'paragraph', text: body, marks: [] });
    lines[id] = line;
  };
  let i = 0;
  while (i < all.length) {
    if (BLANK.test(all[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < all.length && !BLANK.test(all[i]!)) i++;
    const chunk = all.slice(start, i);
    if (isHardWrapped(chunk, profile, blocks.length === 0))
      push(chunk.map((l) => l.trim()).join(' '), start + 1);
    else chunk.forEach((l, k) => push(l, start + k + 1));
  }
  return { blocks, lines };
}

/** Imports decoded plain text: paragraphs, then the wire conventions of the profile. */
export function importPlainText(
  text: string,
  options: { profile?: Profile; name?: string } = {},
): Article {
  if (BLANK.test(text)) {
    throw new ImportError('empty', `${options.name ?? 'The file'} has no text in it.`);
  }
  const guess = guessLanguage(text);
  const profile = options.profile ?? defaultProfileFor(guess.language);
  const { blocks, lines } = splitParagraphs(text, profile);
  const article = createArticle({
    id: articleIdFromSource(text),
    language: guess.language ?? profile.language,
    blocks,
    metadata: { profile: profile.id, tags: [], extra: {} },
    importReport: {
      format: 'text',
      ...(options.name ? { source: options.name } : {}),
      profile: profile.id,
      items: [],
    },
  });
  return applyWireConventions(article, { profile, blockLines: lines });
}

export const textImporter: Importer = {
  id: 'text',
  label: 'Plain text or wire copy (.txt)',
  extensions: ['.txt', '.text'],
  detect({ bytes, name }) {
    if (bytes.length === 0) return 0;
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!utf16 && looksBinary(bytes)) return 0;
    // The catch-all: any readable text, a little surer when the name says so.
    return name && /\.(?:txt|text)$/i.test(name) ? 0.3 : 0.1;
  },
  async import(input, options) {
    const { text } = decodeText(input.bytes, input.name ?? 'The file');
    return importPlainText(text, { profile: options.profile, name: input.name });
  },
};
