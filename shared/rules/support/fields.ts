/**
 * The pieces of a block that hold running text, each with the `field` a diagnostic names it by
 * and a pure setter, so text rules (quotes, spacing, boilerplate) are written once for every
 * block type.
 */
import type { Block } from '../../model/article';
import { shiftMarks } from './edit';

export interface TextField {
  /** Undefined for a block's own `text`; else "caption", "title", "attribution", "items.3". */
  field: string | undefined;
  text: string;
}

export function textFields(block: Block): TextField[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [{ field: undefined, text: block.text }];
    case 'quote':
      return block.attribution
        ? [
            { field: undefined, text: block.text },
            { field: 'attribution', text: block.attribution },
          ]
        : [{ field: undefined, text: block.text }];
    case 'list':
      return block.items.map((item, i) => ({ field: `items.${i}`, text: item.text }));
    case 'figure':
      return [{ field: 'caption', text: block.caption }];
    case 'related':
      return [{ field: 'title', text: block.title }];
  }
}

/** The text of one field, or undefined when the block has no such field any more. */
export function readField(block: Block, field: string | undefined): string | undefined {
  return textFields(block).find((f) => f.field === field)?.text;
}

/**
 * The block with `[start, end)` of a field replaced, marks shifted to match; null when the field
 * no longer reads `expected` there (the finding is stale).
 */
export function spliceField(
  block: Block,
  field: string | undefined,
  start: number,
  end: number,
  expected: string,
  replacement: string,
): Block | null {
  const current = readField(block, field);
  if (current === undefined || current.slice(start, end) !== expected) return null;
  const text = current.slice(0, start) + replacement + current.slice(end);
  const length = replacement.length;
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, text, marks: shiftMarks(block.marks, start, end, length) };
    case 'quote':
      return field === 'attribution'
        ? { ...block, attribution: text }
        : { ...block, text, marks: shiftMarks(block.marks, start, end, length) };
    case 'list': {
      const i = Number(field?.slice('items.'.length));
      const items = block.items.slice();
      const item = items[i]!;
      items[i] = { text, marks: shiftMarks(item.marks, start, end, length) };
      return { ...block, items };
    }
    case 'figure':
      return { ...block, caption: text };
    case 'related':
      return { ...block, title: text };
  }
}
