/**
 * Suggestions the editor shows inline. In the editor, open suggestions in text the user edits
 * directly (the headline, paragraphs, headings, quotes, list items) live in the text itself, so
 * undo, redo and suggestion mode work on them like on any edit; the editor reads them back and
 * this module puts them into the article's review in place of the copies the review held.
 * Suggestions in fields (captions, credits, related-link titles, attributions) stay in the
 * review only.
 */
import type { Article } from '../model/article';
import { samePlainData } from '../rules/incremental';
import type { Suggestion } from './schema';
import type { Slot } from './slots';
import { emptyReview } from './schema';
import { isStale } from './suggestions';

/** True for slots the editor edits as text (and so shows open suggestions inside). */
export function isInlineSlot(slot: Slot): boolean {
  if (slot.blockId === null) return slot.field === 'headline';
  return slot.field === undefined || /^items\.\d+$/.test(slot.field);
}

/**
 * `article` (text as the editor now reads it) with `shown`, the open suggestions read from the
 * editor, as its inline suggestions. The review's own open inline suggestions are dropped
 * unless stale (a stale one cannot be shown in the text, only listed to be rejected); a decided
 * suggestion the editor shows open again (its acceptance was undone) is open again. Gives back
 * `article` itself when nothing changes, so an unchanged review keeps its identity.
 */
export function withEditorSuggestions(article: Article, shown: readonly Suggestion[]): Article {
  const review = article.review;
  if (!review && shown.length === 0) return article;
  const byId = new Map(shown.map((s) => [s.id, s]));
  // The review's order is kept (it is the file's order, the order they were made in); the
  // editor's version replaces each one it shows, and new ones follow.
  const suggestions: Suggestion[] = [];
  for (const s of review?.suggestions ?? []) {
    const mine = byId.get(s.id);
    if (mine) {
      suggestions.push(mine);
      byId.delete(s.id);
    } else if (!(s.state === 'open' && isInlineSlot(s) && !isStale(article, s))) {
      suggestions.push(s);
    }
  }
  // New ones in the order they were made: ids are numbered as they are given ("s3", "s4").
  const made = (id: string): number => Number(/^s(\d+)$/.exec(id)?.[1] ?? Infinity);
  suggestions.push(...[...byId.values()].sort((a, b) => made(a.id) - made(b.id)));
  if (review && samePlainData(suggestions, review.suggestions)) return article;
  return { ...article, review: { ...(review ?? emptyReview()), suggestions } };
}
