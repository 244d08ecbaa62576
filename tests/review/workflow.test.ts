import { describe, expect, it } from 'vitest';
import { getBuiltinProfile } from '../../shared/profiles';
import {
  actorFor,
  approvalBlockers,
  approve,
  getReview,
  isReviewError,
  markExported,
  recordRevision,
  returnToDraft,
  reviewStatus,
  setStatus,
  submitForReview,
  suggestChange,
  rejectSuggestion,
} from '../../shared/review';
import { seedArticle } from '../export/html/seedArticle';
import { at, cleanSeed, KELVIN, kelvin, WILLY, willy } from './fixtures';

const profile = getBuiltinProfile('id');
const now = new Date('2025-09-29T12:00:00Z');

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isReviewError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'not refused';
}

function refusalInIndonesian(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isReviewError(e)) return e.messages.id;
    throw e;
  }
  return 'not refused';
}

describe('workflow', () => {
  it('goes draft → in review → approved → exported, recording who and when', () => {
    let a = cleanSeed();
    expect(reviewStatus(a)).toBe('draft');
    a = submitForReview(a, willy(1), 'Siap disunting');
    a = approve(a, kelvin(2), { profile, now });
    a = markExported(a, kelvin(3));
    expect(getReview(a).status).toBe('exported');
    expect(getReview(a).statusHistory).toEqual([
      { status: 'in-review', by: WILLY, at: at(1), note: 'Siap disunting' },
      { status: 'approved', by: KELVIN, at: at(2) },
      { status: 'exported', by: KELVIN, at: at(3) },
    ]);
  });

  it('refuses moves the workflow does not allow', () => {
    expect(refusal(() => setStatus(cleanSeed(), 'approved', kelvin(), { profile }))).toBe(
      'transition: An article that is draft cannot go to approved (it can go to in-review).',
    );
    expect(refusalInIndonesian(() => setStatus(cleanSeed(), 'exported', kelvin()))).toBe(
      'Naskah berstatus draf tidak dapat menjadi diekspor (bisa menjadi dalam penyuntingan).',
    );
    // Exporting an article nobody approved records nothing.
    expect(markExported(cleanSeed(), kelvin())).toEqual(cleanSeed());
  });

  it('refuses approval while the checks show errors', () => {
    // The seed as imported: a photo with no file and a "Baca juga" with no link are errors.
    const a = submitForReview(seedArticle(), willy(1));
    const blockers = approvalBlockers(a, { profile, now });
    expect(blockers.errors.length).toBeGreaterThan(0);
    expect(refusal(() => approve(a, kelvin(2), { profile, now }))).toBe(
      `refused: Cannot approve: ${blockers.errors.length} errors in the checks.`,
    );
  });

  it('refuses approval while suggestions are open, and allows it once they are decided', () => {
    let a = submitForReview(cleanSeed(), willy(1));
    a = suggestChange(
      a,
      { slot: { blockId: 'b3' }, start: 0, end: 9, text: 'Lawatan' },
      kelvin(2),
    ).article;
    expect(refusal(() => approve(a, kelvin(3), { profile, now }))).toBe(
      'refused: Cannot approve: 1 open suggestion.',
    );
    expect(refusalInIndonesian(() => approve(a, kelvin(3), { profile, now }))).toBe(
      'Belum dapat disetujui: 1 saran terbuka.',
    );
    a = rejectSuggestion(a, 's1', willy(4));
    expect(reviewStatus(approve(a, kelvin(5), { profile, now }))).toBe('approved');
  });

  it('sends an approved article back to review when its text is saved changed', () => {
    let a = recordRevision(cleanSeed(), willy(1));
    a = submitForReview(a, willy(2));
    a = approve(a, kelvin(3), { profile, now });
    expect(recordRevision(a, willy(4))).toBe(a); // saving without changes keeps the approval
    a = recordRevision({ ...a, headline: `${a.headline} (Update)` }, willy(5));
    expect(getReview(a).status).toBe('in-review');
    expect(getReview(a).statusHistory.at(-1)).toEqual({
      status: 'in-review',
      by: WILLY,
      at: at(5),
      note: 'edited after approval',
    });
    expect(reviewStatus(returnToDraft(a, kelvin(6), 'Perlu sumber kedua'))).toBe('draft');
  });

  it('takes who from the settings user, and refuses a user with no name', () => {
    const when = new Date('2025-09-29T11:00:00Z');
    expect(actorFor({ name: ' Kelvin Yurcel ', role: 'redaktur' }, when)).toEqual({
      by: KELVIN,
      at: '2025-09-29T11:00:00.000Z',
    });
    expect(() => actorFor({ name: '', role: '' }, when)).toThrow(/Set your name/);
  });
});
