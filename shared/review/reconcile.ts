/**
 * Direct edits (outside suggestion mode) change the text under comments and open suggestions.
 * The editor hands the article before and after an edit to `reconcileReview`, which moves every
 * range through the character-level changes of each slot that changed.
 *
 * List items are slots by index (`items.N`), and an index is not an identity: an item inserted
 * or removed above a commented one shifts it. So the items of each list are matched first, old
 * to new, and anchors follow their item to its new index; only then are ranges moved through
 * that item's own text changes.
 */
import { diffArrays } from 'diff';
import type { Article, Block } from '../model/article';
import { changesBetween, mapRangeThrough, type Range, type TextChange } from './anchors';
import type { Anchor, Comment, Review, Suggestion } from './schema';
import { readSlot, slotKey, type Slot } from './slots';

export interface ReconcileOptions {
  /**
   * Suggestions the caller keeps in place itself (the editor reads open inline suggestions from
   * its nodes, already at the right offsets): for these, `after`'s copy is kept untouched.
   */
  skipSuggestion?: (s: Suggestion) => boolean;
}

/**
 * The field given to an anchor whose list item was deleted. It must be a field no slot ever has:
 * `readSlot` then finds no text, so `anchorState` reports the comment `detached` and `isStale`
 * reports the suggestion stale — what the review panel and `newsroom review` already show as
 * "text removed" — and no later edit can bring it back. Keeping `items.N` would not do: once the
 * list has an N-th item again (one appended, or the neighbours shifted up), the comment would
 * quietly attach to words it was never about. The old index stays in the name for a reader, and
 * the prefix keeps it out of anything that parses `items.` (a `parseInt` of the rest would
 * otherwise read the index back).
 */
const removedItemField = (index: number): string => `removed:items.${index}`;

function itemIndex(field: string | undefined): number | null {
  const m = field === undefined ? null : /^items\.(\d+)$/.exec(field);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/**
 * A stretch [from, until) of an old item's text and where it went: item `to` of the new list,
 * shifted by `offset`, then through `changes` (the item's own edits).
 */
interface Piece {
  to: number;
  from: number;
  until: number;
  offset: number;
  changes: readonly TextChange[];
}

/**
 * Per old item, its pieces: one for an item kept, edited or joined into another; one per part
 * for an item split with Enter; none for an item deleted.
 */
type ItemMoves = Piece[][];

/** Above this many candidate pairs in one run of changed items, pair them in order instead. */
const MAX_ALIGN = 2500;

/**
 * How alike two versions of an item are, 0 to 1: the share kept as a common head and tail. Between
 * two reconciles an item is usually edited in one place, so what it keeps is its head and tail.
 */
function likeness(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  const min = Math.min(a.length, b.length);
  let head = 0;
  while (head < min && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < min - head &&
    a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)
  ) {
    tail++;
  }
  return (head + tail) / max;
}

const whole = (to: number, text: string, changes: readonly TextChange[] = []): Piece[] => [
  { to, from: 0, until: text.length, offset: 0, changes },
];

/**
 * Consecutive non-empty items of `list` from `at` whose texts join to `text` (2 or more of them),
 * or 0. Empty items are left out: an empty item next to a split would otherwise take the
 * comments sitting at the very end of the text.
 */
function joinsTo(list: readonly string[], at: number, text: string): number {
  let joined = '';
  for (let k = at; k < list.length; k++) {
    const t = list[k] ?? '';
    if (t === '' || !text.startsWith(t, joined.length)) return 0;
    joined += t;
    if (joined.length === text.length) return k - at + 1 >= 2 ? k - at + 1 : 0;
  }
  return 0;
}

/**
 * Matches one run of changed items: `gone` (old texts) against `made` (new texts), the rest of
 * both lists being equal around them. Keeping an item scores 1 plus how alike it stayed, so an
 * edited item finds itself even when an item was inserted next to it; an exact split (Enter in
 * the middle) or join (Backspace at the start) scores above any single pair. Order is kept, and
 * on a tie items are paired in order. Returns the moves of each old item in the run.
 */
