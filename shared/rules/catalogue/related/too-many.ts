import type { ArticleRule } from '../../types';

/** More related links than the house allows crowd out the story; flagged at the first extra. */
export const relatedTooMany: ArticleRule = {
  id: 'related/too-many',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article, profile }) {
    const max = profile.thresholds.maxRelated;
    const indices: number[] = [];
    article.blocks.forEach((b, i) => {
      if (b.type === 'related') indices.push(i);
    });
    if (indices.length <= max) return [];
    return [{ blockIndex: indices[max]!, values: { count: indices.length, max } }];
  },
};
