import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  addComment,
  decideAll,
  getReview,
  isReviewError,
  isStale,
  openSuggestions,
  reconcileReview,
  rejectSuggestion,
  reviseSuggestion,
  slotView,
  suggestChange,
  withSuggestionsApplied,
  withdrawSuggestion,
  type ReviewError,
} from '../../shared/review';
import type { Article } from '../../shared/model/article';
import { at, cleanSeed, KELVIN, kelvin, textOf, willy } from './fixtures';

const B3 =
  'Pertemuan kedua menlu tersebut berlangsung hanya beberapa pekan setelah kunjungan langka pemimpin Korea Utara Kim Jong-un ke Tiongkok untuk mempererat hubungan bilateral.';

function errorOf(f: () => unknown): ReviewError {
  try {
    f();
  } catch (e) {
    if (isReviewError(e)) return e;
    throw e;
  }
  throw new Error('expected a ReviewError');
}

/** Kelvin suggests "kedua menlu" → "kedua menteri luar negeri" in b3. */
function withReplace(): Article {
  const start = B3.indexOf('menlu');
  return suggestChange(
    cleanSeed(),
    { slot: { blockId: 'b3' }, start, end: start + 5, text: 'menteri luar negeri' },
    kelvin(1),
  ).article;
}

describe('suggesting changes', () => {
  it('keeps the text as it was and records the change, attributed', () => {
    const a = withReplace();
    expect(textOf(a, 'b3')).toBe(B3);
    expect(getReview(a).suggestions).toEqual([
      {
        id: 's1',
        blockId: 'b3',
        kind: 'replace',
        start: 16,
        end: 21,
        text: 'menteri luar negeri',
        removed: 'menlu',
        by: KELVIN,
        at: at(1),
        state: 'open',
      },
    ]);
  });

  it('names the kind: an insertion, a deletion', () => {
    const ins = suggestChange(
      cleanSeed(),
      { slot: { blockId: 'b3' }, start: 0, end: 0, text: 'Sebuah ' },
      kelvin(),
    );
    expect(ins.suggestion.kind).toBe('insert');
    expect(ins.suggestion.removed).toBeUndefined();
    const del = suggestChange(
      cleanSeed(),
      {
        slot: { blockId: 'b3' },
        start: B3.indexOf('hanya'),
        end: B3.indexOf('hanya') + 6,
        text: '',
      },
      kelvin(),
    );
    expect(del.suggestion).toMatchObject({ kind: 'delete', removed: 'hanya ' });
  });

  it('refuses a user with no name, a slot that is not there, a range past the end, a no-op', () => {
    const a = cleanSeed();
    const slot = { blockId: 'b3' };
    expect(
      errorOf(() =>
        suggestChange(
          a,
          { slot, start: 0, end: 0, text: 'x' },
          { by: { name: ' ', role: '' }, at: at(0) },
        ),
      ).code,
    ).toBe('no-user');
    expect(
      errorOf(() =>
        suggestChange(a, { slot: { blockId: 'b99' }, start: 0, end: 0, text: 'x' }, kelvin()),
      ).code,
    ).toBe('no-slot');
    expect(
      errorOf(() => suggestChange(a, { slot, start: 0, end: B3.length + 1, text: '' }, kelvin()))
        .code,
    ).toBe('bad-range');
    expect(
      errorOf(() => suggestChange(a, { slot, start: 0, end: 9, text: 'Pertemuan' }, kelvin())).code,
    ).toBe('empty-change');
  });

  it('refuses a suggestion over text another open suggestion is changing', () => {
    const e = errorOf(() =>
      suggestChange(
        withReplace(),
        { slot: { blockId: 'b3' }, start: 18, end: 30, text: '' },
        willy(),
      ),
    );
    expect(e.code).toBe('overlap');
    expect(e.message).toContain('Kelvin Yurcel');
  });

  it('keeps typing after a replacement in the same suggestion; another person starts their own', () => {
    const slot = { blockId: 'b3' };
    let a = suggestChange(cleanSeed(), { slot, start: 0, end: 9, text: 'L' }, kelvin()).article;
    for (const ch of ['a', 'w', 'a', 't', 'a', 'n']) {
      a = suggestChange(a, { slot, start: 9, end: 9, text: ch }, kelvin()).article;
    }
    a = suggestChange(a, { slot, start: 9, end: 9, text: ' dua hari' }, willy()).article;
    expect(
      openSuggestions(a).map((s) => [s.id, s.kind, s.start, s.end, s.text, s.by.name]),
    ).toEqual([
      ['s1', 'replace', 0, 9, 'Lawatan', 'Kelvin Yurcel'],
      ['s2', 'insert', 9, 9, ' dua hari', 'Willy Haryono'],
    ]);
  });

  it('grows one suggestion while the same editor keeps typing or deleting', () => {
    const slot = { blockId: 'b3' };
    let a = cleanSeed();
    for (const ch of ['S', 'e', 'b', 'u', 'a', 'h', ' ']) {
      a = suggestChange(a, { slot, start: 0, end: 0, text: ch }, kelvin()).article;
    }
    // Backspacing "hanya " from its end: each key deletes the character before the last one.
    const hanya = B3.indexOf('hanya ');
    for (let i = hanya + 5; i >= hanya; i--) {
      a = suggestChange(a, { slot, start: i, end: i + 1, text: '' }, kelvin()).article;
    }
    expect(openSuggestions(a).map((s) => [s.kind, s.start, s.end, s.text, s.removed])).toEqual([
      ['insert', 0, 0, 'Sebuah ', undefined],
      ['delete', hanya, hanya + 6, '', 'hanya '],
    ]);
  });
});

