import { isOutletName, nameKey } from '../../support/names';
import type { ArticleRule, Finding } from '../../types';

/** With a roster set, a byline name nobody on staff has is a typo or a missing roster entry. */
export const bylineUnknownAuthor: ArticleRule = {
  id: 'byline/unknown-author',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article, profile }) {
    if (profile.roster.length === 0) return [];
    const known = new Set(profile.roster.map((r) => nameKey(r.name)));
    const out: Finding[] = [];
    article.byline.authors.forEach(({ name }, i) => {
      if (name.trim() === '' || known.has(nameKey(name))) return;
      // An agency byline ("ANTARA", "Reuters") is not a member of staff.
      if (isOutletName(name, profile.conventions.outlets)) return;
      out.push({ field: `byline.authors.${i}`, values: { name }, start: 0, end: name.length });
    });
    return out;
  },
};
