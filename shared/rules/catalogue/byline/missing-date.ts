import type { ArticleRule } from '../../types';

export const bylineMissingDate: ArticleRule = {
  id: 'byline/missing-date',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    return article.byline.published === null ? [{ field: 'byline.published' }] : [];
  },
};
