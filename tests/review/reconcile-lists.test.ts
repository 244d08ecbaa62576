/**
 * Review anchors on list items follow the item, not its index: an item inserted or removed
 * above a commented one, an item split with Enter or joined with Backspace, and a commented
 * item deleted outright (its comments detach, its suggestions go stale).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../shared/model/article';
import {
  acceptSuggestion,
  addComment,
  anchorState,
  getReview,
  isStale,
  listSlots,
  readSlot,
  reconcileReview,
  slotKey,
  suggestChange,
  type Comment,
  type Suggestion,
} from '../../shared/review';
import { cleanSeed, kelvin, sari } from './fixtures';

const ITEMS = [
  'Perdagangan bilateral naik 12 persen',
  'Kerja sama pariwisata dibuka kembali',
  'Pertukaran pelajar dimulai tahun depan',
  'Jalur kereta Dandong diperbaiki',
];

function withList(article: Article, items: readonly string[]): Article {
  const list: Block = {
    id: 'L1',
    type: 'list',
    ordered: false,
    items: items.map((text) => ({ text, marks: [] })),
  };
  const rest = article.blocks.filter((b) => b.id !== 'L1');
  return { ...article, blocks: [...rest.slice(0, 3), list, ...rest.slice(3)] };
}

function itemsOf(article: Article): string[] {
  const b = article.blocks.find((x) => x.id === 'L1');
  if (b?.type !== 'list') throw new Error('no list L1');
  return b.items.map((i) => i.text);
}

/** The same article with the list's items replaced, as the editor hands it after an edit. */
const edit = (article: Article, items: readonly string[]): Article => withList(article, items);

function commentOn(article: Article, item: number, words: string, body = 'Cek'): Article {
  const text = itemsOf(article)[item] ?? '';
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in item ${item}`);
  return addComment(
    article,
    { anchor: { blockId: 'L1', field: `items.${item}`, start, end: start + words.length }, body },
    kelvin(),
  ).article;
}

function suggestOn(article: Article, item: number, words: string, text: string): Article {
  const current = itemsOf(article)[item] ?? '';
  const start = current.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in item ${item}`);
  return suggestChange(
    article,
    { slot: { blockId: 'L1', field: `items.${item}` }, start, end: start + words.length, text },
    sari(),
  ).article;
}

const comments = (a: Article): Comment[] => getReview(a).comments;
const suggestions = (a: Article): Suggestion[] => getReview(a).suggestions;

/** What a comment's range covers now, or undefined when its slot is gone. */
function covered(article: Article, c: Comment): string | undefined {
  const text = readSlot(article, c.anchor);
  return text === undefined ? undefined : text.slice(c.anchor.start, c.anchor.end);
}

const slotKeys = (a: Article): Set<string> => new Set(listSlots(a).map(slotKey));

