/**
 * What a new comment would be anchored to, read from the editor: a range of a text block's (or
 * the headline's) model text when text is selected, else the whole block the caret or focus is
 * in (figures and related links are decorators: their inputs hold the focus, not Lexical).
 * Offsets count as bridge.ts/locate.ts do: text nodes in order, a line break as one character,
 * proposed words of open suggestions left out.
 */
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type PointType,
} from 'lexical';
import { $readInline } from '../editor/bridge';
import { $shownOffset } from '../editor/suggestions/cells';
import type { Anchor } from '../../shared/review';
import type { Snapshot } from '../editor/snapshot';

export interface CommentTarget {
  anchor: Anchor;
  /** The selected words, or null for a whole block. */
  quote: string | null;
  /** The block's type ("paragraph", "figure", …) or "headline", to name it in the panel. */
  kind: string;
}

function $topLevel(node: LexicalNode | null): LexicalNode | null {
  if (!node) return null;
  return node.getTopLevelElement() ?? node;
}

/** The model offset of a selection point inside the top-level element `top`. */
const $offsetOf = (top: LexicalNode, point: PointType): number | null =>
  $isElementNode(top) ? $shownOffset(top, point, 'skip') : null;

/** Which slot a top-level node is, by the snapshot's key map. */
function slotOf(
  snapshot: Snapshot,
  key: NodeKey,
): { blockId: string | null; field?: string; kind: string } | null {
  if (key === snapshot.headlineKey) return { blockId: null, field: 'headline', kind: 'headline' };
  const i = snapshot.blockKeys.indexOf(key);
  const block = i >= 0 ? snapshot.article.blocks[i] : undefined;
  return block ? { blockId: block.id, kind: block.type } : null;
}

/** Reads the target from the editor's selection; `focused` is a DOM element that has focus. */
export function readCommentTarget(
  editor: LexicalEditor,
  snapshot: Snapshot,
  focused: Element | null,
): CommentTarget | null {
  // Focus in a figure's or related link's own inputs wins over the text selection Lexical keeps.
  const decorator = focused?.closest('[data-lexical-decorator]') ?? null;
  return editor.read(() => {
    const selection = decorator ? null : $getSelection();
    if ($isRangeSelection(selection)) {
      const top = $topLevel(selection.anchor.getNode());
      const other = $topLevel(selection.focus.getNode());
      if (!top || !other || top.getKey() !== other.getKey()) return null;
      const slot = slotOf(snapshot, top.getKey());
      if (!slot) return null;
      const a = $offsetOf(top, selection.anchor);
      const b = $offsetOf(top, selection.focus);
      if (a === null || b === null || a === b || slot.kind === 'list') {
        if (slot.blockId === null) return null;
        return { anchor: { blockId: slot.blockId }, quote: null, kind: slot.kind };
      }
      const [start, end] = a < b ? [a, b] : [b, a];
      const shown = $isElementNode(top) ? $readInline(top).text : top.getTextContent();
      const text = shown.slice(start, end);
      const { kind, ...where } = slot;
      return { anchor: { ...where, start, end }, quote: text, kind };
    }
    let node: LexicalNode | null = null;
    if ($isNodeSelection(selection)) node = selection.getNodes()[0] ?? null;
    if (!node && decorator) node = $getNearestNodeFromDOMNode(decorator);
    const top = $topLevel(node);
    const slot = top ? slotOf(snapshot, top.getKey()) : null;
    if (!slot || slot.blockId === null) return null;
    return { anchor: { blockId: slot.blockId }, quote: null, kind: slot.kind };
  });
}

/** The editor element of a slot, for highlighting; null when it is not on screen. */
export function elementForSlot(
  editor: LexicalEditor,
  snapshot: Snapshot,
  blockId: string | null,
  field: string | undefined,
): HTMLElement | null {
  if (blockId === null) {
    return field === 'headline' && snapshot.headlineKey
      ? editor.getElementByKey(snapshot.headlineKey)
      : null;
  }
  const i = snapshot.article.blocks.findIndex((b) => b.id === blockId);
  const key = i >= 0 ? snapshot.blockKeys[i] : undefined;
  return key ? editor.getElementByKey(key) : null;
}
