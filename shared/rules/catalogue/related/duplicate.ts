import { removeBlock } from '../../support/edit';
import { urlKey } from '../../support/url';
import type { ArticleRule, Finding } from '../../types';

const titleKey = (t: string): string => t.trim().replace(/\s+/g, ' ').toLowerCase();

/** The same link twice in one story; the later one is flagged. */
export const relatedDuplicate: ArticleRule = {
  id: 'related/duplicate',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    const seen = new Map<string, { index: number; title: string }>();
    const out: Finding[] = [];
    article.blocks.forEach((b, i) => {
      if (b.type !== 'related' || !b.url?.trim()) return;
      const key = urlKey(b.url);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { index: i, title: b.title });
        return;
      }
      const blockId = b.id;
      const url = b.url;
      out.push({
        blockIndex: i,
        field: 'url',
        values: { url, first: first.index + 1 },
        fixes: [
          {
            id: 'remove',
            // Safe only when nothing is lost: same link and same title.
            safe: titleKey(first.title) === titleKey(b.title),
            apply: (a) =>
              a.blocks.some((x) => x.id === blockId && x.type === 'related' && x.url === url)
                ? removeBlock(a, blockId)
                : a,
          },
        ],
      });
    });
    return out;
  },
};
