import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNativeArticle, serializeNativeArticle } from '../../shared/import/native';
import type { Article } from '../../shared/model/article';
import {
  addComment,
  changeSlot,
  rejectSuggestion,
  suggestChange,
  contentAt,
  listSlots,
  readSlot,
  contentOf,
  diffArticles,
  getReview,
  isReviewError,
  KEYFRAME_EVERY,
  listRevisions,
  recordRevision,
  renderDiff,
  restoreRevision,
  revisionContent,
} from '../../shared/review';
import { arbitraryArticle, arbitraryWords } from '../support/arbitraries';
import { at, cleanSeed, KELVIN, kelvin, textOf, WILLY, willy } from './fixtures';

/** Kelvin's edit: a headline word, "Menteri Luar Negeri" → "Menlu", b3 out, a new paragraph, a link. */
function kelvinsEdit(a: Article): Article {
  return {
    ...a,
    headline: a.headline.replace('Perkuat', 'Pererat'),
    blocks: [
      ...a.blocks
        .slice(0, 2)
        .map((b) =>
          b.id === 'b2' && b.type === 'paragraph'
            ? { ...b, text: b.text.replace('Menteri Luar Negeri', 'Menlu') }
            : b,
        ),
      { id: 'b11', type: 'paragraph', text: 'Paragraf baru.', marks: [] },
      ...a.blocks
        .slice(3)
        .map((b) => (b.type === 'related' ? { ...b, url: 'https://example.com/x' } : b)),
    ],
  };
}

