/**
 * Suggestion mode (track changes). An editor's insertions and deletions are stored as open
 * suggestions beside the text, attributed to them; the article's own text changes only when a
 * suggestion is accepted. So what exporters publish is always "the accepted text", and rejecting
 * a suggestion is simply marking it so.
 */
import type { Article } from '../model/article';
import { mapRange, overlaps, type Range, type TextChange } from './anchors';
import type { Suggestion } from './schema';
import { changeSlot, describeSlot, readSlot, sameSlot, type Slot } from './slots';
import {
  checkActor,
  getReview,
  nextId,
  ReviewError,
  samePerson,
  withReview,
  type Actor,
} from './state';

export interface SuggestedChange extends TextChange {
  slot: Slot;
}

export function openSuggestions(article: Article): Suggestion[] {
  return getReview(article).suggestions.filter((s) => s.state === 'open');
}

export const hasOpenSuggestions = (article: Article): boolean =>
  openSuggestions(article).length > 0;

const slotOf = (s: Suggestion): Slot => ({ blockId: s.blockId, field: s.field });

/**
 * True when the text a suggestion would take out is no longer there (its block was removed, or
 * the words under it were edited directly). A stale suggestion cannot be accepted, only rejected.
 */
export function isStale(article: Article, s: Suggestion): boolean {
  const text = readSlot(article, slotOf(s));
  if (text === undefined || s.end > text.length) return true;
  return s.removed !== undefined && text.slice(s.start, s.end) !== s.removed;
}

/**
 * Records a suggested change by `actor`. Typing on from one's own open insertion extends it, and
 * deleting next to one's own open deletion widens it, so a sentence typed in suggestion mode is
 * one suggestion rather than one per key. Offsets are in the slot's current (accepted) text; the
 * UI maps positions in what it shows with `slotView`.
 */
export function suggestChange(
  article: Article,
  change: SuggestedChange,
  actor: Actor,
  id?: string,
): { article: Article; suggestion: Suggestion } {
  const who = checkActor(actor);
  const { slot, start, end, text } = change;
  const current = readSlot(article, slot);
  if (current === undefined) {
    throw new ReviewError('no-slot', `There is no ${describeSlot(slot)} to suggest a change in.`);
  }
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new ReviewError('bad-range', `${start}–${end} is not a range.`);
  }
  if (end > current.length) {
    throw new ReviewError(
      'bad-range',
      `${start}–${end} runs past the end of ${describeSlot(slot)} (${current.length} characters).`,
    );
  }
  const removed = current.slice(start, end);
  if (removed === text)
    throw new ReviewError(
      'empty-change',
      'The suggestion changes nothing.',
      'Saran ini tidak mengubah apa pun.',
    );
  const review = getReview(article);
  const open = review.suggestions.filter((s) => s.state === 'open' && sameSlot(slotOf(s), slot));

  const merged = open.find(
    (s) =>
      samePerson(s.by, who.by) &&
      // Typing on after one's own insertion or replacement (both shown before the caret).
      ((s.kind !== 'delete' && start === end && s.end === start && text !== '') ||
        (s.kind === 'delete' && text === '' && (end === s.start || start === s.end))),
  );
  if (merged) {
    const grown: Suggestion =
      merged.kind !== 'delete'
        ? { ...merged, text: merged.text + text, at: who.at }
        : {
            ...merged,
            start: Math.min(start, merged.start),
            end: Math.max(end, merged.end),
            removed: current.slice(Math.min(start, merged.start), Math.max(end, merged.end)),
            at: who.at,
          };
    const clash = open.find((s) => s.id !== merged.id && overlaps(s, grown));
    if (!clash) {
      return {
        article: withReview(article, {
          ...review,
          suggestions: review.suggestions.map((s) => (s.id === merged.id ? grown : s)),
        }),
        suggestion: grown,
      };
    }
  }

  const clash = open.find((s) => overlaps(s, { start, end }));
  if (clash) {
    throw new ReviewError(
      'overlap',
      `That text already has an open suggestion by ${clash.by.name}; accept or reject it first.`,
      `Teks itu sudah memiliki saran terbuka dari ${clash.by.name}; terima atau tolak dulu.`,
    );
  }
  const suggestion: Suggestion = {
    id:
      id ??
      nextId(
        's',
        review.suggestions.map((s) => s.id),
      ),
    blockId: slot.blockId,
    ...(slot.field === undefined ? {} : { field: slot.field }),
    kind: start === end ? 'insert' : text === '' ? 'delete' : 'replace',
    start,
    end,
    text,
    ...(start === end ? {} : { removed }),
    by: who.by,
    at: who.at,
    state: 'open',
  };
  if (review.suggestions.some((s) => s.id === suggestion.id)) {
    throw new ReviewError('overlap', `A suggestion with id ${suggestion.id} already exists.`);
  }
  return {
    article: withReview(article, { ...review, suggestions: [...review.suggestions, suggestion] }),
    suggestion,
  };
}

