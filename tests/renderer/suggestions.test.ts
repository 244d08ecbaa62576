/**
 * Suggestion mode on a real (headless) Lexical editor with rich-text keys and history: the seed
 * loaded, an editor types, deletes and undoes, and the article read back holds the accepted text
 * unchanged plus exactly the suggestions those keys made.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import fc from 'fast-check';
import { registerRichText } from '@lexical/rich-text';
import {
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import {
  acceptSuggestion,
  isInlineSlot,
  isReviewError,
  listSlots,
  readSlot,
  suggestChange,
  type Actor,
  type Suggestion,
} from '../../shared/review';
import { $loadArticle, $readArticle } from '../../renderer/editor/bridge';
import { blockIdState } from '../../renderer/editor/nodes';
import { $isSuggestionNode } from '../../renderer/editor/nodes/SuggestionNode';
import {
  registerSuggestionMode,
  type SuggestionRefusal,
} from '../../renderer/editor/plugins/SuggestionModePlugin';
import { $placeCaret, $slotElementOf } from '../../renderer/editor/suggestions/cells';
import { articleArb } from './bridge-arbitrary';
import { canonical, headlessEditor, load, read, seedArticle } from './helpers';

const RINA = { name: 'Rina Editor', role: 'editor' };
const WILLY: Actor = {
  by: { name: 'Willy Haryono', role: 'writer' },
  at: '2025-09-29T19:00:00+07:00',
};
const B2 =
  'Menteri Luar Negeri Tiongkok Wang Yi menyatakan bahwa Beijing ingin memperkuat kerja sama dengan Korea Utara dan bersama-sama menolak dominasi asing.';

/** Lets the non-discrete updates that commands make commit (they flush in a microtask). */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function setUp(article: Article = seedArticle()) {
  const editor = headlessEditor();
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  browserDelete(editor);
  load(editor, article);
  const refused: SuggestionRefusal[] = [];
  const stop = registerSuggestionMode(editor, {
    me: RINA,
    knownIds: () => (article.review?.suggestions ?? []).map((s) => s.id),
    onRefused: (why) => refused.push(why),
  });
  return { editor, refused, stop, now: () => read(editor, article) };
}

function $block(id: string): ElementNode {
  const el = $getRoot()
    .getChildren()
    .find((n) => $getState(n, blockIdState) === id);
  if (!$isElementNode(el)) throw new Error(`no text block ${id}`);
  return el;
}

/** Puts the caret at shown offset `at` of block `id` (its text as displayed, proposals included). */
function caret(editor: LexicalEditor, id: string, at: number): void {
  editor.update(() => $placeCaret($block(id), at, () => true), { discrete: true });
}

function select(editor: LexicalEditor, id: string, start: number, end: number): void {
  editor.update(
    () => {
      $placeCaret($block(id), end, () => true);
      const focus = ($getSelection() as RangeSelection).anchor;
      $placeCaret($block(id), start, () => true);
      const sel = $getSelection() as RangeSelection;
      sel.focus.set(focus.key, focus.offset, 'text');
    },
    { discrete: true },
  );
}

/**
 * The browser's part of a delete key, which needs a DOM (Selection.modify): one character
 * before or after the caret is selected and removed. It runs after the suggestion plugin's own
 * handler, as Lexical's rich-text handler does in the app.
 */
function browserDelete(editor: LexicalEditor): void {
  editor.registerCommand(
    DELETE_CHARACTER_COMMAND,
    (backward) => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel)) return false;
      if (sel.isCollapsed()) {
        const { key, offset } = sel.anchor;
        const node = sel.anchor.getNode();
        if (!$isTextNode(node)) return false;
        if (backward && offset > 0) sel.anchor.set(key, offset - 1, 'text');
        else if (!backward && offset < node.getTextContentSize())
          sel.focus.set(key, offset + 1, 'text');
        else {
          // At a text node's edge: take the neighbouring character.
          const other = backward ? node.getPreviousSibling() : node.getNextSibling();
          const text = $isTextNode(other)
            ? other
            : other && $isElementNode(other)
              ? backward
                ? other.getLastDescendant()
                : other.getFirstDescendant()
              : null;
          if (!$isTextNode(text)) return false;
          if (backward) sel.anchor.set(text.getKey(), text.getTextContentSize() - 1, 'text');
          else sel.focus.set(text.getKey(), 1, 'text');
        }
      }
      sel.removeText();
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

