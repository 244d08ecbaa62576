/**
 * Suggestion mode (track changes). While it is on, every edit of text is let happen and then
 * turned into suggestions by the user (revise.ts): typed words become proposed words, removed
 * words come back struck through. The correction is merged into the edit's own undo step, so
 * one undo takes back the keystroke and the suggestion together.
 *
 * What the review model cannot hold as a suggestion is refused with a notice rather than made
 * silently: a new paragraph (Enter), joining two blocks (Backspace at a block's start, Delete at
 * its end), removing a figure or related block, dropping content, and cutting across blocks.
 * Formatting (bold, italic, links) and block types still change directly.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type NodeKey,
  type RangeSelection,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { nextId } from '../../../shared/review';
import { SUGGESTING_IN, SuggestionNode } from '../nodes/SuggestionNode';
import {
  $placeCaret,
  $readCells,
  $shownOffset,
  $slotElementOf,
  $writeCells,
} from '../suggestions/cells';
import {
  isMine,
  reviseCells,
  sameCells,
  strikeCells,
  type Cell,
  type Suggester,
} from '../suggestions/revise';
import { LOAD_TAG } from './RecoveryPlugin';

/** Tags the plugin's own corrections, so it does not correct them again. */
export const SUGGEST_TAG = 'newsroom-suggest';

export type SuggestionRefusal =
  'paragraph' | 'join' | 'block' | 'others' | 'drop' | 'cut' | 'pasteText' | 'fix';

interface Props {
  /** The person suggesting; null when suggestion mode is off. */
  me: { name: string; role: string } | null;
  /** Suggestion ids the article's review already uses (decided ones included). */
  knownIds: () => Iterable<string>;
  onRefused: (why: SuggestionRefusal) => void;
}

/** The slot element's key for every text node or element an update touched. */
function touchedSlots(state: EditorState, keys: Iterable<NodeKey>, into: Set<NodeKey>): void {
  state.read(() => {
    for (const key of keys) {
      const el = $slotElementOf($getNodeByKey(key));
      if (el) into.add(el.getKey());
    }
  });
}

function suggester(
  me: { name: string; role: string },
  editor: LexicalEditor,
  known: () => Iterable<string>,
): Suggester {
  const made: string[] = [];
  return {
    name: me.name,
    role: me.role,
    at: new Date().toISOString(),
    newId: () => {
      const taken = new Set<string>(known());
      for (const node of editor.getEditorState()._nodeMap.values()) {
        if (node instanceof SuggestionNode) taken.add(node.__meta.id);
      }
      for (const id of made) taken.add(id);
      const id = nextId('s', taken);
      made.push(id);
      return id;
    },
  };
}

/** The top-level text blocks a selection spans, in order, when it spans more than one. */
function $spannedSlots(sel: RangeSelection): ElementNode[] | null {
  const a = $slotElementOf(sel.anchor.getNode());
  const b = $slotElementOf(sel.focus.getNode());
  if (a && b && a.is(b)) return null;
  const out: ElementNode[] = [];
  const seen = new Set<NodeKey>();
  for (const node of sel.getNodes()) {
    const el = $slotElementOf(node);
    if (el && !seen.has(el.getKey())) {
      seen.add(el.getKey());
      out.push(el);
    }
  }
  return out;
}

/**
 * Strikes what a selection covers, block by block, instead of removing it, and leaves a
 * collapsed caret at its start (a delete) or after the first block's struck part (where typed
 * replacement words go). Done here rather than revised after the edit, because typing over a
 * selection can give back the very characters it replaced, which no comparison could see.
 */
