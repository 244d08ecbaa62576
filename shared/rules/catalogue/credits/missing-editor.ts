import type { ArticleRule } from '../../types';

/** Who edited the story: the desk needs it for corrections and for the archive. */
export const creditsMissingEditor: ArticleRule = {
  id: 'credits/missing-editor',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    return article.credits.some((c) => c.role === 'editor' && c.name.trim() !== '')
      ? []
      : [{ field: 'credits' }];
  },
};
