import { KNOWN_CREDIT_ROLES } from '../../../model/article';
import type { ArticleRule, Finding } from '../../types';

/** Roles exporters can map: the known ones plus those the profile adds. */
export const creditsUnknownRole: ArticleRule = {
  id: 'credits/unknown-role',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article, profile }) {
    const known = new Set<string>([...KNOWN_CREDIT_ROLES, ...profile.extraCreditRoles]);
    const out: Finding[] = [];
    article.credits.forEach((c, j) => {
      if (known.has(c.role)) return;
      out.push({
        field: `credits.${j}`,
        values: { name: c.name, role: c.role, known: [...known].join(', ') },
      });
    });
    return out;
  },
};
