import type { Article } from '../../model/article';
import type { Profile } from '../../profiles/profile';
import { creditGroups, creditText, words } from '../labels';
import { escapeAttr, escapeText } from './escape';

/**
 * The credits as a `<footer>` of role/name pairs ("Penulis", "Editor", …), the HTML form of the
 * credit lines a wire story ends with. The page and the CMS fragment both end with it, so the
 * people who made the story travel with the copy wherever it is pasted. No lines when nobody is
 * credited.
 */
export function creditsFooterHtml(article: Article, profile?: Profile): string[] {
  const groups = creditGroups(article, profile);
  if (groups.length === 0) return [];
  const lines = [
    `<footer class="credits" aria-label="${escapeAttr(words(article.language).credits)}">`,
    '  <dl>',
  ];
  for (const g of groups) {
    lines.push(`    <dt>${escapeText(g.label)}</dt>`);
    for (const c of g.credits) lines.push(`    <dd>${escapeText(creditText(c))}</dd>`);
  }
  lines.push('  </dl>', '</footer>');
  return lines;
}
