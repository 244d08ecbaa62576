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
import { applyChange, wordStretch, type TextChange } from './anchors';
import type { Person, Suggestion } from './schema';
import { emptyReview } from './schema';
import { describeSlot, readSlot, sameSlot, type Slot } from './slots';
import { checkActor, ReviewError, samePerson, type Actor } from './state';
import { isStale, openSuggestions, suggestChange, withdrawSuggestion } from './suggestions';

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

/**
 * The text of a field (caption, credit, related-link title…) as `person` proposes it: the
 * accepted text with their own open suggestions on it applied. What a field shows them while
 * they suggest.
 */
export function proposedText(article: Article, slot: Slot, person: Person): string {
  let text = readSlot(article, slot) ?? '';
  const own = openSuggestions(article)
    .filter((s) => sameSlot(s, slot) && samePerson(s.by, person) && !isStale(article, s))
    .sort((a, b) => b.start - a.start);
  for (const s of own) text = applyChange(text, s);
  return text;
}

/**
 * Records that `actor` proposes `proposed` as a field's text: their earlier open suggestions on
 * the field are replaced by one suggestion covering what differs from the accepted text (none if
 * nothing does). Others' suggestions stay; one that overlaps the change refuses it
 * (`ReviewError` "overlap"), as `suggestChange` does.
 */
export function proposeText(article: Article, slot: Slot, proposed: string, actor: Actor): Article {
  const who = checkActor(actor);
  let a = article;
  for (const s of openSuggestions(a)) {
    if (sameSlot(s, slot) && samePerson(s.by, who.by)) a = withdrawSuggestion(a, s.id, actor);
  }
  const current = readSlot(a, slot);
  if (current === undefined) {
    throw new ReviewError('no-slot', `There is no ${describeSlot(slot)} to suggest a change in.`);
  }
  const change = oneChange(current, proposed);
  return change ? suggestChange(a, { slot, ...change }, actor).article : a;
}

/**
 * The one change that turns `before` into `after`, widened to whole words, so "Menlu" →
 * "Menteri Luar Negeri" reads as that and not as a few letters swapped mid-word.
 */
function oneChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const { head, tail } = wordStretch(before, after);
  return { start: head, end: before.length - tail, text: after.slice(head, after.length - tail) };
}
