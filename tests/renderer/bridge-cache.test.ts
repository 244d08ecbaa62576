import fc from 'fast-check';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { $readArticleWithKeys, BlockCache } from '../../renderer/editor/bridge';
import { headlessEditor, load, seedArticle } from './helpers';

const readWith = (editor: LexicalEditor, base: Article, cache?: BlockCache) =>
  editor.getEditorState().read(() => $readArticleWithKeys(base, cache));

/** An edit as the user makes one: type into a block, bold it, delete it, or add a paragraph. */
type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'bold'; at: number }
  | { kind: 'delete'; at: number }
  | { kind: 'insert'; at: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string() }),
  fc.record({ kind: fc.constant('bold' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string() }),
);

function apply(editor: LexicalEditor, edit: Edit): void {
  editor.update(
    () => {
      // The first three nodes are the headline, byline and dateline; edits go to the body.
      const body = $getRoot().getChildren().slice(3);
      if (body.length === 0) return;
      const node = body[edit.at % body.length]!;
      if (edit.kind === 'delete') node.remove();
      else if (edit.kind === 'insert')
        node.insertAfter($createParagraphNode().append($createTextNode(edit.text)));
      else if ($isElementNode(node)) {
        const text = node.getAllTextNodes().at(-1);
        if (edit.kind === 'type') {
          if (text) text.setTextContent(text.getTextContent() + edit.text);
          else node.append($createTextNode(edit.text));
        } else if (text && $isTextNode(text)) text.toggleFormat('bold');
      }
    },
    { discrete: true },
  );
}

describe('bridge: reading with a block cache', () => {
  it('reads exactly what a fresh read gives, edit after edit', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 12 }), (edits) => {
        const base = seedArticle();
        const editor = headlessEditor();
        load(editor, base);
        const cache = new BlockCache();
        expect(readWith(editor, base, cache)).toEqual(readWith(editor, base));
        for (const edit of edits) {
          apply(editor, edit);
          expect(readWith(editor, base, cache)).toEqual(readWith(editor, base));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('hands back the same block objects for the blocks a keystroke did not touch', () => {
    const base = seedArticle();
    const editor = headlessEditor();
    load(editor, base);
    const cache = new BlockCache();
    const before = readWith(editor, base, cache).article.blocks;
    const at = before.findIndex((b) => b.type === 'paragraph' && b.text !== '');
    apply(editor, { kind: 'type', at, text: ' lagi' });
    const after = readWith(editor, base, cache).article.blocks;
    expect(after).toHaveLength(before.length);
    after.forEach((block, i) => {
      if (i === at) {
        expect(block).not.toBe(before[i]);
        expect(block.type === 'paragraph' && block.text.endsWith(' lagi')).toBe(true);
      } else {
        expect(block).toBe(before[i]);
      }
    });
  });

  it('undo to an older state reads that state, not what the cache last saw', () => {
    const base = seedArticle();
    const editor = headlessEditor();
    load(editor, base);
    const cache = new BlockCache();
    const older = editor.getEditorState();
    const first = readWith(editor, base, cache);
    apply(editor, { kind: 'type', at: 0, text: ' X' });
    apply(editor, { kind: 'bold', at: 1 });
    expect(readWith(editor, base, cache)).toEqual(readWith(editor, base));
    editor.setEditorState(older);
    expect(readWith(editor, base, cache)).toEqual(first);
  });
});
