/**
 * Done-when of issue 6: suggestions, comments and history survive the native file with no loss,
 * whatever sequence of review actions made them, and a file without them still opens.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../shared/import';
import { parseNativeArticle, serializeNativeArticle } from '../../shared/import/native';
import type { Article } from '../../shared/model/article';
import { getBuiltinProfile } from '../../shared/profiles';
import {
  acceptSuggestion,
  addComment,
  anchorState,
  changeSlot,
  getReview,
  isReviewError,
  isStale,
  listSlots,
  readSlot,
  reconcileReview,
  recordRevision,
  rejectSuggestion,
  replyToComment,
  resolveComment,
  restoreRevision,
  reviseSuggestion,
  revisionContent,
  setStatus,
  suggestChange,
  withdrawSuggestion,
  type Actor,
  type ReviewStatus,
} from '../../shared/review';
import { arbitraryArticle, arbitraryWords } from '../support/arbitraries';
import { cleanSeed, KELVIN, SARI, WILLY } from './fixtures';

const profile = getBuiltinProfile('id');
const STATUSES: ReviewStatus[] = ['draft', 'in-review', 'approved', 'exported'];

const action = fc.record({
  op: fc.constantFrom(
    'suggest',
    'suggest',
    'comment',
    'reply',
    'resolve',
    'accept',
    'reject',
    'revise',
    'withdraw',
    'edit',
    'drop',
    'save',
    'restore',
    'status',
  ),
  slot: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  text: arbitraryWords(0, 3),
  who: fc.constantFrom(WILLY, KELVIN, SARI),
  minute: fc.nat({ max: 59 }),
});
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

/** Runs one action through the public API; refusals (overlaps, stale, wrong moves) are skipped. */
function run(article: Article, x: Action): Article {
  const actor: Actor = {
    by: x.who,
    at: new Date(Date.UTC(2025, 8, 29, 10, x.minute)).toISOString(),
  };
  const slots = listSlots(article).filter((s) => readSlot(article, s) !== undefined);
  const slot = slots[x.slot % slots.length]!;
  const text = readSlot(article, slot) ?? '';
  const start = x.a % (text.length + 1);
  const end = start + (x.b % (text.length - start + 1));
  const review = getReview(article);
  const suggestion = review.suggestions[x.a % Math.max(1, review.suggestions.length)];
  const comment = review.comments[x.b % Math.max(1, review.comments.length)];
  try {
    switch (x.op) {
      case 'suggest':
        return suggestChange(article, { slot, start, end, text: x.text }, actor).article;
      case 'comment':
        return addComment(
          article,
          {
            anchor:
              x.b % 4 === 0 && slot.blockId ? { blockId: slot.blockId } : { ...slot, start, end },
            body: x.text || 'Cek',
          },
          actor,
        ).article;
      case 'reply':
        return comment ? replyToComment(article, comment.id, x.text || 'Oke', actor) : article;
      case 'resolve':
        return comment ? resolveComment(article, comment.id, actor) : article;
      case 'accept':
        return suggestion ? acceptSuggestion(article, suggestion.id, actor) : article;
      case 'reject':
        return suggestion ? rejectSuggestion(article, suggestion.id, actor) : article;
      case 'revise':
        return suggestion ? reviseSuggestion(article, suggestion.id, x.text, actor) : article;
      case 'withdraw':
        return suggestion ? withdrawSuggestion(article, suggestion.id, actor) : article;
      case 'edit':
        return reconcileReview(article, changeSlot(article, slot, { start, end, text: x.text }));
      case 'drop':
        return article.blocks.length > 1
          ? reconcileReview(article, {
              ...article,
              blocks: article.blocks.filter((_, i) => i !== x.a % article.blocks.length),
            })
          : article;
      case 'save':
        return recordRevision(article, actor);
      case 'restore':
        return review.revisions.length
          ? restoreRevision(article, 1 + (x.a % review.revisions.length), actor)
          : article;
      case 'status':
        return setStatus(article, STATUSES[x.a % 4]!, actor, { profile });
    }
  } catch (e) {
    if (isReviewError(e)) return article;
    throw e;
  }
  return article;
}

const reviewedArticle = fc
  .tuple(arbitraryArticle({ maxBlocks: 5 }), fc.array(action, { maxLength: 25 }))
  .map(([article, actions]) => actions.reduce(run, article));

describe('review data in the native file', () => {
  it('property: survives save and reopen with no loss', () => {
    fc.assert(
      fc.property(reviewedArticle, (article) => {
        const reopened = parseNativeArticle(serializeNativeArticle(article));
        expect(reopened).toEqual(article);
        expect(serializeNativeArticle(reopened)).toBe(serializeNativeArticle(article));
      }),
      { numRuns: 150 },
    );
  });

  it('property: every open suggestion and live comment still points inside its text', () => {
    fc.assert(
      fc.property(reviewedArticle, (article) => {
        const review = getReview(article);
        for (const s of review.suggestions) {
          if (s.state !== 'open' || isStale(article, s)) continue;
          const text = readSlot(article, s);
          expect(text).toBeDefined();
          expect(s.start <= s.end && s.end <= (text?.length ?? -1)).toBe(true);
        }
        for (const c of review.comments) {
          if (anchorState(article, c) === 'detached' || c.anchor.end === undefined) continue;
          expect(c.anchor.start! <= c.anchor.end).toBe(true);
          expect(c.anchor.end <= (readSlot(article, c.anchor)?.length ?? -1)).toBe(true);
        }
        for (const r of review.revisions) {
          expect(() => revisionContent(r, review.revisions)).not.toThrow();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('opens through the importer registry like any native file', async () => {
    let a = recordRevision(cleanSeed(), { by: WILLY, at: '2025-09-29T11:00:00.000Z' });
    a = addComment(
      a,
      { anchor: { blockId: 'b1' }, body: 'Foto lain?' },
      { by: KELVIN, at: '2025-09-29T11:05:00.000Z' },
    ).article;
    const bytes = new TextEncoder().encode(serializeNativeArticle(a));
    expect(await importDraft({ bytes, name: 'tiongkok.newsroom.json' })).toEqual(a);
  });

  it('an old file without review data still opens, and gets none added', async () => {
    const old = serializeNativeArticle(cleanSeed());
    expect(old).not.toContain('"review"');
    const opened = await importDraft({
      bytes: new TextEncoder().encode(old),
      name: 'lama.newsroom.json',
    });
    expect(opened).toEqual(cleanSeed());
    expect(opened.review).toBeUndefined();
    expect(getReview(opened)).toEqual({
      status: 'draft',
      statusHistory: [],
      suggestions: [],
      comments: [],
      revisions: [],
    });
  });

  it('refuses review data that is not valid, naming where', () => {
    const bad = JSON.parse(serializeNativeArticle(cleanSeed())) as Record<string, unknown>;
    bad.review = { suggestions: [{ id: 's1', blockId: 'b2', kind: 'move' }] };
    expect(() => parseNativeArticle(JSON.stringify(bad), 'x.newsroom.json')).toThrow(
      /x\.newsroom\.json is not a valid newsroom article: review\.suggestions\.0\./,
    );
  });
});
