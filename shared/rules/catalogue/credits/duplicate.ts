import { nameKey } from '../../support/names';
import type { ArticleRule, Finding } from '../../types';

/** The same person in the same role twice (an importer read both the byline and a sign-off). */
export const creditsDuplicate: ArticleRule = {
  id: 'credits/duplicate',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    const seen = new Map<string, number>();
    const out: Finding[] = [];
    article.credits.forEach((c, j) => {
      const key = `${c.role.toLowerCase()}|${nameKey(c.name)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, j);
        return;
      }
      out.push({
        field: `credits.${j}`,
        values: { name: c.name, role: c.role, first: first + 1 },
        fixes: [
          {
            id: 'remove',
            // Safe unless the later one carries a note the first lacks.
            safe: !c.note || c.note === article.credits[first]!.note,
            apply: (a) => {
              const x = a.credits[j];
              if (!x || x.name !== c.name || x.role !== c.role) return a;
              return { ...a, credits: a.credits.filter((_, k) => k !== j) };
            },
          },
        ],
      });
    });
    return out;
  },
};
