import type { ArticleRule, Finding } from '../../types';

/**
 * Where related links may sit. Indonesian outlets put "Baca juga" between paragraphs and English
 * ones put "Related" after the story, so the middle and the end are both fine. Flagged: a link
 * before any copy (a lead photo may come first) (the reader meets it before the lede) and two links in a row (a link farm;
 * the house style is one link between paragraphs). The last block being a link is deliberately
 * allowed: it is the usual "read next" place in both styles.
 */
export const relatedPlacement: ArticleRule = {
  id: 'related/placement',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    const out: Finding[] = [];
    const blocks = article.blocks;
    let seenCopy = false;
    for (let i = 0; i < blocks.length; i++) {
      const type = blocks[i]!.type;
      if (type !== 'related') {
        if (type !== 'figure') seenCopy = true;
        continue;
      }
      if (!seenCopy) out.push({ messageId: 'first', blockIndex: i });
      else if (blocks[i - 1]!.type === 'related')
        out.push({ messageId: 'adjacent', blockIndex: i });
    }
    return out;
  },
};