describe('accepting and rejecting', () => {
  it('accepting puts the change in the text and records who decided', () => {
    const a = acceptSuggestion(withReplace(), 's1', willy(5));
    expect(textOf(a, 'b3')).toBe(B3.replace('menlu', 'menteri luar negeri'));
    expect(getReview(a).suggestions[0]).toMatchObject({
      state: 'accepted',
      decidedBy: { name: 'Willy Haryono' },
      decidedAt: at(5),
      start: 16,
      end: 21,
    });
    expect(errorOf(() => acceptSuggestion(a, 's1', willy())).code).toBe('not-open');
  });

  it('rejecting leaves the text alone', () => {
    const a = rejectSuggestion(withReplace(), 's1', willy(5));
    expect(textOf(a, 'b3')).toBe(B3);
    expect(getReview(a).suggestions[0]).toMatchObject({
      state: 'rejected',
      decidedBy: { name: 'Willy Haryono' },
    });
  });

  it('moves later suggestions, comments and bold marks when one is accepted', () => {
    let a = withReplace();
    const kim = B3.indexOf('Kim Jong-un');
    a = {
      ...a,
      blocks: a.blocks.map((b) =>
        b.id === 'b3' && b.type === 'paragraph'
          ? { ...b, marks: [{ type: 'bold' as const, start: kim, end: kim + 11 }] }
          : b,
      ),
    };
    a = suggestChange(
      a,
      { slot: { blockId: 'b3' }, start: kim, end: kim + 3, text: 'Pemimpin Kim' },
      kelvin(2),
    ).article;
    a = addComment(
      a,
      { anchor: { blockId: 'b3', start: kim, end: kim + 11 }, body: 'Ejaan resmi?' },
      willy(3),
    ).article;
    a = acceptSuggestion(a, 's1', willy(4));
    const text = textOf(a, 'b3');
    const s2 = openSuggestions(a)[0];
    expect(text.slice(s2?.start, s2?.end)).toBe('Kim');
    const c = getReview(a).comments[0];
    expect(text.slice(c?.anchor.start, c?.anchor.end)).toBe('Kim Jong-un');
    const b3 = a.blocks.find((b) => b.id === 'b3');
    const bold = b3?.type === 'paragraph' ? b3.marks[0] : undefined;
    expect(text.slice(bold?.start, bold?.end)).toBe('Kim Jong-un');
    a = acceptSuggestion(a, 's2', willy(5));
    expect(textOf(a, 'b3')).toContain('pemimpin Korea Utara Pemimpin Kim Jong-un ke Tiongkok');
  });

  it('works on captions, list items and the headline too', () => {
    let a = cleanSeed();
    a = suggestChange(
      a,
      { slot: { blockId: null, field: 'headline' }, start: 0, end: 8, text: 'China' },
      kelvin(),
    ).article;
    a = suggestChange(
      a,
      { slot: { blockId: 'b1', field: 'caption' }, start: 0, end: 5, text: 'Menteri Luar Negeri' },
      kelvin(),
    ).article;
    a = decideAll(a, 'accept', willy()).article;
    expect(a.headline).toBe(
      'China dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
    );
    const fig = a.blocks[0];
    expect(fig?.type === 'figure' && fig.caption).toBe(
      'Menteri Luar Negeri Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui.',
    );
  });

  it('a suggestion whose words were edited directly goes stale: it can only be rejected', () => {
    const before = withReplace();
    const after = reconcileReview(before, {
      ...before,
      blocks: before.blocks.map((b) =>
        b.id === 'b3' && b.type === 'paragraph'
          ? { ...b, text: b.text.replace('kedua menlu', 'dua menlu itu') }
          : b,
      ),
    });
    const s = openSuggestions(after)[0];
    expect(s && isStale(after, s)).toBe(false);
    const edited = {
      ...after,
      blocks: after.blocks.map((b) =>
        b.id === 'b3' && b.type === 'paragraph'
          ? { ...b, text: b.text.replace('menlu', 'menteri') }
          : b,
      ),
    };
    const stale = openSuggestions(edited)[0];
    expect(stale && isStale(edited, stale)).toBe(true);
    expect(errorOf(() => acceptSuggestion(edited, 's1', willy())).code).toBe('stale');
    const all = decideAll(edited, 'accept', willy());
    expect(all).toMatchObject({ decided: [], skipped: ['s1'] });
    expect(openSuggestions(rejectSuggestion(edited, 's1', willy()))).toEqual([]);
  });

  it('accepts or rejects all, or only one person’s', () => {
    let a = withReplace();
    a = suggestChange(
      a,
      { slot: { blockId: 'b2' }, start: 0, end: 0, text: 'JAKARTA - ' },
      willy(2),
    ).article;
    const onlyKelvin = decideAll(a, 'reject', willy(3), { author: 'kelvin yurcel' });
    expect(onlyKelvin.decided).toEqual(['s1']);
    expect(openSuggestions(onlyKelvin.article).map((s) => s.id)).toEqual(['s2']);
    const all = decideAll(a, 'accept', willy(3));
    expect(all.decided).toEqual(['s1', 's2']);
    expect(textOf(all.article, 'b2').startsWith('JAKARTA - Menteri')).toBe(true);
  });
});