describe('revisions', () => {
  it('records each save with who, when, a summary and the content as saved', () => {
    const first = recordRevision(cleanSeed(), willy(1));
    const second = recordRevision(kelvinsEdit(first), kelvin(2));
    expect(listRevisions(second).map((r) => [r.id, r.n, r.by, r.at, r.summary])).toEqual([
      ['rev1', 1, WILLY, at(1), 'First saved version'],
      [
        'rev2',
        2,
        KELVIN,
        at(2),
        'headline changed; 2 blocks changed, 1 block added, 1 block removed (+4/−27 words)',
      ],
    ]);
    expect(revisionContent(listRevisions(second)[0]!, listRevisions(second))).toEqual(
      contentOf(cleanSeed()),
    );
    expect(contentAt(second, 'current')).toEqual(contentOf(kelvinsEdit(first)));
    // The snapshot holds no review data: history does not nest inside history.
    expect(listRevisions(second)[1]!.snapshot).not.toHaveProperty('review');
  });

  it('stores a save compactly: only what changed since the revision before', () => {
    const first = recordRevision(cleanSeed(), willy(1));
    const edited: Article = {
      ...first,
      blocks: first.blocks.map((b) =>
        b.id === 'b3' && b.type === 'paragraph'
          ? { ...b, text: b.text.replace('kedua', 'dua') }
          : b,
      ),
    };
    const second = recordRevision(edited, kelvin(2));
    const rev2 = listRevisions(second)[1]!;
    expect(rev2.base).toBe(1);
    expect(rev2.unchanged).toContain('headline');
    expect(rev2.snapshot).not.toHaveProperty('headline');
    // Runs of unchanged blocks are one reference each: b1–b2, then b4–b10.
    expect(rev2.snapshot.blocks).toEqual([
      { same: 'b1', count: 2 },
      edited.blocks[2],
      { same: 'b4', count: 7 },
    ]);
    expect(revisionContent(rev2, listRevisions(second))).toEqual(contentOf(edited));
    expect(contentAt(second, 1)).toEqual(contentOf(cleanSeed()));
  });

  it('stores a whole copy every so often, so chains stay short', () => {
    let a = cleanSeed();
    for (let i = 0; i < KEYFRAME_EVERY + 2; i++) {
      a = recordRevision({ ...a, headline: `${cleanSeed().headline} ${i}` }, willy(i % 60));
    }
    const bases = listRevisions(a).map((r) => r.base);
    expect(bases[0]).toBeUndefined();
    expect(bases[KEYFRAME_EVERY]).toBeUndefined();
    expect(bases.filter((b) => b === undefined)).toHaveLength(2);
    expect(contentAt(a, KEYFRAME_EVERY + 2).headline).toBe(
      `${cleanSeed().headline} ${KEYFRAME_EVERY + 1}`,
    );
  });

  it('property: every revision reads back exactly as it was saved, whatever the edits', () => {
    const edit = fc.record({
      op: fc.constantFrom('text', 'text', 'drop', 'move', 'add', 'headline'),
      i: fc.nat(),
      j: fc.nat(),
      words: arbitraryWords(0, 4),
    });
    fc.assert(
      fc.property(
        arbitraryArticle({ maxBlocks: 6 }),
        fc.array(edit, { maxLength: 60 }),
        (start, edits) => {
          let a = start;
          const saved: unknown[] = [];
          let n = 0;
          for (const e of edits) {
            const blocks = [...a.blocks];
            if (e.op === 'text') {
              const slots = listSlots(a);
              const slot = slots[e.i % slots.length]!;
              const len = readSlot(a, slot)?.length ?? 0;
              const from = e.j % (len + 1);
              a = changeSlot(a, slot, { start: from, end: len, text: e.words });
            } else if (e.op === 'drop' && blocks.length > 1) {
              blocks.splice(e.i % blocks.length, 1);
              a = { ...a, blocks };
            } else if (e.op === 'move') {
              const [moved] = blocks.splice(e.i % blocks.length, 1);
              blocks.splice(e.j % (blocks.length + 1), 0, moved!);
              a = { ...a, blocks };
            } else if (e.op === 'add') {
              blocks.splice(e.j % (blocks.length + 1), 0, {
                id: `x${++n}`,
                type: 'paragraph',
                text: e.words,
                marks: [],
              });
              a = { ...a, blocks };
            } else {
              a = { ...a, headline: e.words };
            }
            const before = listRevisions(a).length;
            a = recordRevision(a, willy(e.i % 60));
            if (listRevisions(a).length > before) saved.push(contentOf(a));
          }
          const reopened = parseNativeArticle(serializeNativeArticle(a));
          expect(listRevisions(reopened).map((r) => contentAt(reopened, r.n))).toEqual(saved);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('records nothing for a save that changed nothing, unless forced', () => {
    const first = recordRevision(cleanSeed(), willy(1));
    expect(recordRevision(first, willy(2))).toBe(first);
    // The same content with its fields in another order is still the same content.
    const { headline, ...rest } = first;
    expect(recordRevision({ ...rest, headline }, willy(2))).toEqual({ ...rest, headline });
    const forced = recordRevision(first, willy(2), {
      force: true,
      summary: 'Checkpoint before legal',
    });
    expect(listRevisions(forced).map((r) => r.summary)).toEqual([
      'First saved version',
      'Checkpoint before legal',
    ]);
  });

  it('records a save whose only work was review: suggestions made, then decided, with comments', () => {
    const first = recordRevision(cleanSeed(), willy(1));
    const b2 = first.blocks.find((b) => b.type === 'paragraph')!.id;
    let a = suggestChange(
      first,
      { slot: { blockId: b2 }, start: 0, end: 0, text: 'Kamis, ' },
      kelvin(2),
    ).article;
    a = suggestChange(a, { slot: { blockId: b2 }, start: 8, end: 12, text: '' }, kelvin(3)).article;
    a = addComment(a, { anchor: { blockId: b2 }, body: 'Sumber?' }, kelvin(4)).article;
    a = recordRevision(a, kelvin(5));
    // The text is as the writer left it, yet the step is in the history, and says what it was.
    expect(contentOf(a)).toEqual(contentOf(first));
    expect(listRevisions(a).map((r) => [r.by.name, r.summary])).toEqual([
      [WILLY.name, 'First saved version'],
      [KELVIN.name, '2 suggestions made, 1 comment'],
    ]);
    a = rejectSuggestion(a, 's2', willy(6));
    a = recordRevision(a, willy(7));
    expect(listRevisions(a).at(-1)?.summary).toBe('1 suggestion decided');
    // Nothing since: nothing recorded.
    expect(recordRevision(a, willy(8))).toBe(a);
  });

  it('restores an older revision as a new one, keeping what came after', () => {
    let a = recordRevision(cleanSeed(), willy(1));
    a = recordRevision(kelvinsEdit(a), kelvin(2));
    a = restoreRevision(a, 1, willy(3));
    expect(contentOf(a)).toEqual(contentOf(cleanSeed()));
    expect(listRevisions(a).map((r) => [r.n, r.by.name, r.summary, r.restoredFrom])).toEqual([
      [1, 'Willy Haryono', 'First saved version', undefined],
      [2, 'Kelvin Yurcel', expect.stringContaining('headline changed') as unknown, undefined],
      [3, 'Willy Haryono', 'Restored revision 1', 1],
    ]);
    expect(() => restoreRevision(a, 9, willy())).toThrow(/no revision 9/);
  });

  it('reports a damaged revision when it is opened, without stopping the others', () => {
    const a = recordRevision(cleanSeed(), willy(1));
    const review = getReview(a);
    const damaged: Article = {
      ...a,
      review: {
        ...review,
        revisions: [{ ...review.revisions[0]!, snapshot: { schemaVersion: 1, blocks: 'x' } }],
      },
    };
    try {
      revisionContent(getReview(damaged).revisions[0]!);
      expect.unreachable();
    } catch (e) {
      expect(isReviewError(e) && e.code).toBe('bad-revision');
    }
    // Saving on top of a damaged revision still works: it is simply not compared against.
    expect(listRevisions(recordRevision(kelvinsEdit(damaged), kelvin(2)))).toHaveLength(2);
  });
});

describe('comparing two versions', () => {
  it('pairs blocks by id and diffs their words', () => {
    const before = cleanSeed();
    const d = diffArticles(contentOf(before), contentOf(kelvinsEdit(before)));
    expect(d.fields.map((f) => f.field)).toEqual(['headline']);
    expect(d.blocks.filter((b) => b.op !== 'unchanged').map((b) => [b.op, b.blockId])).toEqual([
      ['changed', 'b2'],
      ['removed', 'b3'],
      ['added', 'b11'],
      ['changed', 'b10'],
    ]);
    const b2 = d.blocks.find((b) => b.blockId === 'b2');
    expect(b2?.words?.slice(0, 4)).toEqual([
      { op: 'delete', text: 'Menteri' },
      { op: 'insert', text: 'Menlu' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'Luar Negeri ' },
    ]);
    expect(d.blocks.find((b) => b.blockId === 'b10')?.attributes).toEqual([
      { name: 'url', before: 'https://example.com/berita/2', after: 'https://example.com/x' },
    ]);
  });

  it('renders a readable text diff', () => {
    const before = cleanSeed();
    expect(renderDiff(diffArticles(contentOf(before), contentOf(kelvinsEdit(before))))).toBe(
      [
        '~ headline: Tiongkok dan Korea Utara Sepakat [-Perkuat-]{+Pererat+} Kerja Sama, Tolak Dominasi Asing',
        '~ b2 paragraph: [-Menteri-]{+Menlu+} [-Luar Negeri -]Tiongkok Wang Yi menyatakan bahwa …',
        '- b3 paragraph: Pertemuan kedua menlu tersebut berlangsung hanya beberapa pekan setelah kunjungan langka pemimpin Korea Utara Kim Jong-un ke Tiongkok untuk mempererat hubungan bilateral.',
        '+ b11 paragraph: Paragraf baru.',
        '~ b10 related: Baca juga: Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
        '    url: https://example.com/berita/2 → https://example.com/x',
        'headline changed; 2 blocks changed, 1 block added, 1 block removed (+4/−27 words)',
        '',
      ].join('\n'),
    );
  });

  it('shows a moved paragraph as moved, with any words changed on the way', () => {
    const a = cleanSeed();
    const [b2, b3, b4, ...rest] = a.blocks.slice(1);
    const moved = { ...b3!, text: textOf(a, 'b3').replace('kedua', 'dua') } as typeof b3;
    const after: Article = { ...a, blocks: [a.blocks[0]!, b2!, b4!, moved!, ...rest] };
    expect(renderDiff(diffArticles(contentOf(a), contentOf(after)))).toBe(
      [
        '> b3 paragraph (moved): Pertemuan [-kedua-]{+dua+} menlu tersebut berlangsung hanya …',
        '1 block moved (+1/−1 words)',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing changed, and notices formatting-only edits', () => {
    const a = cleanSeed();
    expect(renderDiff(diffArticles(contentOf(a), contentOf(a)))).toBe('No changes to the text\n');
    const bold: Article = {
      ...a,
      blocks: a.blocks.map((b) =>
        b.id === 'b3' && b.type === 'paragraph'
          ? { ...b, marks: [{ type: 'bold', start: 0, end: 9 }] }
          : b,
      ),
    };
    expect(renderDiff(diffArticles(contentOf(a), contentOf(bold)))).toContain(
      '~ b3 paragraph: Pertemuan kedua',
    );
    expect(renderDiff(diffArticles(contentOf(a), contentOf(bold)))).toContain(
      '    formatting changed\n1 block changed\n',
    );
  });
});
