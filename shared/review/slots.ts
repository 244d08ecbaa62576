/**
 * A slot is one editable string of an article: a block's text, a figure's caption, a list item,
 * the headline. Suggestions and comments point at slots; this module reads and rewrites them,
 * moving inline marks with the text so formatting stays on the words it was on.
 */
import type { Article, Block, Mark } from '../model/article';
import { applyChange, mapRange, type TextChange } from './anchors';

export interface Slot {
  blockId: string | null;
  field?: string | undefined;
}

export const ARTICLE_FIELDS = ['headline', 'subheadline'] as const;

export function slotKey(slot: Slot): string {
  return `${slot.blockId ?? ''}\u0000${slot.field ?? ''}`;
}

export function sameSlot(a: Slot, b: Slot): boolean {
  return a.blockId === b.blockId && (a.field ?? '') === (b.field ?? '');
}

/** A readable name for a slot in messages: "headline", "b3", "b4 caption", "b5 items.2". */
export function describeSlot(slot: Slot): string {
  if (slot.blockId === null) return slot.field ?? '(article)';
  return slot.field ? `${slot.blockId} ${slot.field}` : slot.blockId;
}

function itemIndex(field: string | undefined): number | null {
  const m = field ? /^items\.(\d+)$/.exec(field) : null;
  return m?.[1] === undefined ? null : Number(m[1]);
}

function blockSlotText(block: Block, field: string | undefined): string | undefined {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return field === undefined ? block.text : undefined;
    case 'quote':
      if (field === undefined) return block.text;
      return field === 'attribution' ? (block.attribution ?? '') : undefined;
    case 'list': {
      const i = itemIndex(field);
      return i === null ? undefined : block.items[i]?.text;
    }
    case 'figure':
      if (field === 'caption') return block.caption;
      if (field === 'alt') return block.alt;
      if (field === 'credit') return block.credit ?? '';
      return undefined;
    case 'related':
      return field === 'title' ? block.title : field === 'label' ? block.label : undefined;
  }
}

/** The slot's current text, or undefined when the article has no such slot (block removed). */
export function readSlot(article: Article, slot: Slot): string | undefined {
  if (slot.blockId === null) {
    if (slot.field === 'headline') return article.headline;
    if (slot.field === 'subheadline') return article.subheadline ?? '';
    return undefined;
  }
  const block = article.blocks.find((b) => b.id === slot.blockId);
  return block ? blockSlotText(block, slot.field) : undefined;
}

/** Whether a block-level anchor (no field, no range) still has its block. */
export function hasBlock(article: Article, blockId: string): boolean {
  return article.blocks.some((b) => b.id === blockId);
}

function mapMarks(marks: readonly Mark[], change: TextChange): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    const r = mapRange(m, change);
    if (r.end > r.start) out.push({ ...m, start: r.start, end: r.end });
  }
  return out;
}

function changeBlock(block: Block, field: string | undefined, change: TextChange): Block {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return {
        ...block,
        text: applyChange(block.text, change),
        marks: mapMarks(block.marks, change),
      };
    case 'quote':
      if (field === 'attribution') {
        const text = applyChange(block.attribution ?? '', change);
        return { ...block, attribution: text === '' ? null : text };
      }
      return {
        ...block,
        text: applyChange(block.text, change),
        marks: mapMarks(block.marks, change),
      };
    case 'list': {
      const i = itemIndex(field);
      return {
        ...block,
        items: block.items.map((item, j) =>
          j === i
            ? { text: applyChange(item.text, change), marks: mapMarks(item.marks, change) }
            : item,
        ),
      };
    }
    case 'figure':
      if (field === 'caption') return { ...block, caption: applyChange(block.caption, change) };
      if (field === 'alt') return { ...block, alt: applyChange(block.alt, change) };
      {
        const text = applyChange(block.credit ?? '', change);
        return { ...block, credit: text === '' ? null : text };
      }
    case 'related':
      return field === 'label'
        ? { ...block, label: applyChange(block.label, change) }
        : { ...block, title: applyChange(block.title, change) };
  }
}

/**
 * The article with one change made to a slot. Pure; blocks it does not touch keep their
 * identity. The caller checks the slot exists (`readSlot`) and the range is inside it.
 */
export function changeSlot(article: Article, slot: Slot, change: TextChange): Article {
  if (slot.blockId === null) {
    if (slot.field === 'headline') {
      return { ...article, headline: applyChange(article.headline, change) };
    }
    const text = applyChange(article.subheadline ?? '', change);
    return { ...article, subheadline: text === '' ? null : text };
  }
  return {
    ...article,
    blocks: article.blocks.map((b) =>
      b.id === slot.blockId ? changeBlock(b, slot.field, change) : b,
    ),
  };
}

/** Every slot of an article, in reading order. */
export function listSlots(article: Article): Slot[] {
  const slots: Slot[] = [
    { blockId: null, field: 'headline' },
    { blockId: null, field: 'subheadline' },
  ];
  for (const b of article.blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        slots.push({ blockId: b.id });
        break;
      case 'quote':
        slots.push({ blockId: b.id }, { blockId: b.id, field: 'attribution' });
        break;
      case 'list':
        b.items.forEach((_, i) => slots.push({ blockId: b.id, field: `items.${i}` }));
        break;
      case 'figure':
        slots.push(
          { blockId: b.id, field: 'caption' },
          { blockId: b.id, field: 'alt' },
          { blockId: b.id, field: 'credit' },
        );
        break;
      case 'related':
        slots.push({ blockId: b.id, field: 'label' }, { blockId: b.id, field: 'title' });
        break;
    }
  }
  return slots;
}
