/**
 * Inside the editor: reports what a new comment would be anchored to as the selection moves,
 * and paints the ranges of open comments the way MarkersPlugin paints findings (the CSS Custom
 * Highlight API over `domRangeFor` ranges, so Lexical's DOM is never touched). Comments on a
 * whole block, or on a range that cannot be drawn, mark the block with `data-comment`.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { anchorState, type Comment } from '../../shared/review';
import { samePlainData } from '../../shared/rules/incremental';
import { domRangeFor } from '../editor/locate';
import { sameRanges } from '../editor/plugins/MarkersPlugin';
import type { Snapshot } from '../editor/snapshot';
import { elementForSlot, readCommentTarget, type CommentTarget } from './target';

const HIGHLIGHT = 'nr-comment';

const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

interface Props {
  snapshot: Snapshot | null;
  comments: readonly Comment[];
  onTarget: (target: CommentTarget | null) => void;
}

export function CommentsPlugin({ snapshot, comments, onTarget }: Props): null {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ snapshot, onTarget, focused: null as Element | null });
  latest.current = { ...latest.current, snapshot, onTarget };
  /**
   * What was last reported. Every keystroke is an update, and a caret in a paragraph reads as
   * an equal but new target each time: handing that up re-rendered the whole app per key.
   */
  const reported = useRef<{ target: CommentTarget | null } | null>(null);
  const painted = useRef<readonly Range[] | null>(null);

  useEffect(() => {
    const report = (): void => {
      const { snapshot: s, focused } = latest.current;
      const target = s ? readCommentTarget(editor, s, focused) : null;
      if (reported.current && samePlainData(reported.current.target, target)) return;
      reported.current = { target };
      latest.current.onTarget(target);
    };
    const onFocusIn = (e: FocusEvent): void => {
      latest.current.focused = e.target instanceof Element ? e.target : null;
      report();
    };
    // A selection that only moved is an update too, so this follows the caret.
    const offUpdate = editor.registerUpdateListener(report);
    const offRoot = editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('focusin', onFocusIn);
      root?.addEventListener('focusin', onFocusIn);
    });
    return () => {
      offUpdate();
      offRoot();
      editor.getRootElement()?.removeEventListener('focusin', onFocusIn);
    };
  }, [editor]);

  useEffect(() => {
    if (!snapshot) return;
    const ranges: Range[] = [];
    const marked = new Set<HTMLElement>();
    for (const c of comments) {
      // A comment whose text is gone (its list item deleted) has nothing to point at.
      if (c.resolved || anchorState(snapshot.article, c) === 'detached') continue;
      const { blockId, field, start, end } = c.anchor;
      const el = elementForSlot(editor, snapshot, blockId, field);
      if (!el) continue;
      const isText = !el.hasAttribute('data-lexical-decorator');
      const r =
        isText && !field && start !== undefined && end !== undefined && end > start
          ? domRangeFor(el, start, end)
          : isText && field === 'headline' && start !== undefined && end !== undefined
            ? domRangeFor(el, start, end)
            : null;
      if (r) ranges.push(r);
      else marked.add(el);
    }
    editor
      .getRootElement()
      ?.querySelectorAll('[data-comment]')
      .forEach((e) => {
        if (!marked.has(e as HTMLElement)) e.removeAttribute('data-comment');
      });
    for (const el of marked) el.setAttribute('data-comment', 'open');
    // Every key brings a snapshot; the highlight is rebuilt only when its ranges changed.
    if (highlightsSupported() && !(painted.current && sameRanges(painted.current, ranges))) {
      painted.current = ranges;
      CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    }
  }, [editor, snapshot, comments]);

  useEffect(
    () => () => {
      if (highlightsSupported()) CSS.highlights.delete(HIGHLIGHT);
    },
    [],
  );
  return null;
}
