/**
 * Keeps the article's shape: headline, byline and dateline always lead, once each, and keyboard
 * deletion never removes them (Backspace at the start of the first paragraph does not swallow
 * the dateline; Delete at the end of the headline does not pull the body into it).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  DELETE_CHARACTER_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  RootNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { $createBylineNode, $isBylineNode } from '../nodes/BylineNode';
import { $createDatelineNode, $isDatelineNode } from '../nodes/DatelineNode';
import { $createHeadlineNode, $isHeadlineNode } from '../nodes/HeadlineNode';

const isFront = (n: LexicalNode | null): boolean =>
  $isHeadlineNode(n) || $isBylineNode(n) || $isDatelineNode(n);

/** The top-level block holding the caret, if the selection is collapsed at its very start/end. */
function $edgeBlock(edge: 'start' | 'end'): ElementNode | null {
  const sel = $getSelection();
  if (!$isRangeSelection(sel) || !sel.isCollapsed()) return null;
  const point = sel.anchor;
  const node = point.getNode();
  const top = node.getTopLevelElement();
  if (!top || !$isElementNode(top)) return null;
  if (point.type === 'element') {
    if (!node.is(top)) return null;
    const atEdge = edge === 'start' ? point.offset === 0 : point.offset === top.getChildrenSize();
    return atEdge ? top : null;
  }
  if (edge === 'start') {
    return point.offset === 0 && top.getFirstDescendant()?.is(node) ? top : null;
  }
  return point.offset === node.getTextContentSize() && top.getLastDescendant()?.is(node)
    ? top
    : null;
}

export function StructurePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const guardBackward = (event: KeyboardEvent | null): boolean => {
      const sel = $getSelection();
      if ($isNodeSelection(sel) && sel.getNodes().some(isFront)) {
        event?.preventDefault();
        return true;
      }
      const top = $edgeBlock('start');
      if (top && !isFront(top) && isFront(top.getPreviousSibling())) {
        event?.preventDefault();
        // An empty first paragraph may go; its neighbours stay.
        if (top.getTextContentSize() === 0 && top.getNextSibling()) {
          const next = top.getNextSibling();
          top.remove();
          if ($isElementNode(next)) next.selectStart();
        }
        return true;
      }
      return false;
    };
    const guardForward = (event: KeyboardEvent | null): boolean => {
      const sel = $getSelection();
      if ($isNodeSelection(sel) && sel.getNodes().some(isFront)) {
        event?.preventDefault();
        return true;
      }
      const top = $edgeBlock('end');
      if (top && isFront(top.getNextSibling())) {
        event?.preventDefault();
        return true;
      }
      return false;
    };
    return mergeRegister(
      editor.registerCommand(KEY_BACKSPACE_COMMAND, guardBackward, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_DELETE_COMMAND, guardForward, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(
        DELETE_CHARACTER_COMMAND,
        (isBackward) => (isBackward ? guardBackward(null) : guardForward(null)),
        COMMAND_PRIORITY_CRITICAL,
      ),
      // Whatever happened (a paste over everything, select-all and type), put the front back.
      editor.registerNodeTransform(RootNode, (root) => {
        const kids = root.getChildren();
        if ($isHeadlineNode(kids[0]) && $isBylineNode(kids[1]) && $isDatelineNode(kids[2])) return;
        const headline = kids.find($isHeadlineNode) ?? $createHeadlineNode();
        const byline = kids.find($isBylineNode) ?? $createBylineNode();
        const dateline = kids.find($isDatelineNode) ?? $createDatelineNode();
        const first = root.getFirstChild();
        if (first && first !== headline) first.insertBefore(headline);
        else if (!first) root.append(headline);
        headline.insertAfter(byline);
        byline.insertAfter(dateline);
      }),
    );
  }, [editor]);
  return null;
}
