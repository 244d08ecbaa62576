import { describe, expect, it } from 'vitest';
import {
  addComment,
  anchorState,
  deleteComment,
  getReview,
  isReviewError,
  openComments,
  reconcileReview,
  replyToComment,
  reopenComment,
  resolveComment,
} from '../../shared/review';
import type { Article } from '../../shared/model/article';
import { at, cleanSeed, KELVIN, kelvin, sari, textOf, WILLY, willy } from './fixtures';

function editB2(a: Article, edit: (text: string) => string): Article {
  return {
    ...a,
    blocks: a.blocks.map((b) =>
      b.id === 'b2' && b.type === 'paragraph' ? { ...b, text: edit(b.text) } : b,
    ),
  };
}

const WANG = (a: Article) => {
  const start = textOf(a, 'b2').indexOf('Wang Yi');
  return { blockId: 'b2', start, end: start + 7 };
};

describe('comments', () => {
  it('anchors to a range, quoting the words, with who and when', () => {
    const base = cleanSeed();
    const { article, comment } = addComment(
      base,
      { anchor: WANG(base), body: '  Gelar lengkap? ' },
      kelvin(1),
    );
    expect(comment).toEqual({
      id: 'c1',
      anchor: { blockId: 'b2', start: 29, end: 36, quote: 'Wang Yi' },
      body: 'Gelar lengkap?',
      by: KELVIN,
      at: at(1),
      replies: [],
      resolved: false,
    });
    expect(getReview(article).comments).toEqual([comment]);
  });

  it('anchors to a whole block: a figure, a related link', () => {
    let a = addComment(
      cleanSeed(),
      { anchor: { blockId: 'b1' }, body: 'Foto resolusi tinggi?' },
      kelvin(),
    ).article;
    a = addComment(
      a,
      { anchor: { blockId: 'b10' }, body: 'Tautan ke artikel kita sendiri' },
      kelvin(),
    ).article;
    expect(getReview(a).comments.map((c) => c.anchor)).toEqual([
      { blockId: 'b1' },
      { blockId: 'b10' },
    ]);
  });

  it('refuses empty bodies, missing blocks and ranges outside the text', () => {
    const a = cleanSeed();
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isReviewError(e)) return e.code;
        throw e;
      }
      return 'none';
    };
    expect(code(() => addComment(a, { anchor: { blockId: 'b2' }, body: '  ' }, kelvin()))).toBe(
      'empty-body',
    );
    expect(code(() => addComment(a, { anchor: { blockId: 'b42' }, body: 'x' }, kelvin()))).toBe(
      'no-slot',
    );
    expect(
      code(() =>
        addComment(a, { anchor: { blockId: 'b2', start: 5, end: 9999 }, body: 'x' }, kelvin()),
      ),
    ).toBe('bad-range');
    expect(
      code(() => addComment(a, { anchor: { blockId: 'b2', start: 5 }, body: 'x' }, kelvin())),
    ).toBe('bad-range');
  });

  it('moves with the text as it is edited before it, and follows its words when they change', () => {
    const base = cleanSeed();
    const a = addComment(base, { anchor: WANG(base), body: 'Gelar?' }, kelvin()).article;
    const edited = reconcileReview(
      a,
      editB2(a, (t) => `BEIJING - ${t.replace('Menteri Luar Negeri', 'Menlu')}`),
    );
    const c = getReview(edited).comments[0];
    expect(textOf(edited, 'b2').slice(c?.anchor.start, c?.anchor.end)).toBe('Wang Yi');
    const renamed = reconcileReview(
      edited,
      editB2(edited, (t) => t.replace('Wang Yi menyatakan', 'Wang menyatakan')),
    );
    const r = getReview(renamed).comments[0];
    expect(textOf(renamed, 'b2').slice(r?.anchor.start, r?.anchor.end)).toBe('Wang');
    expect(r?.anchor.quote).toBe('Wang Yi');
  });

  it('threads replies; a reply reopens a resolved thread', () => {
    const base = cleanSeed();
    let a = addComment(base, { anchor: WANG(base), body: 'Gelar?' }, kelvin(1)).article;
    a = replyToComment(a, 'c1', 'Sudah: Menteri Luar Negeri.', willy(2));
    a = resolveComment(a, 'c1', kelvin(3));
    expect(getReview(a).comments[0]).toMatchObject({
      resolved: true,
      resolvedBy: KELVIN,
      resolvedAt: at(3),
    });
    expect(openComments(a)).toEqual([]);
    a = replyToComment(a, 'c1', 'Tapi di paragraf 4 hanya "Wang".', sari(4));
    const c = getReview(a).comments[0];
    expect(c?.replies.map((r) => [r.id, r.by.name, r.body])).toEqual([
      ['c1.r1', 'Willy Haryono', 'Sudah: Menteri Luar Negeri.'],
      ['c1.r2', 'Sari Dewi', 'Tapi di paragraf 4 hanya "Wang".'],
    ]);
    expect(c?.resolved).toBe(false);
    expect(c?.resolvedBy).toBeUndefined();
    a = resolveComment(a, 'c1', willy(5));
    expect(openComments(reopenComment(a, 'c1', kelvin(6)))).toHaveLength(1);
  });

  it('only its author deletes a comment', () => {
    const base = cleanSeed();
    const a = addComment(base, { anchor: WANG(base), body: 'Gelar?' }, kelvin()).article;
    expect(() => deleteComment(a, 'c1', willy())).toThrow(/Only Kelvin Yurcel/);
    expect(
      getReview(deleteComment(a, 'c1', { by: { ...KELVIN, name: 'kelvin  yurcel' }, at: at(9) }))
        .comments,
    ).toEqual([]);
  });

  it('is kept, detached, when its block is deleted', () => {
    const a = addComment(
      cleanSeed(),
      { anchor: { blockId: 'b10' }, body: 'Hapus?' },
      kelvin(),
    ).article;
    const without = reconcileReview(a, { ...a, blocks: a.blocks.filter((b) => b.id !== 'b10') });
    const c = getReview(without).comments[0];
    expect(c && anchorState(without, c)).toBe('detached');
    expect(c && anchorState(a, c)).toBe('live');
    expect(c?.by).toEqual(KELVIN);
    expect(WILLY.name).toBe('Willy Haryono');
  });
});
