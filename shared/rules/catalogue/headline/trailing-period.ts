import type { ArticleRule } from '../../types';

/** A short word with its own full stop: "Inc.", "dll.", "Jr.", an initial. */
const ABBREVIATION = /(?:^|\s)(?:\p{L}{1,3}|\p{L}(?:\.\p{L})+)\.$/u;

/**
 * Headlines carry no full stop in either language's house style; a question or exclamation
 * mark, an ellipsis or an abbreviation's own stop is fine.
 */
export const headlineTrailingPeriod: ArticleRule = {
  id: 'headline/trailing-period',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    const headline = article.headline;
    const trimmed = headline.trimEnd();
    if (!trimmed.endsWith('.') || trimmed.endsWith('..') || ABBREVIATION.test(trimmed)) return [];
    const end = trimmed.length;
    return [
      {
        field: 'headline',
        start: end - 1,
        end,
        fixes: [
          {
            id: 'remove',
            safe: true,
            apply: (a) =>
              a.headline === headline ? { ...a, headline: trimmed.slice(0, -1).trimEnd() } : a,
          },
        ],
      },
    ];
  },
};
