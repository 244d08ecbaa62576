import type { ArticleRule, Finding } from '../../types';

/** Copy, as opposed to what hangs off it: a photo may open or close a story like a link may. */
const isCopy = (type: string): boolean => type !== 'related' && type !== 'figure';

/**
 * Where related links may sit. Flagged: a link before any copy (a lead photo may come first), so
 * the reader meets it before the lede, and two links in a row (a link farm; the house style is
 * one link between paragraphs). After the last of the copy the profile decides
 * (`relatedLinkLast`): `allow` one link there (Indonesian copy often ends with a last "Baca
 * juga"), `list` a closing list (English outlets end with "Related" and several links), `flag`
 * any (links belong between paragraphs).
 */
export const relatedPlacement: ArticleRule = {
  id: 'related/placement',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article, profile }) {
    const out: Finding[] = [];
    const blocks = article.blocks;
    const after = profile.relatedLinkLast;
    let lastCopy = -1;
    if (after !== 'allow') {
      for (let i = blocks.length - 1; i >= 0; i--) {
        if (isCopy(blocks[i]!.type)) {
          lastCopy = i;
          break;
        }
      }
    }
    let seenCopy = false;
    for (let i = 0; i < blocks.length; i++) {
      const type = blocks[i]!.type;
      if (type !== 'related') {
        if (isCopy(type)) seenCopy = true;
        continue;
      }
      const closing = after !== 'allow' && i > lastCopy;
      if (!seenCopy) out.push({ messageId: 'first', blockIndex: i });
      else if (closing && after === 'list') continue;
      else if (blocks[i - 1]!.type === 'related')
        out.push({ messageId: 'adjacent', blockIndex: i });
      else if (closing) out.push({ messageId: 'last', blockIndex: i });
    }
    return out;
  },
};
