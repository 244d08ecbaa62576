/**
 * A text block's inline content ↔ cells (see revise.ts), and caret positions counted over what
 * the block shows (accepted text, struck words and proposed words alike).
 */
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import {
  $createLineBreakNode,
  $createRangeSelection,
  $createTextNode,
  $isElementNode,
  $isLineBreakNode,
  $isRootOrShadowRoot,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type TextNode,
} from 'lexical';
import {
  $createSuggestionNode,
  $isSuggestionNode,
  type SuggestionMeta,
} from '../nodes/SuggestionNode';
import type { Cell } from './revise';

/**
 * The element whose inline text is one slot: a list item, or a top-level text block (headline,
 * paragraph, heading, quote). Null for anything else (decorators, the root).
 */
export function $slotElementOf(node: LexicalNode | null): ElementNode | null {
  for (let n: LexicalNode | null = node; n; n = n.getParent()) {
    if ($isListItemNode(n)) return n;
    const parent = n.getParent();
    if (parent && $isRootOrShadowRoot(parent)) {
      return $isElementNode(n) && !$isListNode(n) && !n.isInline() ? n : null;
    }
  }
  return null;
}

/** The inline children of a slot element: a list item's nested lists are not its text. */
function inlineChildren(el: ElementNode): LexicalNode[] {
  return el.getChildren().filter((c) => !$isListNode(c));
}

export function $readCells(el: ElementNode): Cell[] {
  const out: Cell[] = [];
  const visit = (node: LexicalNode, href: string | null, s: SuggestionMeta | null): void => {
    if ($isTextNode(node)) {
      const text = node.getTextContent();
      const bold = node.hasFormat('bold');
      const italic = node.hasFormat('italic');
      for (let i = 0; i < text.length; i++)
        out.push({ t: text[i] as string, bold, italic, href, s });
    } else if ($isLineBreakNode(node)) {
      out.push({ t: '\n', bold: false, italic: false, href, s });
    } else if ($isSuggestionNode(node)) {
      for (const c of node.getChildren()) visit(c, href, node.getMeta());
    } else if ($isLinkNode(node)) {
      for (const c of node.getChildren()) visit(c, node.getURL(), s);
    } else if ($isElementNode(node) && !$isListNode(node)) {
      for (const c of node.getChildren()) visit(c, href, s);
    }
  };
  for (const c of inlineChildren(el)) visit(c, null, null);
  return out;
}

const sameMeta = (a: SuggestionMeta | null, b: SuggestionMeta | null): boolean =>
  a === b || (a !== null && b !== null && a.id === b.id && a.kind === b.kind);

