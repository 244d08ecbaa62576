import { parsePublished } from '../../support/dates';
import type { ArticleRule } from '../../types';

/** Exports and feeds need a real instant: ISO 8601 with an offset, a date that exists. */
export const bylineInvalidDate: ArticleRule = {
  id: 'byline/invalid-date',
  defaultSeverity: 'error',
  scope: 'article',
  check({ article }) {
    const value = article.byline.published;
    if (value === null || parsePublished(value)) return [];
    return [{ field: 'byline.published', values: { value }, start: 0, end: value.length }];
  },
};
