/**
 * The editor's inline suggestions replace the review's copies (shared/review/inline.ts): what
 * the editor shows wins, the file's order stays, and nothing the editor cannot show is lost.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  changeSlot,
  isInlineSlot,
  proposedText,
  proposeText,
  readSlot,
  suggestChange,
  withEditorSuggestions,
  type Suggestion,
} from '../../shared/review';
import type { Article } from '../../shared/model/article';
import { at, cleanSeed, KELVIN, kelvin, textOf, WILLY } from './fixtures';

/** The seed with three open suggestions by Kelvin: b2 text, a caption, and the headline. */
function reviewed(): { article: Article; b2: string } {
  let a = cleanSeed();
  const b2 = a.blocks.find((b) => b.type === 'paragraph')!.id;
  const t = textOf(a, b2);
  const at = t.indexOf('Beijing');
  a = suggestChange(
    a,
    { slot: { blockId: b2 }, start: at, end: at + 7, text: 'Pyongyang' },
    kelvin(1),
  ).article;
  const fig = a.blocks.find((b) => b.type === 'figure')!.id;
  a = suggestChange(
    a,
    { slot: { blockId: fig, field: 'caption' }, start: 0, end: 0, text: 'Foto: ' },
    kelvin(2),
  ).article;
  a = suggestChange(
    a,
    { slot: { blockId: null, field: 'headline' }, start: 0, end: 0, text: 'Kini: ' },
    kelvin(3),
  ).article;
  return { article: a, b2 };
}

const ids = (a: Article): string[] =>
  (a.review?.suggestions ?? []).map((s) => `${s.id}:${s.state}`);

describe('withEditorSuggestions', () => {
  it('knows which slots the editor edits as text', () => {
    expect(isInlineSlot({ blockId: null, field: 'headline' })).toBe(true);
    expect(isInlineSlot({ blockId: null, field: 'subheadline' })).toBe(false);
    expect(isInlineSlot({ blockId: 'b2' })).toBe(true);
    expect(isInlineSlot({ blockId: 'b5', field: 'items.3' })).toBe(true);
    expect(isInlineSlot({ blockId: 'b1', field: 'caption' })).toBe(false);
    expect(isInlineSlot({ blockId: 'b3', field: 'attribution' })).toBe(false);
  });

  it('gives back the article itself when the editor shows what the review holds', () => {
    const { article } = reviewed();
    const shown = article.review!.suggestions.filter(isInlineSlot);
    expect(withEditorSuggestions(article, shown)).toBe(article);
  });

  it('drops inline suggestions the editor no longer shows (taken back), keeps field ones and order', () => {
    const { article } = reviewed();
    const [s1, , s3] = article.review!.suggestions as [Suggestion, Suggestion, Suggestion];
    const out = withEditorSuggestions(article, [s3]);
    expect(ids(out)).toEqual(['s2:open', 's3:open']);
    expect(out.review!.suggestions[0]).toMatchObject({ field: 'caption' });
    expect(s1.blockId).not.toBeNull();
  });

  it('keeps a stale inline suggestion (the editor cannot show it; it can only be rejected)', () => {
    const { article, b2 } = reviewed();
    // The words under s1 were rewritten directly since.
    const edited = changeSlot(
      article,
      { blockId: b2 },
      { start: 0, end: textOf(article, b2).length, text: 'Teks baru.' },
    );
    const out = withEditorSuggestions(edited, []);
    expect(ids(out)).toEqual(['s1:open', 's2:open']);
  });

  it('a suggestion the editor shows open again after an undone acceptance is open again', () => {
    const { article } = reviewed();
    const s1 = article.review!.suggestions[0]!;
    const accepted = acceptSuggestion(article, 's1', kelvin(9));
    expect(ids(accepted)).toEqual(['s1:accepted', 's2:open', 's3:open']);
    const undone = withEditorSuggestions({ ...accepted, blocks: article.blocks }, [
      s1,
      accepted.review!.suggestions[2]!,
    ]);
    expect(ids(undone)).toEqual(['s1:open', 's2:open', 's3:open']);
  });

  it('new suggestions from the editor follow the review’s, in reading order', () => {
    const { article, b2 } = reviewed();
    const fresh: Suggestion = {
      ...article.review!.suggestions[0]!,
      id: 's4',
      start: 0,
      end: 0,
      kind: 'insert',
      text: 'Kamis, ',
    };
    delete fresh.removed;
    const out = withEditorSuggestions(article, [
      ...article.review!.suggestions.filter(isInlineSlot),
      fresh,
    ]);
    expect(ids(out)).toEqual(['s1:open', 's2:open', 's3:open', 's4:open']);
    expect(out.review!.suggestions[3]).toMatchObject({ blockId: b2, text: 'Kamis, ' });
  });
});

describe('proposing a field’s text (captions, credits, related-link titles)', () => {
  const caption = (a: Article) => {
    const fig = a.blocks.find((b) => b.type === 'figure')!;
    return { blockId: fig.id, field: 'caption' };
  };

  it('one suggestion, widened to whole words, for what differs from the accepted text', () => {
    const a = cleanSeed();
    const slot = caption(a);
    const out = proposeText(
      a,
      slot,
      'Menteri Luar Negeri Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui.',
      kelvin(1),
    );
    expect(out.review!.suggestions).toMatchObject([
      {
        blockId: slot.blockId,
        field: 'caption',
        kind: 'replace',
        start: 0,
        end: 5,
        removed: 'Menlu',
        text: 'Menteri Luar Negeri',
      },
    ]);
    expect(proposedText(out, slot, KELVIN)).toBe(
      'Menteri Luar Negeri Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui.',
    );
    // The accepted caption is untouched until someone accepts.
    expect((out.blocks.find((b) => b.type === 'figure') as { caption: string }).caption).toMatch(
      /^Menlu Tiongkok/,
    );
  });

  it('proposing again replaces one’s own earlier suggestion; proposing the accepted text withdraws it', () => {
    const a = cleanSeed();
    const slot = caption(a);
    const accepted = readSlot(a, slot)!;
    let out = proposeText(a, slot, accepted.replace('Menlu Tiongkok', 'Menlu RRT'), kelvin(1));
    out = proposeText(out, slot, accepted.replace('Menlu Tiongkok', 'Menlu China'), kelvin(2));
    expect(out.review!.suggestions.map((s) => [s.removed, s.text, s.state])).toEqual([
      ['Tiongkok', 'China', 'open'],
    ]);
    out = proposeText(out, slot, accepted, kelvin(3));
    expect(out.review!.suggestions).toEqual([]);
  });

  it('someone else’s overlapping suggestion refuses the change', () => {
    const a = cleanSeed();
    const slot = caption(a);
    const accepted = readSlot(a, slot)!;
    const theirs = proposeText(a, slot, accepted.replace('Tiongkok', 'RRT'), kelvin(1));
    expect(() =>
      proposeText(theirs, slot, accepted.replace('Tiongkok', 'China'), { by: WILLY, at: at(2) }),
    ).toThrow(/already has an open suggestion by Kelvin Yurcel/);
  });
});
