import type { ArticleRule } from '../../types';

export const headlineMissing: ArticleRule = {
  id: 'headline/missing',
  defaultSeverity: 'error',
  scope: 'article',
  check({ article }) {
    return article.headline.trim() === '' ? [{ field: 'headline' }] : [];
  },
};
