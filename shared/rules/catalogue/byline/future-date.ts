import { parsePublished } from '../../support/dates';
import type { ArticleRule } from '../../types';

/** A publication time ahead of now is usually a wrong year, month or time zone. */
export const bylineFutureDate: ArticleRule = {
  id: 'byline/future-date',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article, profile, now }) {
    const value = article.byline.published;
    const published = value === null ? null : parsePublished(value);
    if (!value || !published) return [];
    const aheadMinutes = Math.floor((published.toMillis() - now.getTime()) / 60_000);
    if (aheadMinutes <= profile.thresholds.futureToleranceMinutes) return [];
    const hours = Math.round(aheadMinutes / 60);
    return [
      {
        messageId: aheadMinutes >= 120 ? 'hours' : 'minutes',
        field: 'byline.published',
        values: { value, minutes: aheadMinutes, hours },
      },
    ];
  },
};