function type(editor: LexicalEditor, text: string): void {
  for (const ch of text) {
    editor.update(
      () => {
        const sel = $getSelection();
        if ($isRangeSelection(sel)) sel.insertText(ch);
      },
      { discrete: true },
    );
  }
}

async function press(editor: LexicalEditor, key: 'Backspace' | 'Delete', times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    editor.dispatchCommand(DELETE_CHARACTER_COMMAND, key === 'Backspace');
    await settle();
  }
}

const open = (a: Article): Omit<Suggestion, 'at'>[] =>
  (a.review?.suggestions ?? []).map(({ at: _at, ...s }) => s);

describe('suggestion mode in the editor', () => {
  it('typed words are proposed by the person suggesting; the accepted text does not change', () => {
    const { editor, now } = setUp();
    const at = B2.indexOf(' dan bersama-sama');
    caret(editor, 'b2', at);
    type(editor, ' Pyongyang');
    const a = now();
    expect(a.blocks[1]).toMatchObject({ id: 'b2', text: B2 });
    expect(open(a)).toEqual([
      {
        id: 's1',
        blockId: 'b2',
        kind: 'insert',
        start: at,
        end: at,
        text: ' Pyongyang',
        by: RINA,
        state: 'open',
      },
    ]);
    // Shown in the text as one <ins> after "Korea Utara".
    const shown = editor.getEditorState().read(() =>
      ($getRoot().getChildren()[4] as ElementNode)
        .getChildren()
        .map((n) =>
          $isSuggestionNode(n) ? `[${n.getMeta().kind}:${n.getTextContent()}]` : n.getTextContent(),
        )
        .join(''),
    );
    expect(shown).toBe(B2.slice(0, at) + '[insert: Pyongyang]' + B2.slice(at));
  });

  it('backspacing strikes the words instead of removing them, as one deletion', async () => {
    const { editor, now } = setUp();
    const end = B2.indexOf('Beijing') + 'Beijing'.length;
    caret(editor, 'b2', end);
    await press(editor, 'Backspace', 8);
    const a = now();
    expect(a.blocks[1]).toMatchObject({ text: B2 });
    expect(open(a)).toEqual([
      {
        id: 's1',
        blockId: 'b2',
        kind: 'delete',
        start: end - 8,
        end,
        text: '',
        removed: ' Beijing',
        by: RINA,
        state: 'open',
      },
    ]);
  });

  it('forward delete strikes the next characters and the caret moves past them', async () => {
    const { editor, now } = setUp();
    const start = B2.indexOf('Wang Yi');
    caret(editor, 'b2', start);
    await press(editor, 'Delete', 5);
    expect(open(now())).toMatchObject([
      { kind: 'delete', start, end: start + 5, removed: 'Wang ' },
    ]);
  });

  it('typing over selected words is one replacement', () => {
    const { editor, now } = setUp();
    const start = B2.indexOf('Beijing');
    select(editor, 'b2', start, start + 'Beijing'.length);
    type(editor, 'Tiongkok');
    expect(open(now())).toEqual([
      {
        id: 's1',
        blockId: 'b2',
        kind: 'replace',
        start,
        end: start + 7,
        text: 'Tiongkok',
        removed: 'Beijing',
        by: RINA,
        state: 'open',
      },
    ]);
  });

  it('backspacing over one’s own proposed words takes them back', async () => {
    const { editor, now } = setUp();
    caret(editor, 'b2', B2.length - 1);
    type(editor, ' kawasan');
    expect(open(now())).toHaveLength(1);
    await press(editor, 'Backspace', 8);
    expect(now().review?.suggestions ?? []).toEqual([]);
    expect(now().blocks[1]).toMatchObject({ text: B2 });
  });

  it('someone else’s proposed words stay, and the user is told why', async () => {
    const base = seedArticle();
    const at = B2.indexOf(' ingin');
    const { article } = suggestChange(
      base,
      { slot: { blockId: 'b2' }, start: at, end: at, text: ' sekali' },
      WILLY,
    );
    const { editor, now, refused } = setUp(article);
    caret(editor, 'b2', at + ' sekali'.length);
    await press(editor, 'Backspace', 2);
    expect(refused).toContain('others');
    expect(open(now())).toEqual([
      expect.objectContaining({ id: 's1', kind: 'insert', text: ' sekali', by: WILLY.by }),
    ]);
  });

  it('typing over a selection that starts in one’s own proposal: the rest is struck, only the new words proposed', async () => {
    const { editor, now } = setUp();
    const at = B2.indexOf(' ingin');
    caret(editor, 'b2', at);
    type(editor, ' sekali');
    // Select "ali ing": the end of the proposal and the start of the next word.
    select(editor, 'b2', at + 4, at + 7 + 4);
    editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'X');
    await settle();
    expect(open(now()).map((s) => [s.kind, s.removed ?? '', s.text])).toEqual([
      ['insert', '', ' sek'],
      ['replace', ' ing', 'X'],
    ]);
    expect(now().blocks[1]).toMatchObject({ text: B2 });
  });

  it('a suggestion pasted into another block keeps its own id, so neither is lost', () => {
    const base = seedArticle();
    const at = B2.indexOf(' ingin');
    const { article } = suggestChange(
      base,
      { slot: { blockId: 'b2' }, start: at, end: at, text: ' sekali' },
      WILLY,
    );
    const editor = headlessEditor();
    load(editor, article);
    // What Lexical's clipboard does: the same node (same id) recreated in the heading.
    editor.update(
      () => {
        const ins = ($block('b2').getChildren().find($isSuggestionNode) as ElementNode).getLatest();
        const copy = $parseSerializedNode(
          JSON.parse(
            JSON.stringify({
              ...ins.exportJSON(),
              children: [
                {
                  type: 'text',
                  text: ' sekali',
                  detail: 0,
                  format: 0,
                  mode: 'normal',
                  style: '',
                  version: 1,
                },
              ],
            }),
          ),
        );
        $block('b4').append(copy);
      },
      { discrete: true },
    );
    const ids = (read(editor, article).review?.suggestions ?? []).map((s) => [s.id, s.blockId]);
    expect(ids).toEqual([
      ['s1', 'b2'],
      ['s1~2', 'b4'],
    ]);
  });

  it('Enter and Backspace at a block’s start are refused: a suggestion cannot add or join blocks', async () => {
    const { editor, now, refused } = setUp();
    caret(editor, 'b2', 10);
    editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
    await settle();
    caret(editor, 'b2', 0);
    await press(editor, 'Backspace');
    expect(refused).toEqual(['paragraph', 'join']);
    expect(now().blocks).toEqual(seedArticle().blocks);
  });

  it('one undo takes back a keystroke and the suggestion it made', async () => {
    const { editor, now } = setUp();
    caret(editor, 'b2', 5);
    type(editor, 'X');
    expect(open(now())).toHaveLength(1);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(now().review?.suggestions ?? []).toEqual([]);
    expect(now().blocks[1]).toMatchObject({ text: B2 });
  });

  it('turned off, typing edits the text directly again', () => {
    const { editor, now, stop } = setUp();
    stop();
    caret(editor, 'b2', 0);
    type(editor, 'Kamis, ');
    expect(now().blocks[1]).toMatchObject({ text: `Kamis, ${B2}` });
    expect(now().review).toBeUndefined();
  });
});

