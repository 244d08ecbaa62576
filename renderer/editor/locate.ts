/**
 * Model character offsets ↔ the editor. A block's model text is its text nodes in order, with a
 * line break counting as "\n" (see bridge.ts); both functions here walk the same way. Proposed
 * words of an open suggestion (<ins data-suggestion="insert">) are not model text until
 * accepted, so both walks step over them.
 */
import {
  $createRangeSelection,
  $getNodeByKey,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { $isSuggestionNode } from './nodes/SuggestionNode';

/** A DOM Range over [start, end) of the text shown inside `root`, or null if out of bounds. */
export function domRangeFor(root: HTMLElement, start: number, end: number): Range | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE &&
      (n as Element).getAttribute('data-suggestion') === 'insert'
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let pos = 0;
  let startPoint: [Node, number] | null = null;
  let endPoint: [Node, number] | null = null;
  let last: Node | null = null;
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      if ((n as Element).tagName === 'BR') {
        // A start just before a line break stays at the end of the text before it.
        if (!startPoint && last && start === pos) {
          startPoint = [last, last.textContent?.length ?? 0];
          if (end === pos) {
            endPoint = startPoint;
            break;
          }
        }
        pos += 1;
      }
      continue;
    }
    if (n.nodeType !== Node.TEXT_NODE) continue;
    // Text that is not copy (e.g. a decorator's own UI) is never inside a text block.
    const len = n.textContent?.length ?? 0;
    // A start where two text nodes meet belongs to the later one: the earlier may be followed by
    // proposed words (skipped here), which a range starting after them must not cover.
    if (!startPoint && start < pos + len) startPoint = [n, Math.max(0, start - pos)];
    if (startPoint && end <= pos + len) {
      endPoint = [n, Math.max(0, end - pos)];
      break;
    }
    pos += len;
    last = n;
  }
  if (!startPoint && last && start === pos) {
    // At the very end of the text.
    startPoint = [last, last.textContent?.length ?? 0];
    if (end === pos) endPoint = startPoint;
  }
  if (!startPoint || !endPoint) return null;
  const range = doc.createRange();
  range.setStart(startPoint[0], startPoint[1]);
  range.setEnd(endPoint[0], endPoint[1]);
  return range;
}

interface TextPoint {
  node: TextNode;
  offset: number;
}

function $textPoints(
  el: ElementNode,
  start: number,
  end: number,
): [TextPoint | null, TextPoint | null] {
  let pos = 0;
  let a: TextPoint | null = null;
  let b: TextPoint | null = null;
  let lastText: TextNode | null = null;
  const visit = (node: LexicalNode): boolean => {
    if ($isSuggestionNode(node) && node.getMeta().kind === 'insert') return false;
    if ($isTextNode(node)) {
      const len = node.getTextContentSize();
      // As in domRangeFor: a start on a boundary goes to the later node.
      if (!a && start < pos + len) a = { node, offset: start - pos };
      if (a && end <= pos + len) {
        b = { node, offset: end - pos };
        return true;
      }
      pos += len;
      lastText = node;
    } else if ($isLineBreakNode(node)) {
      // A start just before a line break stays at the end of the text before it.
      if (!a && lastText && start === pos) {
        a = { node: lastText, offset: lastText.getTextContentSize() };
        if (end === pos) {
          b = a;
          return true;
        }
      }
      pos += 1;
    } else if ($isElementNode(node)) {
      for (const c of node.getChildren()) if (visit(c)) return true;
    }
    return false;
  };
  for (const c of el.getChildren()) if (visit(c)) break;
  if (!a && lastText && start === pos) {
    const size = (lastText as TextNode).getTextContentSize();
    a = { node: lastText, offset: size };
    if (end === pos) b = { node: lastText, offset: size };
  }
  return [a, b];
}

/** Selects [start, end) of a text block's model text; the whole block when no range is given. */
export function $selectInBlock(key: NodeKey, start?: number, end?: number): boolean {
  const node = $getNodeByKey(key);
  if (!$isElementNode(node)) return false;
  if (start === undefined) {
    node.select(0, node.getChildrenSize());
    return true;
  }
  const [a, b] = $textPoints(node, start, end ?? start);
  if (!a || !b) {
    node.selectStart();
    return true;
  }
  const pa = a as TextPoint;
  const pb = b as TextPoint;
  const sel = $createRangeSelection();
  sel.anchor.set(pa.node.getKey(), pa.offset, 'text');
  sel.focus.set(pb.node.getKey(), pb.offset, 'text');
  $setSelection(sel);
  return true;
}
