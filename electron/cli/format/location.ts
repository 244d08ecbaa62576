import type { Diagnostic } from '../../../shared/rules';

/**
 * Where a finding is, for people: "block 10 title, chars 63-72", "byline.authors.0", "headline".
 * Blocks and characters count from 1, as an editor would count them.
 */
export function describeWhere(d: Pick<Diagnostic, 'location'>): string {
  const { blockIndex, field, start, end } = d.location;
  let where = blockIndex !== null ? `block ${blockIndex + 1}` : (field ?? 'article');
  if (blockIndex !== null && field) where += ` ${field}`;
  if (start !== undefined && end !== undefined) where += `, chars ${start + 1}-${end}`;
  return where;
}
