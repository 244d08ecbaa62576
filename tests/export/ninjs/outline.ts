import type { Block } from '../../../shared/model/article';

/**
 * Headings as every HTML body is written (shared/export/body.ts): under the headline's h1 the
 * outline never skips a level, so each heading is at most one deeper than the one before it.
 */
export function relevelHeadings(blocks: readonly Block[]): Block[] {
  let level = 1;
  return blocks.map((b) => {
    if (b.type !== 'heading') return b;
    const next = Math.min(b.level, level + 1);
    level = next;
    return next === b.level ? b : { ...b, level: next };
  });
}
