import { describe, expect, it } from 'vitest';
import { getBuiltinProfile } from '../../shared/profiles';
import {
  acceptSuggestion,
  approve,
  creditRoleFor,
  creditsLedger,
  photographerIn,
  recordRevision,
  rejectSuggestion,
  renderLedger,
  submitForReview,
  suggestChange,
} from '../../shared/review';
import { cleanSeed, kelvin, sari, willy } from './fixtures';

describe('credits ledger', () => {
  it('credits the byline, the credits and the photo credit of the seed', () => {
    expect(renderLedger(creditsLedger(cleanSeed()))).toBe(
      ['Willy Haryono — writer (byline, credits)', 'Kelvin Yurcel — editor (credits)', ''].join(
        '\n',
      ),
    );
    const withPhoto = cleanSeed();
    withPhoto.blocks = withPhoto.blocks.map((b) =>
      b.type === 'figure' ? { ...b, credit: 'ANTARA FOTO/Galih Pradipta' } : b,
    );
    expect(creditsLedger(withPhoto).map((e) => [e.name, e.roles.map((r) => r.role)])).toEqual([
      ['Willy Haryono', ['writer']],
      ['Kelvin Yurcel', ['editor']],
      ['Galih Pradipta', ['photographer']],
    ]);
  });

  it('adds the people the review records: accepted suggestions, who accepted them, approval, saves', () => {
    let a = recordRevision(cleanSeed(), willy(1));
    a = submitForReview(a, willy(2));
    a = suggestChange(
      a,
      { slot: { blockId: 'b3' }, start: 0, end: 9, text: 'Lawatan' },
      sari(3),
    ).article;
    a = suggestChange(
      a,
      { slot: { blockId: 'b4' }, start: 0, end: 0, text: 'X' },
      { by: { name: 'Rina Kusuma', role: 'kontributor' }, at: '2025-09-29T11:04:00.000Z' },
    ).article;
    a = acceptSuggestion(a, 's1', kelvin(5));
    a = rejectSuggestion(a, 's2', kelvin(6));
    a = recordRevision(a, kelvin(7));
    a = approve(a, kelvin(8), {
      profile: getBuiltinProfile('id'),
      now: new Date('2025-09-29T12:00:00Z'),
    });
    const ledger = creditsLedger(a);
    expect(ledger).toEqual([
      {
        name: 'Willy Haryono',
        roles: [
          {
            role: 'writer',
            sources: ['byline', 'credits', 'revisions'],
            notes: [],
            counts: { byline: 1, credits: 1, revisions: 1 },
          },
        ],
      },
      {
        name: 'Kelvin Yurcel',
        roles: [
          {
            role: 'editor',
            sources: ['credits', 'accepted-changes', 'approval', 'revisions'],
            notes: [],
            counts: { credits: 1, 'accepted-changes': 1, approval: 1, revisions: 1 },
          },
        ],
      },
      {
        name: 'Sari Dewi',
        roles: [
          {
            role: 'editor',
            sources: ['accepted-suggestions'],
            notes: [],
            counts: { 'accepted-suggestions': 1 },
          },
        ],
      },
    ]);
    // Rina's suggestion was rejected: nothing of hers is in the text, so she is not credited.
    expect(ledger.some((e) => e.name === 'Rina Kusuma')).toBe(false);
  });

  it('credits a save only when it changed the text', () => {
    let a = recordRevision(cleanSeed(), willy(1));
    a = recordRevision(a, sari(2), { force: true, summary: 'Checkpoint' });
    expect(creditsLedger(a).some((e) => e.name === 'Sari Dewi')).toBe(false);
    a = recordRevision({ ...a, headline: `${a.headline} (Update)` }, sari(3));
    expect(renderLedger(creditsLedger(a))).toContain('Sari Dewi — editor (revisions)');
  });

  it('maps the roles people type in settings, in both languages', () => {
    expect(
      ['Redaktur', 'penulis', 'Pewarta Foto', 'copy  editor', 'intern'].map((r) =>
        creditRoleFor(r, 'contributor'),
      ),
    ).toEqual(['editor', 'writer', 'photographer', 'editor', 'contributor']);
    expect(photographerIn('ANTARA FOTO/Galih Pradipta')).toBe('Galih Pradipta');
    expect(photographerIn('Foto: Budi')).toBe('Budi');
  });
});
