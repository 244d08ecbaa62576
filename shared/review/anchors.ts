/**
 * Ranges that move with the text. A change replaces [start, end) of a text with new text; every
 * position after it shifts by the difference, positions inside a deleted stretch collapse to
 * where it was. Comments and open suggestions are mapped through each change so they stay on
 * the words they were about while the copy is edited.
 */
import { diffWordsWithSpace } from 'diff';

/** Replace [start, end) with `text`. UTF-16 offsets, end exclusive. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/**
 * Where `pos` lands after `change`. `assoc` decides a position exactly at an insertion point:
 * "before" stays in front of the inserted text (the end of a range), "after" moves past it (the
 * start of a range), so typing at a range's edge does not pull the new words into it.
 */
export function mapPosition(
  pos: number,
  change: TextChange,
  assoc: 'before' | 'after' = 'after',
): number {
  const delta = change.text.length - (change.end - change.start);
  if (pos < change.start) return pos;
  if (pos === change.start && change.start === change.end) {
    return assoc === 'after' ? pos + change.text.length : pos;
  }
  if (pos >= change.end) return pos + delta;
  // Inside the replaced stretch: the start of a range goes to the front of the replacement, the
  // end to its back, so a range that covered edited words still covers their replacement.
  return assoc === 'after' ? change.start : change.start + change.text.length;
}

/**
 * Maps a range through a change. A range wholly inside a deleted stretch collapses to a point
 * (its comment stays, anchored where the words were); text inserted at its edges stays out.
 */
export function mapRange(range: Range, change: TextChange): Range {
  const collapsed = range.start === range.end;
  const start = mapPosition(range.start, change, collapsed ? 'before' : 'after');
  const end = collapsed ? start : mapPosition(range.end, change, 'before');
  return { start, end: Math.max(start, end) };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The common head and tail of two texts, trimmed back to whole words: a head or tail that ends
 * inside a word ("menl|u" against "it|u") would cut words in half, and a diff or a suggestion
 * made of half-words moves ranges onto the wrong letters and reads badly.
 */
export function wordStretch(before: string, after: string): { head: number; tail: number } {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  const isWord = (text: string, i: number) => WORD_CHAR.test(text.charAt(i));
  while (head > 0 && isWord(before, head - 1) && (isWord(before, head) || isWord(after, head))) {
    head--;
  }
  while (
    tail > 0 &&
    isWord(before, before.length - tail) &&
    (isWord(before, before.length - tail - 1) || isWord(after, after.length - tail - 1))
  ) {
    tail--;
  }
  return { head, tail };
}

/**
 * The edits that turn `before` into `after`, as changes to apply one after another (each in the
 * coordinates left by the previous ones). The common head and tail are trimmed first, so one
 * edit (what the editor reports between two reconciles) is found exactly, wherever it repeats
 * words; what differs in between is compared word by word, so a comment on one word survives
 * edits on both sides of it.
 */
export function changesBetween(before: string, after: string): TextChange[] {
  if (before === after) return [];
  const { head: h, tail } = wordStretch(before, after);
  let head = h;
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  if (oldMiddle === '' || newMiddle === '') {
    // "Wang Yi menyatakan" → "Wang menyatakan" removes "Yi " or " Yi" alike; take the space
    // before the words, so a range ending on the word before ("Wang") does not gain a space.
    let gone = oldMiddle || newMiddle;
    while (
      head > 0 &&
      /\s/.test(before.charAt(head - 1)) &&
      gone.endsWith(before.charAt(head - 1))
    ) {
      gone = before.charAt(head - 1) + gone.slice(0, -1);
      head--;
    }
    return oldMiddle === ''
      ? [{ start: head, end: head, text: gone }]
      : [{ start: head, end: head + gone.length, text: '' }];
  }
  const changes: TextChange[] = [];
  let pos = head;
  let pending: TextChange | null = null;
  for (const part of diffWordsWithSpace(oldMiddle, newMiddle)) {
    if (!part.added && !part.removed) {
      if (pending) {
        changes.push(pending);
        pos = pending.start + pending.text.length;
        pending = null;
      }
      pos += part.value.length;
      continue;
    }
    pending ??= { start: pos, end: pos, text: '' };
    if (part.removed) pending.end += part.value.length;
    else pending.text += part.value;
  }
  if (pending) changes.push(pending);
  return changes;
}

export function mapRangeThrough(range: Range, changes: readonly TextChange[]): Range {
  return changes.reduce(mapRange, range);
}

/** True when the two ranges share at least one character (touching ends do not count). */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}
