import { isAllCaps } from '../../support/names';
import type { ArticleRule } from '../../types';

/**
 * A headline in capitals reads as shouting and defeats the site's own styling. No automatic fix:
 * sentence or title case, and which words are acronyms, is an editor's call.
 */
export const headlineAllCaps: ArticleRule = {
  id: 'headline/all-caps',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    const h = article.headline;
    // One capitalised word ("BREAKING", "NASA") is a label, not a shouted headline.
    if (!isAllCaps(h) || h.trim().split(/\s+/).length < 2) return [];
    return [{ field: 'headline', start: 0, end: h.length }];
  },
};
