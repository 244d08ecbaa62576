import type { ArticleRule } from '../../types';

/** Where the story was reported from; wire and newspaper style both open with it. */
export const datelineMissing: ArticleRule = {
  id: 'dateline/missing',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    return !article.dateline || article.dateline.place.trim() === '' ? [{ field: 'dateline' }] : [];
  },
};
