/**
 * Pasting wire copy or a web page runs the same importer a file would (shared/import), so a
 * pasted story arrives as headline, byline, dateline, figure and related nodes, not a wall of
 * text. A single line pastes as plain text, as anywhere else. The importers are loaded on first
 * paste so they do not weigh on start-up.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef } from 'react';
import type { Article } from '../../../shared/model/article';
import type { Profile } from '../../../shared/profiles/profile';
import { $blockToNode, $inlineNodes } from '../bridge';
import { $isBylineNode } from '../nodes/BylineNode';
import { $isDatelineNode } from '../nodes/DatelineNode';
import { $isHeadlineNode } from '../nodes/HeadlineNode';

/** Worth running the importer: several lines of text, or HTML with block structure. */
export function looksLikeStory(plain: string, html: string): boolean {
  if (html && /<(p|h[1-6]|figure|img|blockquote|ul|ol|article)\b/i.test(html)) return true;
  return plain.split(/\r?\n/).filter((l) => l.trim() !== '').length >= 2;
}

interface Props {
  /** The profile the article names explicitly, if any; else the importer picks by language. */
  profile: Profile | null;
  /** Credits and the import report the pasted copy brought, for the app to merge. */
  onImported: (article: Article, filledEmpty: boolean) => void;
  onError: (message: string) => void;
}

export function PastePlugin({ profile, onImported, onError }: Props): null {
  const [editor] = useLexicalComposerContext();
  const cb = useRef({ profile, onImported, onError });
  cb.current = { profile, onImported, onError };

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          // Into a node view's field (a caption, alt text, a linked story's title) text pastes
          // as text: a multi-line caption is not a story to import.
          const target = 'target' in event ? event.target : null;
          if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
            return false;
          }
          const plain = data.getData('text/plain');
          const html = data.getData('text/html');
          if (!looksLikeStory(plain, html)) return false;
          event.preventDefault();
          // Where to put it, remembered now: the caret may move while the importer loads.
          const anchorKey = editor.getEditorState().read(() => {
            const sel = $getSelection();
            return $isRangeSelection(sel)
              ? (sel.anchor.getNode().getTopLevelElement()?.getKey() ?? null)
              : null;
          });
          void pasteStory(html || plain, html ? 'pasted.html' : 'pasted.txt', anchorKey);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  async function pasteStory(text: string, name: string, anchorKey: string | null): Promise<void> {
    let article: Article;
    try {
      const { importDraft } = await import('../../../shared/import/index');
      // Pasted copy is read by its own language's conventions (an Indonesian wire story pasted
      // into an English article still has "Baca juga" links); a house profile the article names
      // explicitly wins.
      const explicit = cb.current.profile;
      article = await importDraft(
        { bytes: new TextEncoder().encode(text), name },
        explicit ? { profile: explicit } : {},
      );
    } catch (e) {
      cb.current.onError((e as Error).message);
      return;
    }
    let filledEmpty = false;
    editor.update(
      () => {
        filledEmpty = $insertStory(article, anchorKey);
      },
      { discrete: true },
    );
    cb.current.onImported(article, filledEmpty);
  }

  return null;
}

/**
 * Fills the headline, byline and dateline if they are still empty, then inserts the body after
 * the block the caret was in (replacing it if it was an empty paragraph).
 */
export function $insertStory(article: Article, anchorKey: string | null): boolean {
  const root = $getRoot();
  let filledEmpty = false;
  let bodyHeadline: string | null = null;
  for (const node of root.getChildren()) {
    if ($isHeadlineNode(node)) {
      if (node.getTextContentSize() === 0) {
        node.append(...$inlineNodes(article.headline, []));
        filledEmpty = article.headline !== '';
      } else if (article.headline) bodyHeadline = article.headline;
    } else if ($isBylineNode(node)) {
      const d = node.getData();
      if (d.authors.length === 0 && article.byline.authors.length > 0) {
        node.setAuthors(article.byline.authors.map((a) => a.name));
      }
      if (d.published === null && article.byline.published) {
        node.setPublished(article.byline.published);
      }
    } else if ($isDatelineNode(node) && node.isEmpty() && article.dateline) {
      const { place, source, date } = article.dateline;
      node.setPart('place', place);
      if (source) node.setPart('source', source);
      if (date) node.setPart('date', date);
    }
  }
  // Pasted blocks get fresh ids (the bridge assigns them): the importer's b1, b2… are taken.
  const nodes: LexicalNode[] = article.blocks.map((b) => $blockToNode({ ...b, id: '' }));
  // A second headline in the middle of a story becomes a subheading, not a lost line.
  if (bodyHeadline) {
    nodes.unshift($createHeadingNode('h2').append(...$inlineNodes(bodyHeadline, [])));
  }
  if (nodes.length === 0) return filledEmpty;
  const anchor = anchorKey ? root.getChildren().find((n) => n.getKey() === anchorKey) : undefined;
  let after: LexicalNode = anchor ?? root.getLastChild() ?? root;
  if ($isHeadlineNode(after) || $isBylineNode(after)) {
    after = root.getChildren().find($isDatelineNode) ?? after;
  }
  for (const n of nodes) {
    after.insertAfter(n);
    after = n;
  }
  if (
    anchor &&
    $isElementNode(anchor) &&
    anchor.getTextContentSize() === 0 &&
    anchor.getType() === 'paragraph'
  ) {
    anchor.remove();
  }
  if ($isElementNode(after)) after.selectEnd();
  return filledEmpty;
}
