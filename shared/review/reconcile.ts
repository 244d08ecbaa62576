/**
 * Direct edits (outside suggestion mode) change the text under comments and open suggestions.
 * The editor hands the article before and after an edit to `reconcileReview`, which moves every
 * range through the character-level changes of each slot that changed.
 */
import type { Article } from '../model/article';
import { changesBetween } from './anchors';
import { mapReviewThrough } from './suggestions';
import { listSlots, readSlot, slotKey } from './slots';
import { getReview } from './state';

/**
 * `after` with its review ranges moved to follow the edits from `before`. Review data is taken
 * from `after` (falling back to `before`'s), so a caller can pass the editor's new content as is.
 */
export function reconcileReview(before: Article, after: Article): Article {
  const review = after.review ?? before.review;
  if (!review) return after;
  let current: Article = { ...after, review };
  const touched = new Set<string>();
  for (const c of review.comments) touched.add(slotKey(c.anchor));
  for (const s of getReview(current).suggestions) {
    if (s.state === 'open') touched.add(slotKey(s));
  }
  for (const slot of listSlots(after)) {
    if (!touched.has(slotKey(slot))) continue;
    const old = readSlot(before, slot);
    const now = readSlot(after, slot);
    if (old === undefined || now === undefined || old === now) continue;
    for (const change of changesBetween(old, now)) {
      current = mapReviewThrough(current, slot, change);
    }
  }
  return current;
}
