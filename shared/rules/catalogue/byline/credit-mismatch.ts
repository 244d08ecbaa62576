import { looksLikeInitials, nameKey } from '../../support/names';
import type { ArticleRule, Finding } from '../../types';

const BYLINE_ROLES = new Set(['writer', 'editor']);

/**
 * Byline and credits must tell the same story. Runs only once the article has credits at all:
 * an article with none gets `credits/missing-writer`, whose fix adds them.
 */
export const bylineCreditMismatch: ArticleRule = {
  id: 'byline/credit-mismatch',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    const { credits } = article;
    if (credits.length === 0) return [];
    const out: Finding[] = [];
    const credited = new Set(
      credits.filter((c) => BYLINE_ROLES.has(c.role)).map((c) => nameKey(c.name)),
    );
    const authors = article.byline.authors.filter((a) => a.name.trim() !== '');
    const authorKeys = new Set(authors.map((a) => nameKey(a.name)));
    article.byline.authors.forEach(({ name }, i) => {
      if (name.trim() === '' || credited.has(nameKey(name))) return;
      const credit = { name: name.trim(), role: 'writer' };
      out.push({
        messageId: 'authorNotCredited',
        field: `byline.authors.${i}`,
        values: { name },
        fixes: [
          {
            id: 'addCredit',
            safe: true,
            values: { name: credit.name },
            apply: (a) =>
              a.credits.some((c) => BYLINE_ROLES.has(c.role) && nameKey(c.name) === nameKey(name))
                ? a
                : { ...a, credits: [...a.credits, credit] },
          },
        ],
      });
    });
    credits.forEach((c, j) => {
      if (c.role !== 'writer' || c.name.trim() === '' || authorKeys.has(nameKey(c.name))) return;
      // Detik's "(nkh/imk)", AFP's "jm/sst": initials stand for a byline name we cannot match.
      if (looksLikeInitials(c.name)) return;
      out.push({
        messageId: 'writerNotInByline',
        field: `credits.${j}`,
        values: { name: c.name },
        fixes: [
          {
            id: 'addToByline',
            // Not safe: a writer credited for a sidebar need not share the byline.
            safe: false,
            values: { name: c.name },
            apply: (a) =>
              a.byline.authors.some((x) => nameKey(x.name) === nameKey(c.name))
                ? a
                : {
                    ...a,
                    byline: {
                      ...a.byline,
                      authors: [
                        ...a.byline.authors.filter((x) => x.name.trim() !== ''),
                        { name: c.name.trim() },
                      ],
                    },
                  },
          },
        ],
      });
    });
    return out;
  },
};
