/**
 * Small pure edits that fixes are made of. Each returns a new article that shares every block
 * it did not touch, so the incremental checker sees only the edited block as changed, and each
 * returns the article as given when what it was asked to change is no longer there.
 */
import type { Article, Block, Credit } from '../../model/article';

/** Replaces one block (found by id) with what `edit` makes of it; `null` from `edit`: no change. */
export function updateBlock<T extends Block>(
  article: Article,
  blockId: string,
  edit: (block: Block) => T | null,
): Article {
  const index = article.blocks.findIndex((b) => b.id === blockId);
  if (index < 0) return article;
  const next = edit(article.blocks[index]!);
  if (!next) return article;
  const blocks = article.blocks.slice();
  blocks[index] = next;
  return { ...article, blocks };
}

export function removeBlock(article: Article, blockId: string): Article {
  const index = article.blocks.findIndex((b) => b.id === blockId);
  if (index < 0) return article;
  const blocks = article.blocks.slice();
  blocks.splice(index, 1);
  return { ...article, blocks };
}

/**
 * Replaces `text[start, end)` with `replacement` when it still reads `expected`; null otherwise,
 * so a fix computed before an edit never lands on the wrong characters.
 */
export function spliceChecked(
  text: string,
  start: number,
  end: number,
  expected: string,
  replacement: string,
): string | null {
  if (text.slice(start, end) !== expected) return null;
  return text.slice(0, start) + replacement + text.slice(end);
}

/**
 * Shifts inline marks after an edit that replaced `[start, end)` with `length` characters.
 * Marks that end before the edit stay; those after it move; those spanning it stretch or shrink.
 * Text inserted exactly where a mark begins goes before the mark, and where one ends, after it.
 */
export function shiftMarks<M extends { start: number; end: number }>(
  marks: readonly M[],
  start: number,
  end: number,
  length: number,
): M[] {
  const delta = length - (end - start);
  const moveStart = (o: number): number => (o < start ? o : o >= end ? o + delta : start);
  const moveEnd = (o: number): number =>
    o <= start ? o : o >= end ? o + delta : Math.min(o, start + length);
  return marks
    .map((m) => ({ ...m, start: moveStart(m.start), end: moveEnd(m.end) }))
    .filter((m) => m.end > m.start);
}

export function setCredits(article: Article, credits: Credit[]): Article {
  return { ...article, credits };
}
