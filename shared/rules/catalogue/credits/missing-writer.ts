import type { ArticleRule, FindingFix } from '../../types';

/** Every story credits who wrote it; the byline authors are the obvious writers. */
export const creditsMissingWriter: ArticleRule = {
  id: 'credits/missing-writer',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    if (article.credits.some((c) => c.role === 'writer' && c.name.trim() !== '')) return [];
    const names = article.byline.authors.map((a) => a.name.trim()).filter((n) => n !== '');
    const fixes: FindingFix[] = names.length
      ? [
          {
            id: 'addBylineAuthors',
            safe: true,
            values: { names: names.join(', ') },
            apply: (a) =>
              a.credits.some((c) => c.role === 'writer')
                ? a
                : {
                    ...a,
                    credits: [...a.credits, ...names.map((name) => ({ name, role: 'writer' }))],
                  },
          },
        ]
      : [];
    return [{ field: 'credits', fixes }];
  },
};