describe('open suggestions in the editor (bridge)', () => {
  function reviewed(): Article {
    let a = seedArticle();
    const s = (change: Parameters<typeof suggestChange>[1]): void => {
      a = suggestChange(a, change, WILLY).article;
    };
    s({ slot: { blockId: null, field: 'headline' }, start: 0, end: 0, text: 'Kini: ' });
    const at = B2.indexOf('Beijing');
    s({ slot: { blockId: 'b2' }, start: at, end: at + 7, text: 'Pyongyang' });
    s({ slot: { blockId: 'b5', field: 'items.1' }, start: 0, end: 9, text: '' });
    s({ slot: { blockId: 'b1', field: 'caption' }, start: 0, end: 5, text: 'Menteri Luar Negeri' });
    return a;
  }

  it('load into the text and read back as the same suggestions, the text as accepted', () => {
    const a = reviewed();
    const editor = headlessEditor();
    load(editor, a);
    const back = read(editor, a);
    expect(back.headline).toBe(a.headline);
    expect(back.blocks).toEqual(a.blocks);
    const byId = (x: Article) =>
      [...(x.review?.suggestions ?? [])].sort((p, q) => p.id.localeCompare(q.id));
    expect(byId(back)).toEqual(byId(a));
  });

  it('survive the editor’s own JSON (copy, undo snapshots)', () => {
    const a = reviewed();
    const first = headlessEditor();
    load(first, a);
    const second = headlessEditor();
    second.setEditorState(second.parseEditorState(JSON.stringify(first.getEditorState().toJSON())));
    expect(read(second, a).review?.suggestions.length).toBe(4);
  });

  it('an accepted suggestion comes back open when its acceptance is undone', async () => {
    const a = reviewed();
    const editor = headlessEditor();
    registerRichText(editor);
    registerHistory(editor, createEmptyHistoryState(), 0);
    load(editor, a);
    const editor2 = { by: RINA, at: '2025-09-29T20:00:00+07:00' };
    const accepted = acceptSuggestion(read(editor, a), 's2', editor2);
    editor.update(() => $loadArticle(accepted), { discrete: true });
    expect(read(editor, accepted).blocks[1]).toMatchObject({
      text: B2.replace('Beijing', 'Pyongyang'),
    });
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    const undone = editor.getEditorState().read(() => $readArticle(accepted));
    expect(undone.blocks[1]).toMatchObject({ text: B2 });
    expect(undone.review?.suggestions.find((s) => s.id === 's2')).toMatchObject({ state: 'open' });
  });

  it('a caret inside proposed words belongs to its block (comments and markers count without them)', () => {
    const a = reviewed();
    const editor = headlessEditor();
    load(editor, a);
    const kinds = editor
      .getEditorState()
      .read(() =>
        ($getRoot().getChildren()[0] as ElementNode)
          .getChildren()
          .map((n) => ($isSuggestionNode(n) ? n.getMeta().kind : 'text')),
      );
    expect(kinds).toEqual(['insert', 'text']);
    const slot = editor.getEditorState().read(() => {
      const ins = ($getRoot().getChildren()[0] as ElementNode).getChildren()[0]!;
      return $slotElementOf(ins)?.getType();
    });
    expect(slot).toBe('headline');
  });
});

