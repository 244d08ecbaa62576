/**
 * The editor's own toolbar: what kind of block the caret is in (and turning it into another),
 * bold and italic, and inserting a figure or a related link after the current block. Block ids
 * survive a change of type, so findings and comments still point at the same block.
 */
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  $isListNode,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $setState,
  FORMAT_TEXT_COMMAND,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { $isBylineNode } from '../nodes/BylineNode';
import { $isDatelineNode } from '../nodes/DatelineNode';
import { $createFigureNode } from '../nodes/FigureNode';
import { $isHeadlineNode } from '../nodes/HeadlineNode';
import { $createRelatedLinkNode } from '../nodes/RelatedLinkNode';
import { blockIdState } from '../nodes/blockState';

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number' | 'front' | 'other';
const KINDS: Exclude<BlockKind, 'front' | 'other'>[] = [
  'paragraph',
  'heading',
  'quote',
  'bullet',
  'number',
];

function $currentTop(): LexicalNode | null {
  const sel = $getSelection();
  if (!$isRangeSelection(sel)) return null;
  return sel.anchor.getNode().getTopLevelElement();
}

export function $blockKind(top: LexicalNode | null): BlockKind {
  if (!top) return 'other';
  if ($isHeadlineNode(top) || $isBylineNode(top) || $isDatelineNode(top)) return 'front';
  if ($isHeadingNode(top)) return 'heading';
  if ($isQuoteNode(top)) return 'quote';
  if ($isListNode(top)) return top.getListType() === 'number' ? 'number' : 'bullet';
  if (top.getType() === 'paragraph') return 'paragraph';
  return 'other';
}

const keepId = (prev: ElementNode, next: ElementNode): void => {
  $setState(next, blockIdState, $getState(prev, blockIdState));
};

/** Inserts a block node after the caret's block (after the dateline when the caret is up front). */
export function $insertBlockAfterCaret(node: LexicalNode): void {
  const root = $getRoot();
  let after = $currentTop() ?? root.getLastChild();
  if (!after || $isHeadlineNode(after) || $isBylineNode(after)) {
    after = root.getChildren().find($isDatelineNode) ?? after;
  }
  if (after) after.insertAfter(node);
  else root.append(node);
  // Leave the caret somewhere to type next: the paragraph after, or a new one.
  const next = node.getNextSibling();
  if ($isElementNode(next)) next.selectStart();
  else node.insertAfter($createParagraphNode()).selectStart();
}

export function FormatBarPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [kind, setKind] = useState<BlockKind>('other');

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        setKind(editorState.read(() => $blockKind($currentTop())));
      }),
    [editor],
  );

  const setBlock = (k: BlockKind): void => {
    if (k === 'bullet')
      return void editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    if (k === 'number') return void editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    editor.update(() => {
      const sel = $getSelection();
      if ($blockKind($currentTop()) === 'front') return;
      const make =
        k === 'heading'
          ? () => $createHeadingNode('h2')
          : k === 'quote'
            ? () => $createQuoteNode()
            : () => $createParagraphNode();
      $setBlocksType(sel, make, keepId);
    });
  };

  const front = kind === 'front';
  return (
    <div className="formatbar" role="toolbar" aria-label={t('format.label')}>
      <label className="tb-select">
        <span className="visually-hidden">{t('format.blockType')}</span>
        <select
          value={KINDS.includes(kind as (typeof KINDS)[number]) ? kind : ''}
          disabled={front}
          onChange={(e) => setBlock(e.currentTarget.value as BlockKind)}
        >
          {!KINDS.includes(kind as (typeof KINDS)[number]) ? <option value="">—</option> : null}
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`format.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="tb-btn tb-btn--b"
        title={`${t('format.bold')} (Ctrl+B)`}
        aria-label={t('format.bold')}
        disabled={front}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        B
      </button>
      <button
        type="button"
        className="tb-btn tb-btn--i"
        title={`${t('format.italic')} (Ctrl+I)`}
        aria-label={t('format.italic')}
        disabled={front}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        I
      </button>
      <span className="formatbar__sep" aria-hidden="true" />
      <button
        type="button"
        className="tb-btn"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.update(() => $insertBlockAfterCaret($createFigureNode()))}
      >
        {t('format.insertFigure')}
      </button>
      <button
        type="button"
        className="tb-btn"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() =>
          editor.update(() =>
            $insertBlockAfterCaret(
              $createRelatedLinkNode({ label: t('format.relatedLabel'), title: '', url: null }),
            ),
          )
        }
      >
        {t('format.insertRelated')}
      </button>
    </div>
  );
}