function alignRun(gone: readonly string[], made: readonly string[]): Piece[][] {
  const r = gone.length;
  const n = made.length;
  const moves: Piece[][] = gone.map(() => []);
  if (r === 0 || n === 0) return moves;
  if (r * n > MAX_ALIGN) {
    for (let k = 0; k < Math.min(r, n); k++) {
      moves[k] = whole(k, gone[k]!, changesBetween(gone[k]!, made[k]!));
    }
    return moves;
  }
  type Step = 'pair' | 'split' | 'join' | 'drop' | 'add';
  const best: number[][] = Array.from({ length: r + 1 }, () => new Array<number>(n + 1).fill(0));
  const step: { kind: Step; k: number }[][] = Array.from({ length: r + 1 }, () =>
    new Array<{ kind: Step; k: number }>(n + 1).fill({ kind: 'add', k: 1 }),
  );
  for (let a = r; a >= 0; a--) {
    for (let b = n; b >= 0; b--) {
      if (a === r && b === n) continue;
      let score = -1;
      let choice: { kind: Step; k: number } = { kind: 'add', k: 1 };
      const consider = (value: number, kind: Step, k: number): void => {
        if (value > score) {
          score = value;
          choice = { kind, k };
        }
      };
      if (a < r && b < n) {
        consider(1 + likeness(gone[a]!, made[b]!) + best[a + 1]![b + 1]!, 'pair', 1);
        const split = joinsTo(made, b, gone[a]!);
        if (split) consider(1 + split + best[a + 1]![b + split]!, 'split', split);
        const join = joinsTo(gone, a, made[b]!);
        if (join) consider(1 + join + best[a + join]![b + 1]!, 'join', join);
      }
      if (a < r) consider(best[a + 1]![b]!, 'drop', 1);
      if (b < n) consider(best[a]![b + 1]!, 'add', 1);
      best[a]![b] = score;
      step[a]![b] = choice;
    }
  }
  let a = 0;
  let b = 0;
  while (a < r || b < n) {
    const { kind, k } = step[a]![b]!;
    const old = gone[a] ?? '';
    if (kind === 'pair') {
      moves[a] = whole(b, old, changesBetween(old, made[b]!));
      a++;
      b++;
    } else if (kind === 'split') {
      let from = 0;
      moves[a] = made.slice(b, b + k).map((part, p) => {
        const piece = { to: b + p, from, until: from + part.length, offset: -from, changes: [] };
        from += part.length;
        return piece;
      });
      a++;
      b += k;
    } else if (kind === 'join') {
      let offset = 0;
      for (let p = 0; p < k; p++) {
        const part = gone[a + p]!;
        moves[a + p] = [{ to: b, from: 0, until: part.length, offset, changes: [] }];
        offset += part.length;
      }
      a += k;
      b++;
    } else if (kind === 'drop') {
      a++;
    } else {
      b++;
    }
  }
  return moves;
}

/** Where each old item of a list went in the new one. */
function matchItems(old: readonly string[], now: readonly string[]): ItemMoves {
  const moves: ItemMoves = old.map(() => []);
  let i = 0;
  let j = 0;
  let runOld = i;
  let runNew = j;
  const flush = (): void => {
    const run = alignRun(old.slice(runOld, i), now.slice(runNew, j));
    run.forEach((pieces, k) => {
      moves[runOld + k] = pieces.map((p) => ({ ...p, to: runNew + p.to }));
    });
  };
  for (const part of diffArrays([...old], [...now])) {
    const count = part.count ?? part.value.length;
    if (part.removed) i += count;
    else if (part.added) j += count;
    else {
      flush();
      for (let k = 0; k < count; k++, i++, j++) moves[i] = whole(j, old[i] ?? '');
      runOld = i;
      runNew = j;
    }
  }
  flush();
  return moves;
}

const itemTexts = (block: Block | undefined): string[] | null =>
  block?.type === 'list' ? block.items.map((item) => item.text) : null;

/** Where an anchored slot and its range go: a new slot and range, or unchanged (null). */
type Move = (slot: Slot, range: Range | null) => { field?: string; range: Range | null } | null;

