/**
 * Suggestion mode as a rule on text "cells" (one character each, with its formatting and, if it
 * is inside a suggestion, which one). The editor lets an edit happen as usual and then hands the
 * block's cells before and after to `reviseCells`, which turns the edit into suggestions by the
 * person suggesting: typed characters become their proposed words; characters they removed come
 * back, struck through, as their proposed deletion; their own proposed words they remove are
 * simply gone. Working after the fact, on what changed, covers every way text can change (keys,
 * IME, autocorrect, cut, typing over a selection) with one rule.
 *
 * Pure: no Lexical, no DOM, so the rule is tested on its own.
 */
import type { SuggestionKind, SuggestionMeta } from '../nodes/SuggestionNode';

export interface Cell {
  /** One UTF-16 code unit, or "\n" for a line break. */
  t: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
  s: SuggestionMeta | null;
}

export interface Suggester {
  name: string;
  role: string;
  /** ISO time stamped on suggestions made now. */
  at: string;
  /** A suggestion id not used anywhere in the article yet (called once per new suggestion). */
  newId(): string;
}

export interface Revision {
  cells: Cell[];
  /** Where the caret goes, in the revised cells. */
  caret: number;
  /** False when the edit was already a suggestion edit (typing inside one's own insertion). */
  changed: boolean;
  /** True when the edit tried to remove someone else's proposed words (they were put back). */
  refused: boolean;
}

const norm = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Same person, as the review core compares people (by name). */
export const isMine = (s: SuggestionMeta | null, me: { name: string }): boolean =>
  s !== null && norm(s.name) === norm(me.name);

/** A marker meta for cells made by this edit; real ids are given in `assignIds`. */
const PENDING = '\u0000pending';

function pending(kind: SuggestionKind, me: Suggester): SuggestionMeta {
  return { kind, id: PENDING, name: me.name, role: me.role, at: me.at };
}

/**
 * The changed stretch between two sequences: [p, prevEnd) of `prev` became [p, curEnd) of
 * `cur`. The caret (where the edit left it) decides between equal answers, so typing "a" after
 * "a" marks the new one, not the old.
 */
export function changedStretch<T>(
  prev: ArrayLike<T>,
  cur: ArrayLike<T>,
  caret: number | null,
  same: (a: T, b: T) => boolean = Object.is,
): { p: number; prevEnd: number; curEnd: number } {
  const maxSuffix = Math.min(
    prev.length,
    cur.length,
    caret === null ? Number.POSITIVE_INFINITY : Math.max(0, cur.length - caret),
  );
  let s = 0;
  while (s < maxSuffix && same(prev[prev.length - 1 - s] as T, cur[cur.length - 1 - s] as T)) {
    s++;
  }
  const maxPrefix = Math.min(prev.length, cur.length) - s;
  let p = 0;
  while (p < maxPrefix && same(prev[p] as T, cur[p] as T)) p++;
  return { p, prevEnd: prev.length - s, curEnd: cur.length - s };
}

/**
 * Cells that are the same character, both in the accepted text or both proposed. Comparing that
 * too catches an edit that leaves the text as it was but moves accepted words into a proposal;
 * a strike (accepted either way) made earlier in the same update is not part of the edit.
 */
const sameCell = (a: Cell, b: Cell): boolean =>
  a.t === b.t && (a.s?.kind === 'insert') === (b.s?.kind === 'insert');

/**
 * Gives the pending cells real ids. A new deletion joins one's own deletion it touches (so
 * backspacing word by word is one suggestion); new words join one's own insertion just before
 * them, or become the replacement text of one's own deletion just before them, or join one's
 * own insertion just after them; otherwise a new suggestion starts.
 */
function assignIds(cells: Cell[], me: Suggester): void {
  let i = 0;
  while (i < cells.length) {
    const c = cells[i] as Cell;
    if (c.s?.id !== PENDING) {
      i++;
      continue;
    }
    const kind = c.s.kind;
    let j = i;
    while (j < cells.length && cells[j]?.s?.id === PENDING && cells[j]?.s?.kind === kind) j++;
    const left = cells[i - 1]?.s ?? null;
    const right = cells[j]?.s ?? null;
    // Not a type guard on purpose: a false answer says nothing about the other kind.
    const mine = (s: SuggestionMeta | null, k: SuggestionKind): SuggestionMeta | null =>
      s !== null && s.id !== PENDING && s.kind === k && isMine(s, me) ? s : null;
    const meta =
      kind === 'delete'
        ? (mine(right, 'delete') ?? mine(left, 'delete'))
        : (mine(left, 'insert') ?? mine(left, 'delete') ?? mine(right, 'insert'));
    const given: SuggestionMeta = meta
      ? { ...meta, kind }
      : { kind, id: me.newId(), name: me.name, role: me.role, at: me.at };
    for (let k = i; k < j; k++) cells[k] = { ...(cells[k] as Cell), s: given };
    i = j;
  }
}