function ownOpen(article: Article, id: string, actor: Actor): Suggestion {
  const who = checkActor(actor);
  const s = findOpen(article, id);
  if (!samePerson(s.by, who.by)) {
    throw new ReviewError(
      'not-yours',
      `Only ${s.by.name} can change their suggestion; accept or reject it instead.`,
      `Hanya ${s.by.name} yang dapat mengubah sarannya; terima atau tolak saja.`,
    );
  }
  return s;
}

/**
 * The author takes back an open suggestion: it is removed, not recorded as rejected, as if it
 * had never been typed (backspacing over one's own suggested words).
 */
export function withdrawSuggestion(article: Article, id: string, actor: Actor): Article {
  ownOpen(article, id, actor);
  const review = getReview(article);
  return withReview(article, {
    ...review,
    suggestions: review.suggestions.filter((x) => x.id !== id),
  });
}

/**
 * The author rewrites the text their open suggestion puts in (editing inside their own
 * insertion). A suggestion left putting in nothing becomes a deletion, or, if it took nothing
 * out either, is withdrawn.
 */
export function reviseSuggestion(
  article: Article,
  id: string,
  text: string,
  actor: Actor,
): Article {
  const s = ownOpen(article, id, actor);
  if (text === '' && s.start === s.end) return withdrawSuggestion(article, id, actor);
  const kind = s.start === s.end ? 'insert' : text === '' ? 'delete' : 'replace';
  const review = getReview(article);
  return withReview(article, {
    ...review,
    suggestions: review.suggestions.map((x) =>
      x.id === id ? { ...x, kind, text, at: checkActor(actor).at } : x,
    ),
  });
}

function findOpen(article: Article, id: string): Suggestion {
  const s = getReview(article).suggestions.find((x) => x.id === id);
  if (!s) throw new ReviewError('not-found', `No suggestion ${id}.`);
  if (s.state !== 'open') {
    throw new ReviewError(
      'not-open',
      `Suggestion ${id} was already ${s.state}.`,
      `Saran ${id} sudah ${s.state === 'accepted' ? 'diterima' : 'ditolak'}.`,
    );
  }
  return s;
}

/**
 * Moves open suggestions and comment ranges of `slot` through a change made to its text. Decided
 * suggestions keep the offsets they had when decided: they are history.
 */
export function mapReviewThrough(article: Article, slot: Slot, change: TextChange): Article {
  const review = getReview(article);
  if (!article.review) return article;
  const move = <T extends Range>(r: T): T => ({ ...r, ...mapRange(r, change) });
  return withReview(article, {
    ...review,
    suggestions: review.suggestions.map((s) =>
      s.state === 'open' && sameSlot(slotOf(s), slot) ? move(s) : s,
    ),
    comments: review.comments.map((c) => {
      const a = c.anchor;
      if (a.start === undefined || a.end === undefined || !sameSlot(a, slot)) return c;
      const r = mapRange({ start: a.start, end: a.end }, change);
      return { ...c, anchor: { ...a, start: r.start, end: r.end } };
    }),
  });
}

/** Accepts an open suggestion: its change goes into the text, and every other range moves. */
export function acceptSuggestion(article: Article, id: string, actor: Actor): Article {
  const who = checkActor(actor);
  const s = findOpen(article, id);
  if (isStale(article, s)) {
    throw new ReviewError(
      'stale',
      `The text suggestion ${id} changes was edited or removed since; it can only be rejected.`,
      `Teks yang diubah saran ${id} sudah disunting atau dihapus; saran ini hanya dapat ditolak.`,
    );
  }
  const slot = slotOf(s);
  const change: TextChange = { start: s.start, end: s.end, text: s.text };
  const changed = mapReviewThrough(changeSlot(article, slot, change), slot, change);
  const review = getReview(changed);
  return withReview(changed, {
    ...review,
    // `s`, not the mapped copy: a decided suggestion keeps the offsets it was decided at.
    suggestions: review.suggestions.map((x) =>
      x.id === id ? { ...s, state: 'accepted', decidedBy: who.by, decidedAt: who.at } : x,
    ),
  });
}

