import { $getNodeByKey, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { addComment, listRevisions } from '../../shared/review';
import { $readArticleWithKeys } from '../../renderer/editor/bridge';
import { $selectInBlock } from '../../renderer/editor/locate';
import type { Snapshot } from '../../renderer/editor/snapshot';
import { withRevision } from '../../renderer/review/actions';
import { shortValue } from '../../renderer/review/DiffView';
import { readCommentTarget } from '../../renderer/review/target';
import { headlessEditor, load, seedArticle } from './helpers';

const TEXT = 'Kata Wang\nYi di Beijing, kata juru bicara.';

/** The seed with its first paragraph bold in the middle and broken by a line. */
function article(): Article {
  const a = seedArticle();
  const i = a.blocks.findIndex((b) => b.type === 'paragraph');
  const blocks = a.blocks.map((b, j) =>
    j === i && b.type === 'paragraph'
      ? { ...b, text: TEXT, marks: [{ type: 'bold' as const, start: 5, end: 9 }] }
      : b,
  );
  return { ...a, blocks };
}

function setUp() {
  const editor = headlessEditor();
  const base = article();
  load(editor, base);
  const read = editor.getEditorState().read(() => $readArticleWithKeys(base));
  const snapshot: Snapshot = { ...read, diagnostics: [], ms: 0 };
  const index = read.article.blocks.findIndex((b) => b.type === 'paragraph');
  const key = read.blockKeys[index]!;
  const select = (start: number, end?: number) =>
    editor.update(() => void $selectInBlock(key, start, end), { discrete: true });
  return {
    editor,
    snapshot,
    article: read.article,
    blockId: read.article.blocks[index]!.id,
    select,
  };
}

describe('what a new comment is anchored to', () => {
  it('a selection across bold text and a line break gives the model offsets and words', () => {
    const { editor, snapshot, article: a, blockId, select } = setUp();
    // "Wang\nYi di" is 5..15 in the model text.
    select(5, 15);
    const target = readCommentTarget(editor, snapshot, null);
    expect(target).toEqual({
      anchor: { blockId, start: 5, end: 15 },
      quote: 'Wang\nYi di',
      kind: 'paragraph',
    });
    // The core agrees: the comment quotes the same words.
    const made = addComment(
      a,
      { anchor: target!.anchor, body: 'Siapa?' },
      { by: { name: 'Dewi', role: 'editor' }, at: '2026-11-25T10:00:00Z' },
    );
    expect(made.comment.anchor.quote).toBe('Wang\nYi di');
  });

  it('a caret without a selection means the whole block', () => {
    const { editor, snapshot, blockId, select } = setUp();
    select(3);
    expect(readCommentTarget(editor, snapshot, null)).toEqual({
      anchor: { blockId },
      quote: null,
      kind: 'paragraph',
    });
  });

  it('words in the headline anchor to the headline field', () => {
    const { editor, snapshot } = setUp();
    editor.update(() => void $selectInBlock(snapshot.headlineKey!, 0, 8), { discrete: true });
    expect(readCommentTarget(editor, snapshot, null)).toEqual({
      anchor: { blockId: null, field: 'headline', start: 0, end: 8 },
      quote: 'Tiongkok',
      kind: 'headline',
    });
  });

  it('a selection from the headline into the body has no single anchor', () => {
    const { editor, snapshot } = setUp();
    const paragraph =
      snapshot.blockKeys[snapshot.article.blocks.findIndex((b) => b.type === 'paragraph')]!;
    editor.update(
      () => {
        const [first, second] = [snapshot.headlineKey!, paragraph].map(
          (k) => $getNodeByKey(k) as ElementNode,
        );
        const sel = first!.getFirstDescendant()!.selectStart();
        sel.focus.set(second!.getFirstDescendant()!.getKey(), 3, 'text');
      },
      { discrete: true },
    );
    expect(readCommentTarget(editor, snapshot, null)).toBeNull();
  });
});

describe('a save records a revision', () => {
  it('by the Settings user; without a name the article is saved as it is', () => {
    const a = seedArticle();
    expect(withRevision(a, { name: '  ', role: '' })).toBe(a);
    const once = withRevision(a, { name: 'Rina Kusuma', role: 'writer' });
    expect(listRevisions(once).map((r) => [r.n, r.by.name, r.summary])).toEqual([
      [1, 'Rina Kusuma', 'First saved version'],
    ]);
    // Saving again with nothing changed records nothing.
    expect(listRevisions(withRevision(once, { name: 'Rina Kusuma', role: 'writer' }))).toHaveLength(
      1,
    );
  });
});

describe('attribute values in a diff', () => {
  it('embedded images by type, long addresses clipped, short ones as they are', () => {
    expect(shortValue('data:image/png;base64,iVBORw0KGgo')).toBe('data:image/png;base64,…');
    expect(shortValue('https://a.id/x')).toBe('https://a.id/x');
    const long = `https://www.medcom.id/${'a'.repeat(120)}/akhir-artikel`;
    expect(shortValue(long)).toHaveLength(91);
    expect(shortValue(long).endsWith('aaaaaaaaaaaaaaa/akhir-artikel')).toBe(true);
  });
});
