import type { Article } from '../../../model/article';
import {
  isAllCaps,
  isOutletName,
  looksLikeInitials,
  startsLowerCase,
  titleCaseName,
} from '../../support/names';
import type { ArticleRule, Finding } from '../../types';

/** "By" / "Oleh" left in front of the name by a copy-paste from the byline line. */
const PREFIX = /^\s*(by|oleh)\b[\s:]*/iu;
/** Punctuation around a name: "(Kelvin Yurcel)", "Willy Haryono,", "- Sari". */
const LEADING = /^[\s\p{P}\p{S}]+/u;
const TRAILING = /[\s\p{P}\p{S}]+$/u;
/** A final full stop that belongs to the name: "Jr.", "Sr.", an initial "S.". */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}|Jr|Sr|Hj|Ir|Dr)\.$/u;

function renameAuthor(article: Article, index: number, from: string, to: string): Article {
  const author = article.byline.authors[index];
  if (!author || author.name !== from) return article;
  const authors = article.byline.authors.slice();
  authors[index] = { ...author, name: to };
  return { ...article, byline: { ...article.byline, authors } };
}

function strayPunctuation(name: string): { start: number; end: number; cleaned: string } | null {
  const lead = LEADING.exec(name)?.[0].length ?? 0;
  let trail = TRAILING.exec(name)?.[0].length ?? 0;
  if (trail > 0 && trail < name.length) {
    const core = name.slice(0, name.length - trail);
    // Keep the full stop of "Jr." or an initial, drop only what follows it.
    if (name[core.length] === '.' && ABBREVIATION_END.test(`${core}.`)) trail--;
  }
  const hasPunct = (s: string): boolean => /[\p{P}\p{S}]/u.test(s);
  const leadPunct = hasPunct(name.slice(0, lead));
  const trailPunct = trail > 0 && hasPunct(name.slice(name.length - trail));
  if (!leadPunct && !trailPunct) return null;
  return {
    start: leadPunct ? 0 : name.length - trail,
    end: trailPunct ? name.length : lead,
    cleaned: name.slice(lead, name.length - trail).trim(),
  };
}

/** Names as they should print: no "By", no shouting, no stray punctuation. */
export const bylineAuthorFormat: ArticleRule = {
  id: 'byline/author-format',
  defaultSeverity: 'warning',
  scope: 'article',
  check({ article, profile }) {
    const out: Finding[] = [];
    article.byline.authors.forEach(({ name }, i) => {
      if (name.trim() === '') return;
      const field = `byline.authors.${i}`;
      const prefix = PREFIX.exec(name);
      if (prefix && prefix[0].length < name.length) {
        const stripped = name.slice(prefix[0].length).trim();
        out.push({
          messageId: 'prefix',
          values: { name, prefix: prefix[1]! },
          field,
          start: 0,
          end: prefix[0].length,
          fixes: [
            {
              id: 'strip',
              safe: true,
              values: { name: stripped },
              apply: (a) => renameAuthor(a, i, name, stripped),
            },
          ],
        });
        return;
      }
      const stray = strayPunctuation(name);
      if (stray && stray.cleaned !== '') {
        out.push({
          messageId: 'punctuation',
          values: { name },
          field,
          start: stray.start,
          end: stray.end,
          fixes: [
            {
              id: 'strip',
              safe: true,
              values: { name: stray.cleaned },
              apply: (a) => renameAuthor(a, i, name, stray.cleaned),
            },
          ],
        });
      }
      // "Willy Haryono • 29 September 2025": the byline line was not split into name and date.
      const digits = /\p{Nd}/u.exec(name);
      if (digits) {
        out.push({
          messageId: 'digits',
          values: { name },
          field,
          start: digits.index,
          end: name.length,
        });
      }
      // Agencies and acronyms print in capitals ("ANTARA", "AFP"); a one-word name of six letters
      // or more is an Indonesian mononym ("SUKARNO") and is flagged like any other name.
      const acronym = /^\p{Lu}{1,5}$/u.test(name.trim());
      const agency = acronym || isOutletName(name, profile.conventions.outlets);
      // "willy haryono", or "wILLY hARYONO" typed with caps lock on. A desk's initials ("nkh")
      // are written lower case on purpose.
      const lowered = startsLowerCase(name) && !looksLikeInitials(name) && !agency;
      if ((isAllCaps(name) && !agency) || lowered) {
        const suggestion = titleCaseName(name.trim());
        out.push({
          messageId: lowered ? 'lowerCase' : 'allCaps',
          values: { name, suggestion },
          field,
          start: 0,
          end: name.length,
          // Not safe: only a person knows "McDONALD", "de SOUZA" or "bell hooks".
          fixes: [
            {
              id: 'titleCase',
              safe: false,
              values: { name: suggestion },
              apply: (a) => renameAuthor(a, i, name, suggestion),
            },
          ],
        });
      }
    });
    return out;
  },
};
