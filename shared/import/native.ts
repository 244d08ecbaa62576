import { ArticleSchema, type Article } from '../model/article';
import { migrate } from '../model/migrate';
import { decodeText } from './decode';
import { ImportError } from './errors';
import type { Importer } from './types';

/** Reads our own `.newsroom.json`: migrated to the current schema, then validated. */
export function parseNativeArticle(text: string, origin = 'the file'): Article {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportError('invalid-json', `${origin} is not valid JSON: ${(e as Error).message}.`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ImportError(
      'schema',
      `${origin} is JSON but not a newsroom article (expected an object).`,
    );
  }
  const migrated = migrate(data as Record<string, unknown>, origin);
  const parsed = ArticleSchema.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : '(article)';
    throw new ImportError(
      'schema',
      `${origin} is not a valid newsroom article: ${where}: ${first?.message ?? 'invalid'}.`,
    );
  }
  return parsed.data;
}

export function serializeNativeArticle(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

export const nativeImporter: Importer = {
  id: 'native',
  label: 'Newsroom Desk article (.newsroom.json)',
  extensions: ['.newsroom.json'],
  detect({ bytes, name }) {
    const head = new TextDecoder().decode(bytes.subarray(0, 4096));
    if (/^\s*\{/.test(head) && /"schemaVersion"\s*:/.test(head) && /"blocks"\s*:/.test(head))
      return 0.95;
    if (name?.endsWith('.newsroom.json') && /^\s*\{/.test(head)) return 0.9;
    return 0;
  },
  async import(input) {
    const { text } = decodeText(input.bytes, input.name);
    return parseNativeArticle(text, input.name ?? 'the file');
  },
};
