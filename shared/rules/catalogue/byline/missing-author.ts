import type { ArticleRule } from '../../types';

/** A story with no named author cannot be attributed or credited. */
export const bylineMissingAuthor: ArticleRule = {
  id: 'byline/missing-author',
  defaultSeverity: 'error',
  scope: 'article',
  check({ article }) {
    return article.byline.authors.some((a) => a.name.trim() !== '') ? [] : [{ field: 'byline' }];
  },
};
