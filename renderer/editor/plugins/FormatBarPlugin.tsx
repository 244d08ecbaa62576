/**
 * The editor's own toolbar: what kind of block the caret is in (and turning it into another),
 * bold, italic and links (Ctrl+K), and inserting a figure or a related link after the current
 * block. Block ids survive a change of type, so findings and comments still point at the same
 * block.
 */
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
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
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $setState,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_MODIFIER_COMMAND,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { memo, useEffect, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { $isBylineNode } from '../nodes/BylineNode';
import { $isDatelineNode } from '../nodes/DatelineNode';
import { $createFigureNode } from '../nodes/FigureNode';
import { $isHeadlineNode } from '../nodes/HeadlineNode';
import { $createRelatedLinkNode } from '../nodes/RelatedLinkNode';
import { attributionState, blockIdState } from '../nodes/blockState';

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

/** The href of the link the caret is in, or "" when it is in plain text. */
function $currentLink(): string {
  const sel = $getSelection();
  if (!$isRangeSelection(sel)) return '';
  for (let n: LexicalNode | null = sel.anchor.getNode(); n; n = n.getParent()) {
    if ($isLinkNode(n)) return n.getURL();
  }
  return '';
}

/** Links a journalist may make: web and mail addresses only. */
export const isAllowedHref = (url: string): boolean =>
  /^(https?:\/\/\S+|mailto:\S+@\S+)$/i.test(url.trim());

/** Memoised: it takes no props and follows the editor itself, so a new snapshot need not render it. */
export const FormatBarPlugin = memo(function FormatBarPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [kind, setKind] = useState<BlockKind>('other');
  /** Start of the caret block's text: lets tests (and devtools) see where the editor thinks the caret is. */
  const [caretText, setCaretText] = useState('');
  const [hasRange, setHasRange] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  /** The quote the caret is in and its attribution, for the attribution field. */
  const [quote, setQuote] = useState<{ key: string; who: string } | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        // Read everything now: React may run a state updater after the read has ended.
        const { nextKind, nextQuote, nextCaret, nextRange } = editorState.read(() => {
          const top = $currentTop();
          return {
            nextCaret: top ? top.getTextContent().slice(0, 40) : '',
            nextRange: (() => {
              const sel = $getSelection();
              return $isRangeSelection(sel) && !sel.isCollapsed();
            })(),
            nextKind: $blockKind(top),
            nextQuote:
              top && $isQuoteNode(top)
                ? { key: top.getKey(), who: $getState(top, attributionState) ?? '' }
                : null,
          };
        });
        setKind(nextKind);
        setCaretText(nextCaret);
        setHasRange(nextRange);
        setQuote((prev) =>
          prev && nextQuote && prev.key === nextQuote.key && prev.who === nextQuote.who
            ? prev
            : nextQuote,
        );
      }),
    [editor],
  );

  const openLink = (): void => {
    const { href, hasText } = editor.getEditorState().read(() => {
      const sel = $getSelection();
      return {
        href: $currentLink(),
        hasText: $isRangeSelection(sel) && !sel.isCollapsed(),
      };
    });
    // Nothing selected and not in a link: there is nothing to link (Lexical would take the
    // whole block).
    if (!href && !hasText) return;
    setLink(href);
    requestAnimationFrame(() => linkInput.current?.focus());
  };

  useEffect(
    () =>
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (e: KeyboardEvent) => {
          if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') {
            e.preventDefault();
            openLink();
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    // openLink only reads the editor.
    [editor],
  );

  const applyLink = (url: string | null): void => {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    setLink(null);
    editor.focus();
  };

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
    <div
      className="formatbar"
      role="toolbar"
      aria-label={t('format.label')}
      data-caret-block={caretText}
      data-selection={hasRange ? 'range' : 'caret'}
    >
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
      <button
        type="button"
        className="tb-btn"
        title={`${t('format.link')} (Ctrl+K)`}
        aria-expanded={link !== null}
        disabled={front}
        onMouseDown={(e) => e.preventDefault()}
        onClick={openLink}
      >
        {t('format.link')}
      </button>
      {link !== null ? (
        <form
          className="formatbar__link"
          onSubmit={(e) => {
            e.preventDefault();
            if (isAllowedHref(link)) applyLink(link.trim());
          }}
        >
          <input
            ref={linkInput}
            className="input"
            type="url"
            aria-label={t('format.linkAddress')}
            placeholder="https://"
            value={link}
            aria-invalid={link !== '' && !isAllowedHref(link)}
            onChange={(e) => setLink(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setLink(null);
                editor.focus();
              }
            }}
          />
          <button type="submit" className="btn btn--small" disabled={!isAllowedHref(link)}>
            {t('format.applyLink')}
          </button>
          <button type="button" className="btn btn--small" onClick={() => applyLink(null)}>
            {t('format.removeLink')}
          </button>
        </form>
      ) : null}
      {quote ? (
        <label className="formatbar__quote">
          <span>{t('format.attribution')}</span>
          <input
            className="input"
            value={quote.who}
            placeholder={t('format.attributionPlaceholder')}
            onChange={(e) => {
              const who = e.currentTarget.value;
              setQuote({ key: quote.key, who });
              editor.update(() => {
                const node = $getNodeByKey(quote.key);
                if (node) $setState(node, attributionState, who.trim() === '' ? null : who);
              });
            }}
          />
        </label>
      ) : null}
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
});
