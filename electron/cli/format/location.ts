import { uiText, type Locale } from '../../../shared/i18n';
import type { Diagnostic } from '../../../shared/rules';

/**
 * Where a finding is, for people: "block 10 title, chars 63-72" ("blok 10 title, karakter 63-72"),
 * "byline.authors.0", "headline". Blocks and characters count from 1, as an editor would count
 * them; field names stay as the model spells them, like rule ids.
 */
export function describeWhere(d: Pick<Diagnostic, 'location'>, lang: Locale = 'en'): string {
  const { blockIndex, field, start, end } = d.location;
  let where =
    blockIndex !== null
      ? uiText(lang, 'where.block', { n: blockIndex + 1 })
      : (field ?? uiText(lang, 'where.article'));
  if (blockIndex !== null && field) where += ` ${field}`;
  if (start !== undefined && end !== undefined) {
    where += `, ${uiText(lang, 'where.chars', { start: start + 1, end })}`;
  }
  return where;
}