describe('open suggestions through the editor (property)', () => {
  it('any set of suggestions on any article loads and reads back as the same suggestions, the text as accepted', () => {
    fc.assert(
      fc.property(
        articleArb,
        fc.array(
          fc.record({
            pick: fc.nat(),
            a: fc.nat(),
            b: fc.nat(),
            text: fc.string({ maxLength: 6 }),
            who: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        (article, wanted) => {
          let a = canonical(article);
          const slots = listSlots(a).filter(isInlineSlot);
          for (const w of wanted) {
            const slot = slots[w.pick % Math.max(1, slots.length)];
            const text = slot ? readSlot(a, slot) : undefined;
            if (!slot || text === undefined) continue;
            const start = w.a % (text.length + 1);
            const end = start + (w.b % (text.length - start + 1));
            try {
              a = suggestChange(
                a,
                { slot, start, end, text: w.text },
                w.who ? WILLY : { by: RINA, at: WILLY.at },
              ).article;
            } catch (e) {
              if (!isReviewError(e)) throw e;
            }
          }
          const editor = headlessEditor();
          load(editor, a);
          const back = read(editor, a);
          expect(back.headline).toBe(a.headline);
          expect(back.blocks).toEqual(a.blocks);
          const sorted = (x: Article) =>
            [...(x.review?.suggestions ?? [])].sort((p, q) => p.id.localeCompare(q.id));
          expect(sorted(back)).toEqual(sorted(a));
        },
      ),
      { numRuns: 150 },
    );
  });
});