/** Nodes for cells that share one suggestion state: links grouped, runs of one format merged. */
function $nodesFor(cells: readonly Cell[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  let link: ElementNode | null = null;
  let linkHref: string | null = null;
  let last: TextNode | null = null;
  let lastCell: Cell | null = null;
  for (const c of cells) {
    let target: LexicalNode[] | ElementNode = out;
    if (c.href !== null) {
      if (!link || linkHref !== c.href) {
        link = $createLinkNode(c.href);
        linkHref = c.href;
        out.push(link);
        last = null;
      }
      target = link;
    } else if (link) {
      link = null;
      linkHref = null;
      last = null;
    }
    if (c.t === '\n') {
      const br = $createLineBreakNode();
      if (Array.isArray(target)) target.push(br);
      else target.append(br);
      last = null;
      continue;
    }
    if (last && lastCell && lastCell.bold === c.bold && lastCell.italic === c.italic) {
      last.setTextContent(last.getTextContent() + c.t);
      continue;
    }
    const node = $createTextNode(c.t);
    if (c.bold) node.toggleFormat('bold');
    if (c.italic) node.toggleFormat('italic');
    if (Array.isArray(target)) target.push(node);
    else target.append(node);
    last = node;
    lastCell = c;
  }
  return out;
}

/** Replaces a slot element's inline content with nodes for `cells` (nested lists stay). */
export function $writeCells(el: ElementNode, cells: readonly Cell[]): void {
  const nested = el.getChildren().filter($isListNode);
  for (const c of inlineChildren(el)) c.remove();
  const nodes: LexicalNode[] = [];
  let i = 0;
  while (i < cells.length) {
    const s = (cells[i] as Cell).s;
    let j = i;
    while (j < cells.length && sameMeta((cells[j] as Cell).s, s)) j++;
    const group = $nodesFor(cells.slice(i, j));
    if (s) nodes.push($createSuggestionNode(s).append(...group));
    else nodes.push(...group);
    i = j;
  }
  const first = nested[0];
  if (first) for (const n of nodes) first.insertBefore(n);
  else el.append(...nodes);
}

/**
 * The shown-text offset of a selection point inside slot element `el`, or null if outside; with
 * `proposed` "skip", the offset in the model (accepted) text, proposed words left out.
 */
export function $shownOffset(
  el: ElementNode,
  point: PointType,
  proposed: 'count' | 'skip' = 'count',
): number | null {
  let pos = 0;
  let found: number | null = null;
  const visit = (node: LexicalNode): boolean => {
    if (proposed === 'skip' && $isSuggestionNode(node) && node.getMeta().kind === 'insert') {
      // Not model text: a point inside proposed words sits where they would go in.
      const inside =
        (point.type === 'element' && point.key === node.getKey()) ||
        node.isParentOf(point.getNode());
      if (inside) found = pos;
      return inside;
    }
    if ($isTextNode(node)) {
      if (point.type === 'text' && node.getKey() === point.key) {
        found = pos + point.offset;
        return true;
      }
      pos += node.getTextContentSize();
    } else if ($isLineBreakNode(node)) {
      pos += 1;
    } else if ($isElementNode(node) && !$isListNode(node)) {
      const children = node.getChildren();
      for (let i = 0; i < children.length; i++) {
        if (point.type === 'element' && node.getKey() === point.key && i === point.offset) {
          found = pos;
          return true;
        }
        if (visit(children[i] as LexicalNode)) return true;
      }
      if (point.type === 'element' && node.getKey() === point.key) {
        found = pos;
        return true;
      }
    }
    return false;
  };
  visit(el);
  return found;
}

/**
 * Puts a collapsed caret at shown offset `x` of `el`. Where two nodes meet, the caret goes
 * where typing should land: in plain text or one's own proposed words rather than in struck
 * ones, and at the end of what is on the left when both would do.
 */
export function $placeCaret(
  el: ElementNode,
  x: number,
  mine: (s: SuggestionMeta) => boolean,
): void {
  const spots: { node: TextNode; offset: number; rank: number }[] = [];
  let pos = 0;
  const visit = (node: LexicalNode, s: SuggestionMeta | null): void => {
    if ($isTextNode(node)) {
      const len = node.getTextContentSize();
      if (x >= pos && x <= pos + len) {
        const good = s === null || (s.kind === 'insert' && mine(s));
        spots.push({ node, offset: x - pos, rank: good ? 0 : 1 });
      }
      pos += len;
    } else if ($isLineBreakNode(node)) {
      pos += 1;
    } else if ($isSuggestionNode(node)) {
      for (const c of node.getChildren()) visit(c, node.getMeta());
    } else if ($isElementNode(node) && !$isListNode(node)) {
      for (const c of node.getChildren()) visit(c, s);
    }
  };
  for (const c of inlineChildren(el)) visit(c, null);
  const best = spots.sort((a, b) => a.rank - b.rank)[0];
  if (!best) {
    el.selectStart();
    return;
  }
  const sel = $createRangeSelection();
  sel.anchor.set(best.node.getKey(), best.offset, 'text');
  sel.focus.set(best.node.getKey(), best.offset, 'text');
  $setSelection(sel);
}