describe('reconcileReview: list items', () => {
  const base = withList(cleanSeed(), ITEMS);

  it('an item inserted above moves the comment to the item it was on', () => {
    const before = commentOn(base, 2, 'pelajar');
    const after = reconcileReview(before, edit(before, [ITEMS[0]!, 'Baru', ...ITEMS.slice(1)]));
    const [c] = comments(after);
    expect(c?.anchor).toEqual({
      blockId: 'L1',
      field: 'items.3',
      start: 11,
      end: 18,
      quote: 'pelajar',
    });
    expect(c && covered(after, c)).toBe('pelajar');
    expect(c && anchorState(after, c)).toBe('live');
  });

  it('an item removed above moves the comment up with its item', () => {
    const before = commentOn(base, 3, 'Dandong');
    const after = reconcileReview(before, edit(before, [ITEMS[0]!, ITEMS[2]!, ITEMS[3]!]));
    const [c] = comments(after);
    expect(c?.anchor.field).toBe('items.2');
    expect(c && covered(after, c)).toBe('Dandong');
  });

  it("a removed item's comment is detached, not moved onto its neighbour, and stays so", () => {
    let before = commentOn(base, 1, 'pariwisata');
    before = commentOn(before, 3, 'kereta');
    const after = reconcileReview(before, edit(before, [ITEMS[0]!, ITEMS[2]!, ITEMS[3]!]));
    const [gone, kept] = comments(after);
    expect(gone && anchorState(after, gone)).toBe('detached');
    // No slot of the article has its field: nothing can ever quote the neighbour's words.
    expect(gone && slotKeys(after).has(slotKey(gone.anchor))).toBe(false);
    expect(gone?.anchor.quote).toBe('pariwisata');
    expect(kept?.anchor.field).toBe('items.2');
    expect(kept && covered(after, kept)).toBe('kereta');

    // Items added later (back to four, or more) must not bring it back onto someone else's text.
    const grown = reconcileReview(after, edit(after, [...itemsOf(after), 'Tambahan', 'Lagi']));
    const [still] = comments(grown);
    expect(still && anchorState(grown, still)).toBe('detached');
    expect(still?.anchor).toEqual(gone?.anchor);
  });

  it('the last item removed: its comment is detached and an item appended later does not revive it', () => {
    const before = commentOn(base, 3, 'Jalur');
    const after = reconcileReview(before, edit(before, ITEMS.slice(0, 3)));
    const [c] = comments(after);
    expect(c && anchorState(after, c)).toBe('detached');
    const appended = reconcileReview(after, edit(after, [...ITEMS.slice(0, 3), 'Jalur baru']));
    const [c2] = comments(appended);
    expect(c2 && anchorState(appended, c2)).toBe('detached');
  });

  it('an item edited while another is inserted above it still matches itself', () => {
    const before = commentOn(base, 1, 'pariwisata');
    const after = reconcileReview(
      before,
      edit(before, [
        ITEMS[0]!,
        'Kunjungan menteri dijadwalkan',
        'Kerja sama pariwisata resmi dibuka kembali',
        ...ITEMS.slice(2),
      ]),
    );
    const [c] = comments(after);
    expect(c?.anchor.field).toBe('items.2');
    expect(c && covered(after, c)).toBe('pariwisata');
  });

  it('a comment on a whole item follows the item', () => {
    const before = addComment(
      base,
      { anchor: { blockId: 'L1', field: 'items.2' }, body: 'Sumber?' },
      kelvin(),
    ).article;
    const after = reconcileReview(before, edit(before, ITEMS.slice(1)));
    expect(comments(after)[0]?.anchor).toEqual({ blockId: 'L1', field: 'items.1' });
  });

  it('Enter inside an item: a comment after the split goes to the new item', () => {
    let before = commentOn(base, 2, 'Pertukaran');
    before = commentOn(before, 2, 'tahun');
    const after = reconcileReview(
      before,
      edit(before, [ITEMS[0]!, ITEMS[1]!, 'Pertukaran pelajar ', 'dimulai tahun depan', ITEMS[3]!]),
    );
    const [head, tail] = comments(after);
    expect(head?.anchor).toMatchObject({ field: 'items.2', start: 0, end: 10 });
    expect(tail?.anchor).toMatchObject({ field: 'items.3', start: 8, end: 13 });
    expect(tail && covered(after, tail)).toBe('tahun');
  });

  it("Backspace joining two items: the second item's comment moves into the joined one", () => {
    const before = commentOn(base, 2, 'pelajar');
    const after = reconcileReview(
      before,
      edit(before, [ITEMS[0]!, ITEMS[1]! + ITEMS[2]!, ITEMS[3]!]),
    );
    const [c] = comments(after);
    expect(c?.anchor.field).toBe('items.1');
    expect(c && covered(after, c)).toBe('pelajar');
    expect(c && anchorState(after, c)).toBe('live');
  });

  it('an open suggestion follows its item and is accepted into that item', () => {
    const before = suggestOn(base, 2, 'tahun depan', 'bulan depan');
    const after = reconcileReview(before, edit(before, ['Baru', ...ITEMS]));
    const [s] = suggestions(after);
    expect(s).toMatchObject({ field: 'items.3', start: 27, end: 38, removed: 'tahun depan' });
    expect(s && isStale(after, s)).toBe(false);
    const accepted = acceptSuggestion(after, s?.id ?? '', kelvin(5));
    expect(itemsOf(accepted)).toEqual([
      'Baru',
      ITEMS[0],
      ITEMS[1],
      'Pertukaran pelajar dimulai bulan depan',
      ITEMS[3],
    ]);
  });

  it("a removed item's open suggestion goes stale and stays stale", () => {
    const before = suggestOn(base, 1, 'pariwisata', 'wisata');
    const after = reconcileReview(before, edit(before, [ITEMS[0]!, ITEMS[2]!, ITEMS[3]!]));
    const [s] = suggestions(after);
    expect(s?.state).toBe('open');
    expect(s && isStale(after, s)).toBe(true);
    expect(s && slotKeys(after).has(slotKey(s))).toBe(false);
    const grown = reconcileReview(after, edit(after, [...itemsOf(after), ITEMS[1]!]));
    const [s2] = suggestions(grown);
    expect(s2 && isStale(grown, s2)).toBe(true);
  });

  it('decided suggestions keep the slot and offsets they were decided at', () => {
    let before = suggestOn(base, 2, 'tahun', 'bulan');
    before = acceptSuggestion(before, 's1', kelvin(2));
    const decided = suggestions(before)[0];
    const after = reconcileReview(before, edit(before, ['Baru', ...itemsOf(before)]));
    expect(suggestions(after)[0]).toEqual(decided);
  });

  it('skipSuggestion leaves the suggestions the editor owns exactly as the new article has them', () => {
    let before = suggestOn(base, 1, 'pariwisata', 'wisata');
    before = suggestOn(before, 2, 'pelajar', 'mahasiswa');
    const inserted = edit(before, ['Baru', ...ITEMS]);
    // The editor already moved s1 itself (it reads it from its nodes) and hands it over as is.
    const ownS1 = { ...suggestions(before)[0]!, field: 'items.2' };
    const after: Article = {
      ...inserted,
      review: { ...getReview(inserted), suggestions: [ownS1, suggestions(before)[1]!] },
    };
    const moved = reconcileReview(before, after, { skipSuggestion: (s) => s.id === 's1' });
    expect(suggestions(moved)[0]).toBe(ownS1);
    expect(suggestions(moved)[1]?.field).toBe('items.3');

    // Without the option both are reconciled: s1 (already at items.2) is moved on to items.3.
    const all = reconcileReview(before, after);
    expect(suggestions(all).map((s) => s.field)).toEqual(['items.3', 'items.3']);
  });

  it('a long list rewritten at once (a paste over every item) pairs the items in order', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Butir ${i} lama`);
    const before = commentOn(withList(cleanSeed(), long), 10, 'lama');
    const after = reconcileReview(
      before,
      edit(
        before,
        long.map((_, i) => `Butir ${i} baru sekali`),
      ),
    );
    const [c] = comments(after);
    expect(c?.anchor.field).toBe('items.10');
    expect(c && anchorState(after, c)).toBe('live');
  });

  it('an unchanged list, or edits elsewhere, leave list anchors alone', () => {
    const before = commentOn(base, 2, 'pelajar');
    const after = reconcileReview(before, { ...before, headline: `${before.headline}!` });
    expect(comments(after)).toEqual(comments(before));
  });
});

// ----- property: random lists, random insertions, deletions, edits, splits and joins

/** Item texts: lower-case words, unique per list (two equal items are indistinguishable). */
const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnop'),
  minLength: 1,
  maxLength: 6,
});
const itemText = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

type Op =
  | { op: 'insert'; at: number; words: string }
  | { op: 'delete' | 'prepend' | 'append' | 'join'; at: number }
  | { op: 'split'; at: number; pos: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), words: itemText }),
  fc.record({
    op: fc.constantFrom('delete' as const, 'prepend' as const, 'append' as const, 'join' as const),
    at: fc.nat(),
  }),
  fc.record({ op: fc.constant('split' as const), at: fc.nat(), pos: fc.nat() }),
);

const scenario = fc.record({
  items: fc.uniqueArray(itemText, { minLength: 1, maxLength: 8 }),
  /** [item, start, length] picks, reduced into each item's bounds. */
  anchors: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
  /**
   * One edit per reconcile, as the editor reports them. (Two at once can be ambiguous: deleting
   * an item and inserting one in its place is indistinguishable from rewriting it.)
   */
  steps: fc.array(op, { minLength: 1, maxLength: 8 }),
});

/**
 * Where each comment should be after one edit, worked out from the edit itself (not from the
 * code under test): its item's new index, or -1 once the item is deleted. `cut` is set for a
 * comment whose words a split cut in two: it stays on the first part, and no longer quotes them.
 */
interface Expected {
  item: number;
  cut: boolean;
}

describe('reconcileReview: list items (property)', () => {
  it('property: a comment on an item that survives still quotes its words; a removed item detaches it', () => {
    fc.assert(
      fc.property(scenario, ({ items, anchors, steps }) => {
        let article = withList(cleanSeed(), items);
        const expected: Expected[] = [];
        for (const [item, s, len] of anchors) {
          const i = item % items.length;
          const text = items[i]!;
          const start = s % (text.length + 1);
          const end = Math.min(text.length, start + (len % 8));
          article = addComment(
            article,
            { anchor: { blockId: 'L1', field: `items.${i}`, start, end }, body: 'Cek' },
            kelvin(),
          ).article;
          expected.push({ item: i, cut: false });
        }
        let serial = 0;
        for (const o of steps) {
          const current = itemsOf(article);
          if (current.length === 0 && o.op !== 'insert') continue;
          const ranges = comments(article).map((c) => c.anchor);
          let next = current;
          serial++;
          // Added text carries tokens no item has (upper case, a serial number), so every item
          // stays unique and an edit at an item's edge cannot be read as a change in a word.
          const at = o.op === 'insert' ? o.at % (current.length + 1) : o.at % current.length;
          const shift = (after: number, by: number): void => {
            for (const e of expected) if (e.item > after) e.item += by;
          };
          if (o.op === 'insert') {
            next = [...current.slice(0, at), `${o.words} N${serial}`, ...current.slice(at)];
            shift(at - 1, 1);
          } else if (o.op === 'delete') {
            next = current.filter((_, i) => i !== at);
            for (const e of expected) if (e.item === at) e.item = -1;
            shift(at, -1);
          } else if (o.op === 'prepend' || o.op === 'append') {
            next = current.map((t, i) =>
              i !== at ? t : o.op === 'prepend' ? `Q${serial} ${t}` : `${t} Q${serial}`,
            );
          } else if (o.op === 'join') {
            // Backspace at the start of item at + 1.
            const joined = `${current[at]!}${current[at + 1] ?? ''}`;
            if (at + 1 >= current.length || current.includes(joined)) continue;
            next = [...current.slice(0, at), joined, ...current.slice(at + 2)];
            for (const e of expected) if (e.item === at + 1) e.item = at;
            shift(at + 1, -1);
          } else if (o.op === 'split') {
            // Enter inside item `at`, both parts non-empty and unlike any other item.
            const text = current[at]!;
            if (text.length < 2) continue;
            const pos = 1 + (o.pos % (text.length - 1));
            const parts = [text.slice(0, pos), text.slice(pos)];
            if (parts.some((p) => current.includes(p)) || parts[0] === parts[1]) continue;
            next = [...current.slice(0, at), ...parts, ...current.slice(at + 1)];
            shift(at, 1);
            expected.forEach((e, k) => {
              const r = ranges[k];
              if (e.item !== at || r?.start === undefined || r.end === undefined) return;
              if (r.start >= pos) e.item = at + 1;
              else if (r.end > pos) e.cut = true;
            });
          }
          article = reconcileReview(article, edit(article, next));
          comments(article).forEach((c, k) => {
            const e = expected[k]!;
            if (e.item < 0) {
              expect(anchorState(article, c)).toBe('detached');
              expect(slotKeys(article).has(slotKey(c.anchor))).toBe(false);
            } else {
              expect(c.anchor.field).toBe(`items.${e.item}`);
              expect(anchorState(article, c)).toBe('live');
              if (!e.cut) expect(covered(article, c)).toBe(c.anchor.quote);
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