describe('the author changing their own suggestion', () => {
  it('rewrites what it puts in, turns into a deletion when emptied, and can be withdrawn', () => {
    let a = withReplace();
    a = reviseSuggestion(a, 's1', 'menteri', kelvin(2));
    expect(openSuggestions(a)[0]).toMatchObject({ kind: 'replace', text: 'menteri', at: at(2) });
    a = reviseSuggestion(a, 's1', '', kelvin(3));
    expect(openSuggestions(a)[0]).toMatchObject({ kind: 'delete', text: '', removed: 'menlu' });
    expect(getReview(withdrawSuggestion(a, 's1', kelvin(4))).suggestions).toEqual([]);
    const typed = suggestChange(
      cleanSeed(),
      { slot: { blockId: 'b3' }, start: 0, end: 0, text: 'X' },
      kelvin(),
    ).article;
    expect(getReview(reviseSuggestion(typed, 's1', '', kelvin())).suggestions).toEqual([]);
  });

  it('is refused to anyone else', () => {
    expect(errorOf(() => reviseSuggestion(withReplace(), 's1', 'menteri', willy())).code).toBe(
      'not-yours',
    );
    expect(errorOf(() => withdrawSuggestion(withReplace(), 's1', willy())).messages.id).toBe(
      'Hanya Kelvin Yurcel yang dapat mengubah sarannya; terima atau tolak saja.',
    );
  });
});

describe('what the editor shows', () => {
  it('lays out accepted text with insertions and deletions in place', () => {
    const a = suggestChange(
      withReplace(),
      { slot: { blockId: 'b3' }, start: 0, end: 0, text: '» ' },
      willy(),
    ).article;
    const view = slotView(a, { blockId: 'b3' });
    expect(view.map((v) => [v.kind, v.text, v.baseStart, v.baseEnd, v.suggestion?.id])).toEqual([
      ['insert', '» ', 0, 0, 's2'],
      ['text', 'Pertemuan kedua ', 0, 16, undefined],
      ['delete', 'menlu', 16, 21, 's1'],
      ['insert', 'menteri luar negeri', 21, 21, 's1'],
      ['text', B3.slice(21), 21, B3.length, undefined],
    ]);
  });

  it('previews the text with every open suggestion accepted, deciding nothing', () => {
    const a = withReplace();
    const preview = withSuggestionsApplied(a);
    expect(textOf(preview, 'b3')).toBe(B3.replace('menlu', 'menteri luar negeri'));
    expect(preview.review).toBeUndefined();
    expect(openSuggestions(a)).toHaveLength(1);
  });
});