function $strikeSelection(
  sel: RangeSelection,
  me: Suggester,
  caretAt: 'start' | 'end',
  struck: Map<NodeKey, Cell[]>,
): { refused: boolean } {
  const first = $slotElementOf(sel.anchor.getNode());
  const slots = $spannedSlots(sel) ?? (first ? [first] : []);
  const [start, end] = sel.isBackward() ? [sel.focus, sel.anchor] : [sel.anchor, sel.focus];
  let refused = false;
  let caret: { el: ElementNode; at: number } | null = null;
  slots.forEach((el, i) => {
    const cells = $readCells(el);
    const a = i === 0 ? ($shownOffset(el, start) ?? 0) : 0;
    const b = i === slots.length - 1 ? ($shownOffset(el, end) ?? cells.length) : cells.length;
    const done = strikeCells(cells, a, b, me);
    refused ||= done.refused;
    if (!sameCells(cells, done.cells)) $writeCells(el, done.cells);
    // What the block says now is the "before" of whatever typing follows in this update.
    struck.set(el.getKey(), done.cells);
    if (i === 0) caret = { el, at: caretAt === 'start' ? a : done.end };
  });
  const c = caret as { el: ElementNode; at: number } | null;
  if (c) $placeCaret(c.el, c.at, (s) => isMine(s, me));
  else $setSelection($createRangeSelection());
  return { refused };
}

/**
 * Turns suggestion mode on for `editor` until the returned function is called. Plain Lexical,
 * no React, so it is tested on a headless editor.
 */