export function rejectSuggestion(article: Article, id: string, actor: Actor): Article {
  const who = checkActor(actor);
  findOpen(article, id);
  const review = getReview(article);
  return withReview(article, {
    ...review,
    suggestions: review.suggestions.map((x) =>
      x.id === id ? { ...x, state: 'rejected', decidedBy: who.by, decidedAt: who.at } : x,
    ),
  });
}

export interface DecideAllResult {
  article: Article;
  decided: string[];
  /** Stale suggestions "accept all" could not apply; they stay open. */
  skipped: string[];
}

/**
 * Accepts or rejects every open suggestion (optionally only one slot's, or one person's), in the
 * order they were made. Accepting skips stale ones rather than failing half-way.
 */
export function decideAll(
  article: Article,
  decision: 'accept' | 'reject',
  actor: Actor,
  filter: { slot?: Slot; author?: string } = {},
): DecideAllResult {
  checkActor(actor);
  const wanted = openSuggestions(article).filter(
    (s) =>
      (!filter.slot || sameSlot(slotOf(s), filter.slot)) &&
      (filter.author === undefined || samePerson(s.by, { name: filter.author, role: '' })),
  );
  let current = article;
  const decided: string[] = [];
  const skipped: string[] = [];
  for (const { id } of wanted) {
    const s = findOpen(current, id);
    if (decision === 'accept' && isStale(current, s)) {
      skipped.push(id);
      continue;
    }
    current =
      decision === 'accept'
        ? acceptSuggestion(current, id, actor)
        : rejectSuggestion(current, id, actor);
    decided.push(id);
  }
  return { article: current, decided, skipped };
}

/**
 * The article as it would read if every open (non-stale) suggestion were accepted, for a preview
 * or a diff ("what would change"); nothing is recorded, and the result has no review data.
 */
export function withSuggestionsApplied(article: Article): Article {
  let current = article;
  for (const { id } of openSuggestions(article)) {
    const s = findOpen(current, id);
    if (isStale(current, s)) continue;
    const slot = slotOf(s);
    const change: TextChange = { start: s.start, end: s.end, text: s.text };
    const changed = mapReviewThrough(changeSlot(current, slot, change), slot, change);
    const review = getReview(changed);
    current = withReview(changed, {
      ...review,
      suggestions: review.suggestions.filter((x) => x.id !== id),
    });
  }
  // The review's offsets are for the accepted text, not this one: a preview carries none.
  const { review: _review, ...preview } = current;
  return preview;
}

export interface ViewSegment {
  /** "text": accepted text; "insert": proposed new text; "delete": text proposed for removal. */
  kind: 'text' | 'insert' | 'delete';
  text: string;
  /** Offsets in the slot's accepted text (an insertion has baseStart === baseEnd). */
  baseStart: number;
  baseEnd: number;
  suggestion?: Suggestion;
}

/**
 * What a track-changes view shows for one slot: the accepted text with each open suggestion's
 * insertion and deletion in place. Concatenating the segments gives the displayed string, and
 * each segment says where it sits in the accepted text, so the editor can map a caret back.
 */
export function slotView(article: Article, slot: Slot): ViewSegment[] {
  const text = readSlot(article, slot) ?? '';
  const open = openSuggestions(article)
    .filter((s) => sameSlot(slotOf(s), slot) && !isStale(article, s))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: ViewSegment[] = [];
  let pos = 0;
  for (const s of open) {
    if (s.start > pos) {
      out.push({ kind: 'text', text: text.slice(pos, s.start), baseStart: pos, baseEnd: s.start });
    }
    if (s.end > s.start) {
      out.push({
        kind: 'delete',
        text: text.slice(s.start, s.end),
        baseStart: s.start,
        baseEnd: s.end,
        suggestion: s,
      });
    }
    if (s.text) {
      out.push({ kind: 'insert', text: s.text, baseStart: s.end, baseEnd: s.end, suggestion: s });
    }
    pos = Math.max(pos, s.end);
  }
  if (pos < text.length) {
    out.push({ kind: 'text', text: text.slice(pos), baseStart: pos, baseEnd: text.length });
  }
  return out;
}
