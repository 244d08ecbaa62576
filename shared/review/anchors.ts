/**
 * Ranges that move with the text. A change replaces [start, end) of a text with new text; every
 * position after it shifts by the difference, positions inside a deleted stretch collapse to
 * where it was. Comments and open suggestions are mapped through each change so they stay on
 * the words they were about while the copy is edited.
 */
import { diffChars } from 'diff';

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

/**
 * The edits that turn `before` into `after`, as changes to apply one after another (each in the
 * coordinates left by the previous ones). Character-level, so a comment on one word survives an
 * edit to the next word in the same paragraph.
 */
export function changesBetween(before: string, after: string): TextChange[] {
  if (before === after) return [];
  const changes: TextChange[] = [];
  let pos = 0;
  let pending: TextChange | null = null;
  for (const part of diffChars(before, after)) {
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
