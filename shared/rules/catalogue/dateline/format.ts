import type { Article } from '../../../model/article';
import type { ArticleRule, Finding } from '../../types';

/** The separator ("Beijing:", "JAKARTA -") belongs to the layout, not to the place. */
const TRAILING = /[\s:;,\-–—•|/]+$/u;
const LEADING = /^[\s:;,.\-–—•|/]+/u;

function setPlace(article: Article, from: string, to: string): Article {
  if (!article.dateline || article.dateline.place !== from) return article;
  return { ...article, dateline: { ...article.dateline, place: to } };
}

const capitalise = (place: string): string =>
  place.replace(
    /(^|[\s\-(])(\p{Ll})/gu,
    (_, sep: string, c: string) => sep + c.toLocaleUpperCase(),
  );

export const datelineFormat: ArticleRule = {
  id: 'dateline/format',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article }) {
    const place = article.dateline?.place;
    if (!place || place.trim() === '') return [];
    const out: Finding[] = [];
    const lead = LEADING.exec(place)?.[0] ?? '';
    const trail = TRAILING.exec(place)?.[0] ?? '';
    if (/\S/u.test(lead) || /\S/u.test(trail)) {
      const cleaned = place.slice(lead.length, place.length - trail.length).trim();
      out.push({
        messageId: 'punctuation',
        field: 'dateline.place',
        start: /\S/u.test(lead) ? 0 : place.length - trail.length,
        end: /\S/u.test(trail) ? place.length : lead.length,
        values: { place, cleaned },
        fixes: [
          {
            id: 'strip',
            safe: true,
            values: { place: cleaned },
            apply: (a) => setPlace(a, place, cleaned),
          },
        ],
      });
    }
    const hasLetters = /\p{L}/u.test(place);
    if (hasLetters && place === place.toLocaleLowerCase()) {
      const fixed = capitalise(place);
      out.push({
        messageId: 'lowercase',
        field: 'dateline.place',
        start: 0,
        end: place.length,
        values: { place, fixed },
        fixes: [
          {
            id: 'capitalise',
            safe: true,
            values: { place: fixed },
            apply: (a) => setPlace(a, place, fixed),
          },
        ],
      });
    }
    return out;
  },
};