export function registerSuggestionMode(
  editor: LexicalEditor,
  opts: {
    me: { name: string; role: string };
    knownIds: () => Iterable<string>;
    onRefused: (why: SuggestionRefusal) => void;
  },
): () => void {
  const person = opts.me;
  SUGGESTING_IN.set(editor, person.name);
  const who = (): Suggester => suggester(person, editor, () => opts.knownIds());
  const refuse = (why: SuggestionRefusal): true => {
    opts.onRefused(why);
    return true;
  };
  let forward = false;
  /**
   * Blocks struck by the plugin itself in the update under way, as they read after the strike:
   * the edit to revise is what came after it, not the strike.
   */
  const struck = new Map<NodeKey, Cell[]>();
  /** Where a composition (IME) began: its steps are revised together when it ends. */
  let composingFrom: EditorState | null = null;

  /** Backspace at a block's start or Delete at its end would join blocks: not a suggestion. */
  const atEdge = (backward: boolean): boolean => {
    const sel = $getSelection();
    if ($isNodeSelection(sel)) return true;
    if (!$isRangeSelection(sel) || !sel.isCollapsed()) return false;
    const el = $slotElementOf(sel.anchor.getNode());
    if (!el) return true;
    const at = $shownOffset(el, sel.anchor);
    return backward ? at === 0 : at === $readCells(el).length;
  };

  const deleting =
    (isForward: (payload: boolean) => boolean) =>
    (payload: boolean): boolean => {
      forward = isForward(payload);
      const sel = $getSelection();
      if ($isNodeSelection(sel)) return refuse('block');
      if (!$isRangeSelection(sel)) return false;
      if (sel.isCollapsed()) {
        if (!atEdge(!forward)) return false;
        forward = false;
        return refuse('join');
      }
      if ($strikeSelection(sel, who(), 'start', struck).refused) opts.onRefused('others');
      return true;
    };

  const offs = [
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      deleting((backward) => !backward),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_WORD_COMMAND,
      deleting((backward) => !backward),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_LINE_COMMAND,
      deleting((backward) => !backward),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      KEY_BACKSPACE_COMMAND,
      () => {
        const sel = $getSelection();
        if ($isNodeSelection(sel)) return refuse('block');
        return $isRangeSelection(sel) && sel.isCollapsed() && atEdge(true) ? refuse('join') : false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      KEY_DELETE_COMMAND,
      () => {
        const sel = $getSelection();
        if ($isNodeSelection(sel)) return refuse('block');
        return $isRangeSelection(sel) && sel.isCollapsed() && atEdge(false)
          ? refuse('join')
          : false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      () => {
        const sel = $getSelection();
        if (!$isRangeSelection(sel) || sel.isCollapsed()) return false;
        forward = false;
        if ($strikeSelection(sel, who(), 'start', struck).refused) opts.onRefused('others');
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      () => {
        const sel = $getSelection();
        if (!$isRangeSelection(sel) || sel.isCollapsed()) return false;
        // Typing over a selection: strike it, then let the typing happen after it.
        if ($strikeSelection(sel, who(), 'end', struck).refused) opts.onRefused('others');
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      INSERT_PARAGRAPH_COMMAND,
      () => refuse('paragraph'),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      (selectStart) => {
        if (selectStart) return refuse('paragraph');
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (e) => {
        e.preventDefault();
        return refuse('drop');
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CUT_COMMAND,
      () => {
        const sel = $getSelection();
        if ($isNodeSelection(sel)) return refuse('block');
        return $isRangeSelection(sel) && $spannedSlots(sel) ? refuse('cut') : false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        // Pasted copy is proposed words: as plain text on one line, never new blocks.
        // Lexical also sends beforeinput's "insertFromPaste", which carries dataTransfer.
        const data =
          'clipboardData' in event
            ? event.clipboardData
            : 'dataTransfer' in event
              ? event.dataTransfer
              : null;
        const text = data?.getData('text/plain') ?? '';
        event.preventDefault();
        if (!text) return refuse('pasteText');
        editor.dispatchCommand(
          CONTROLLED_TEXT_INSERTION_COMMAND,
          text.replace(/\s*\r?\n\s*/g, ' '),
        );
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerUpdateListener(
      ({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        const strikes = new Map(struck);
        struck.clear();
        if (tags.has(SUGGEST_TAG) || tags.has(HISTORIC_TAG) || tags.has(LOAD_TAG)) {
          composingFrom = null;
          return;
        }
        if (editor.isComposing()) {
          composingFrom ??= prevEditorState;
          return;
        }
        const from = composingFrom ?? prevEditorState;
        composingFrom = null;
        const keys = new Set<NodeKey>();
        const dirty = [...dirtyLeaves, ...dirtyElements.keys()];
        touchedSlots(editorState, dirty, keys);
        touchedSlots(from, dirty, keys);
        if (keys.size === 0) return;
        const me = who();
        const fixes: {
          key: NodeKey;
          cells: ReturnType<typeof reviseCells>;
          hasCaret: boolean;
        }[] = [];
        let refused = false;
        for (const key of keys) {
          const before =
            strikes.get(key) ??
            from.read(() => {
              const el = $getNodeByKey(key);
              return $isElementNode(el) ? $readCells(el) : null;
            });
          const now = editorState.read(() => {
            const el = $getNodeByKey(key);
            if (!$isElementNode(el)) return null;
            const sel = $getSelection();
            const inside =
              $isRangeSelection(sel) &&
              sel.isCollapsed() &&
              (sel.anchor.key === key || el.isParentOf(sel.anchor.getNode()));
            const caret = inside ? $shownOffset(el, sel.anchor) : null;
            return { cells: $readCells(el), caret };
          });
          // A block made or removed by this edit is not a text change of one block.
          if (!before || !now) continue;
          const revised = reviseCells(before, now.cells, now.caret, forward, me);
          refused ||= revised.refused;
          if (revised.changed && !sameCells(revised.cells, now.cells)) {
            fixes.push({ key, cells: revised, hasCaret: now.caret !== null });
          }
        }
        forward = false;
        if (refused) opts.onRefused('others');
        if (fixes.length === 0) return;
        editor.update(
          () => {
            for (const f of fixes) {
              const el = $getNodeByKey(f.key);
              if (!$isElementNode(el)) continue;
              $writeCells(el, f.cells.cells);
            }
            const withCaret = fixes.find((f) => f.hasCaret);
            const el = withCaret ? $getNodeByKey(withCaret.key) : null;
            if (withCaret && $isElementNode(el)) {
              $placeCaret(el, withCaret.cells.caret, (s) => isMine(s, me));
            }
          },
          { tag: [SUGGEST_TAG, HISTORY_MERGE_TAG], discrete: true },
        );
      },
    ),
  ];
  return () => {
    SUGGESTING_IN.delete(editor);
    for (const off of offs) off();
  };
}

export function SuggestionModePlugin({ me, knownIds, onRefused }: Props): null {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ knownIds, onRefused });
  latest.current = { knownIds, onRefused };
  const name = me?.name ?? null;
  const role = me?.role ?? '';

  useEffect(() => {
    if (name === null) return;
    return registerSuggestionMode(editor, {
      me: { name, role },
      knownIds: () => latest.current.knownIds(),
      onRefused: (why) => latest.current.onRefused(why),
    });
  }, [editor, name, role]);

  return null;
}
