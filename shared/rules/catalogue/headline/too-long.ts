import type { ArticleRule } from '../../types';

/** Long headlines are cut off in feeds, search results and push alerts. */
export const headlineTooLong: ArticleRule = {
  id: 'headline/too-long',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article, profile }) {
    const max = profile.thresholds.headlineMaxLength;
    const length = article.headline.trimEnd().length;
    if (length <= max) return [];
    return [{ field: 'headline', values: { length, max }, start: max, end: length }];
  },
};