function movesFor(before: Article, after: Article): Move {
  const lists = new Map<string, ItemMoves | null>();
  const listMoves = (blockId: string): ItemMoves | null => {
    if (lists.has(blockId)) return lists.get(blockId) ?? null;
    const old = itemTexts(before.blocks.find((b) => b.id === blockId));
    const now = itemTexts(after.blocks.find((b) => b.id === blockId));
    const same = old && now && old.length === now.length && old.every((t, k) => t === now[k]);
    // A list that is gone (or is no longer a list) leaves its anchors as they are: they read as
    // detached while the block is missing, and come back with it if the deletion is undone.
    const moves = old && now && !same ? matchItems(old, now) : null;
    lists.set(blockId, moves);
    return moves;
  };
  const texts = new Map<string, readonly TextChange[]>();
  const textChanges = (slot: Slot): readonly TextChange[] => {
    const key = slotKey(slot);
    let changes = texts.get(key);
    if (!changes) {
      const old = readSlot(before, slot);
      const now = readSlot(after, slot);
      changes = old === undefined || now === undefined ? [] : changesBetween(old, now);
      texts.set(key, changes);
    }
    return changes;
  };

  return (slot, range) => {
    const index = slot.blockId === null ? null : itemIndex(slot.field);
    const moves = index === null || slot.blockId === null ? null : listMoves(slot.blockId);
    if (index === null || !moves) {
      const changes = textChanges(slot);
      if (!changes.length || !range) return null;
      return { range: mapRangeThrough(range, changes) };
    }
    // An index past the old list's end was already detached; it stays so (see removedItemField).
    const pieces = moves[index] ?? [];
    const first = pieces[0];
    if (!first) return { field: removedItemField(index), range };
    if (!range) return { field: `items.${first.to}`, range: null };
    if (pieces.length === 1) {
      const moved = { start: range.start + first.offset, end: range.end + first.offset };
      return { field: `items.${first.to}`, range: mapRangeThrough(moved, first.changes) };
    }
    // Split: the part holding the range's start takes it, cut at that part's end.
    const piece = pieces.find((p) => range.start < p.until) ?? pieces[pieces.length - 1]!;
    const start = Math.min(Math.max(range.start, piece.from), piece.until);
    const end = Math.min(Math.max(range.end, start), piece.until);
    return {
      field: `items.${piece.to}`,
      range: { start: start + piece.offset, end: end + piece.offset },
    };
  };
}

function moveAnchor(anchor: Anchor, move: Move): Anchor {
  const { start, end } = anchor;
  // A range needs both ends; an anchor with one (never written by addComment) keeps its offsets.
  const range = start !== undefined && end !== undefined ? { start, end } : null;
  const to = move(anchor, range);
  if (!to) return anchor;
  return {
    ...anchor,
    ...(to.field === undefined ? {} : { field: to.field }),
    ...(to.range ? { start: to.range.start, end: to.range.end } : {}),
  };
}

function moveSuggestion(s: Suggestion, move: Move): Suggestion {
  const to = move(s, { start: s.start, end: s.end });
  if (!to) return s;
  return {
    ...s,
    ...(to.field === undefined ? {} : { field: to.field }),
    ...(to.range ? { start: to.range.start, end: to.range.end } : {}),
  };
}

/**
 * `after` with its review ranges moved to follow the edits from `before`. Review data is taken
 * from `after` (falling back to `before`'s), so a caller can pass the editor's new content as is.
 * Decided suggestions keep the slot and offsets they were decided at: they are history.
 */
export function reconcileReview(
  before: Article,
  after: Article,
  options: ReconcileOptions = {},
): Article {
  const review = after.review ?? before.review;
  if (!review) return after;
  const skip = options.skipSuggestion ?? (() => false);
  const move = movesFor(before, after);
  const comments = review.comments.map((c): Comment => {
    const anchor = moveAnchor(c.anchor, move);
    return anchor === c.anchor ? c : { ...c, anchor };
  });
  const suggestions = review.suggestions.map((s) =>
    s.state !== 'open' || skip(s) ? s : moveSuggestion(s, move),
  );
  const next: Review = { ...review, comments, suggestions };
  return { ...after, review: next };
}
