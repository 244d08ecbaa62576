import { hashString } from '../util/hash';
import {
  ArticleSchema,
  SCHEMA_VERSION,
  type Article,
  type ArticleInput,
  type Block,
  type ImportReport,
} from './article';

/** Hands out block ids that are unique within one article and stable for the same input. */
export class BlockIds {
  private next = 1;
  constructor(private readonly prefix = 'b') {}
  take(): string {
    return `${this.prefix}${this.next++}`;
  }
  /** Continue after the highest id already in use, so edits never collide with imported ids. */
  static after(blocks: readonly Block[], prefix = 'b'): BlockIds {
    const ids = new BlockIds(prefix);
    const pattern = new RegExp(`^${prefix}(\\d+)$`);
    for (const b of blocks) {
      const m = pattern.exec(b.id);
      if (m?.[1]) ids.next = Math.max(ids.next, Number(m[1]) + 1);
    }
    return ids;
  }
}

/** A new, random-enough id for articles created in the app (not derived from content). */
export function newArticleId(seed = `${Date.now()}-${Math.random()}`): string {
  return `art-${hashString(seed)}`;
}

/** An article id derived from the source, so importing the same file twice gives the same id. */
export function articleIdFromSource(source: string): string {
  return `art-${hashString(source)}`;
}

export interface ArticleParts extends Partial<Omit<ArticleInput, 'schemaVersion'>> {
  importReport?: ImportReport;
}

/** Builds a complete, schema-valid article from the parts an importer found; fills defaults. */
export function createArticle(parts: ArticleParts = {}): Article {
  const input: ArticleInput = {
    schemaVersion: SCHEMA_VERSION,
    id: parts.id ?? newArticleId(),
    language: parts.language ?? 'en',
    headline: parts.headline ?? '',
    subheadline: parts.subheadline ?? null,
    slug: parts.slug ?? null,
    byline: parts.byline ?? { authors: [], published: null },
    dateline: parts.dateline ?? null,
    blocks: parts.blocks ?? [],
    credits: parts.credits ?? [],
    metadata: parts.metadata ?? { tags: [], extra: {} },
    importReport: parts.importReport ?? { format: 'new', items: [] },
  };
  return ArticleSchema.parse(input);
}