/**
 * A suggestion is one struck run followed at once by one proposed run (either may be missing),
 * as the review model stores it. An edit inside struck words can leave an id in two places;
 * the later piece becomes a suggestion of its own.
 */
function splitBroken(cells: Cell[], me: Suggester): void {
  const last = new Map<string, { kind: SuggestionKind; end: number }>();
  let i = 0;
  while (i < cells.length) {
    const s = (cells[i] as Cell).s;
    let j = i + 1;
    while (j < cells.length && cells[j]?.s?.id === s?.id && cells[j]?.s?.kind === s?.kind) j++;
    if (s) {
      const before = last.get(s.id);
      const fits = !before || (before.kind === 'delete' && s.kind === 'insert' && before.end === i);
      const meta = fits ? s : { ...s, id: me.newId() };
      if (!fits) for (let k = i; k < j; k++) cells[k] = { ...(cells[k] as Cell), s: meta };
      last.set(meta.id, { kind: meta.kind, end: j });
    }
    i = j;
  }
}

/**
 * Words typed inside someone else's suggestion (in their proposed or struck words, or between
 * the two halves of their replacement) would split it and change what they proposed: they go
 * just after it instead. Returns how far they moved.
 */
function moveOutOfOthers(cells: Cell[], start: number, length: number, me: Suggester): number {
  if (length === 0) return 0;
  let i = start;
  let moved = 0;
  for (;;) {
    const left = cells[i - 1]?.s ?? null;
    const right = cells[i + length]?.s ?? null;
    if (!left || !right || left.id !== right.id || right.id === PENDING || isMine(right, me)) {
      return moved;
    }
    let k = i + length;
    while (k < cells.length && cells[k]?.s?.id === right.id) k++;
    const typed = cells.splice(i, length);
    const to = k - length;
    cells.splice(to, 0, ...typed);
    moved += to - i;
    i = to;
  }
}

/**
 * The edit from `prev` to `cur`, made a suggestion by `me`. `caret` is the caret's position in
 * `cur` (null if it is elsewhere); `forward` says the edit was a forward delete, so the caret
 * goes after what it struck rather than before.
 */
export function reviseCells(
  prev: readonly Cell[],
  cur: readonly Cell[],
  caret: number | null,
  forward: boolean,
  me: Suggester,
): Revision {
  const { p, prevEnd, curEnd } = changedStretch(prev, cur, caret, sameCell);
  const removed = prev.slice(p, prevEnd);
  const inserted = cur.slice(p, curEnd);
  const at = caret ?? curEnd;
  if (removed.length === 0 && inserted.every((c) => c.s?.kind === 'insert' && isMine(c.s, me))) {
    return { cells: [...cur], caret: at, changed: false, refused: false };
  }
  let refused = false;
  const restored: Cell[] = [];
  for (const c of removed) {
    if (c.s === null) restored.push({ ...c, s: pending('delete', me) });
    else if (c.s.kind === 'delete') restored.push(c);
    else if (!isMine(c.s, me)) {
      restored.push(c);
      refused = true;
    }
    // One's own proposed words: removing them takes them back.
  }
  // With struck words put back in front of them, typed words start afresh (and then join
  // what they touch), or one proposal would be split around the struck words.
  const typed = inserted.map((c) =>
    restored.length === 0 && c.s?.kind === 'insert' && isMine(c.s, me)
      ? c
      : { ...c, s: pending('insert', me) },
  );
  const cells = [...cur.slice(0, p), ...restored, ...typed, ...cur.slice(curEnd)];
  const moved = moveOutOfOthers(cells, p + restored.length, typed.length, me);
  assignIds(cells, me);
  splitBroken(cells, me);
  const caretOut = at < p || (at === p && !forward) ? at : at + restored.length + moved;
  return { cells, caret: caretOut, changed: true, refused };
}

/**
 * Marks [start, end) of the cells as deleted by `me` (a selection across blocks, where the
 * edit cannot be left to happen first): plain text is struck, one's own proposed words go,
 * anything else stays.
 */
export function strikeCells(
  cells: readonly Cell[],
  start: number,
  end: number,
  me: Suggester,
): { cells: Cell[]; end: number; refused: boolean } {
  const out: Cell[] = [...cells.slice(0, start)];
  let refused = false;
  for (const c of cells.slice(start, end)) {
    if (c.s === null) out.push({ ...c, s: pending('delete', me) });
    else if (c.s.kind === 'delete') out.push(c);
    else if (!isMine(c.s, me)) {
      out.push(c);
      refused = true;
    }
  }
  const newEnd = out.length;
  out.push(...cells.slice(end));
  assignIds(out, me);
  splitBroken(out, me);
  return { cells: out, end: newEnd, refused };
}

/** Whether two cell lists would show the same thing. */
export function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Cell;
    const y = b[i] as Cell;
    if (
      x.t !== y.t ||
      x.bold !== y.bold ||
      x.italic !== y.italic ||
      x.href !== y.href ||
      x.s?.id !== y.s?.id ||
      x.s?.kind !== y.s?.kind
    ) {
      return false;
    }
  }
  return true;
}
