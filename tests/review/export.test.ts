/** Review data never reaches a published file, and open suggestions hold the export gate. */
import { describe, expect, it } from 'vitest';
import { EXPORTERS, planExport } from '../../shared/export';
import type { Article } from '../../shared/model/article';
import { getBuiltinProfile } from '../../shared/profiles';
import {
  acceptSuggestion,
  addComment,
  approve,
  OPEN_SUGGESTIONS_RULE,
  recordRevision,
  replyToComment,
  submitForReview,
  suggestChange,
  withReviewCredits,
} from '../../shared/review';
import { cleanSeed, kelvin, sari, willy } from './fixtures';

const profile = getBuiltinProfile('id');
const now = new Date('2025-09-29T12:00:00Z');
const asText = (c: string | Uint8Array) =>
  typeof c === 'string' ? c : new TextDecoder().decode(c);

/** Marked words that appear only in review data, never in the copy. */
const SECRET_COMMENT = 'KOMENTAR-RAHASIA sumber anonim jangan dikutip';
const SECRET_REPLY = 'BALASAN-RAHASIA';
const SECRET_SUGGESTION = 'SARAN-TERBUKA';

function reviewed(): Article {
  let a = recordRevision(cleanSeed(), willy(1), { summary: 'RINGKASAN-REVISI' });
  a = submitForReview(a, willy(2), 'CATATAN-STATUS');
  a = addComment(
    a,
    { anchor: { blockId: 'b2', start: 0, end: 7 }, body: SECRET_COMMENT },
    sari(3),
  ).article;
  a = addComment(a, { anchor: { blockId: 'b1' }, body: 'KOMENTAR-FOTO' }, sari(3)).article;
  a = replyToComment(a, 'c1', SECRET_REPLY, willy(4));
  const b3 = a.blocks.find((b) => b.id === 'b3');
  const at = b3?.type === 'paragraph' ? b3.text.indexOf('langka') : -1;
  a = suggestChange(
    a,
    { slot: { blockId: 'b3' }, start: at, end: at + 6, text: 'DITERIMA' },
    kelvin(5),
  ).article;
  a = acceptSuggestion(a, 's1', willy(6));
  return a;
}

describe('exports leave review data out', () => {
  it.each(EXPORTERS.map((e) => [e.id, e] as const))(
    '%s carries no comment, reply or history',
    (_, exporter) => {
      const a = reviewed();
      const out = asText(exporter.export(a, { profile, now }));
      for (const secret of [
        SECRET_COMMENT,
        SECRET_REPLY,
        'KOMENTAR-FOTO',
        'RINGKASAN-REVISI',
        'CATATAN-STATUS',
        'Sari Dewi',
      ]) {
        expect(out).not.toContain(secret);
      }
      // The accepted change is part of the text now, and is published.
      expect(out).toContain('DITERIMA');
      // And the review data changes nothing else: same bytes as the article without it.
      const { review: _review, ...plain } = a;
      expect(out).toBe(asText(exporter.export(plain, { profile, now })));
    },
  );
});

describe('export gate and open suggestions', () => {
  const withOpen = () =>
    suggestChange(
      reviewed(),
      { slot: { blockId: 'b4' }, start: 0, end: 0, text: `${SECRET_SUGGESTION} ` },
      sari(7),
    ).article;

  it('refuses while a suggestion is open, saying whose', () => {
    const plan = planExport(withOpen(), ['html', 'md'], { profile, now });
    expect(plan.blocked).toBe(true);
    expect(plan.files).toEqual([]);
    expect(plan.errors.map((d) => [d.ruleId, d.message.en, d.location.blockId])).toEqual([
      [
        OPEN_SUGGESTIONS_RULE,
        '1 suggestion by Sari Dewi is still open: accept or reject it before exporting.',
        'b4',
      ],
    ]);
    expect(plan.errors[0]?.message.id).toBe(
      '1 saran dari Sari Dewi belum diputuskan: terima atau tolak sebelum mengekspor.',
    );
  });

  it('overridden, exports a draft of the accepted text only', () => {
    const plan = planExport(withOpen(), ['html', 'text', 'ninjs'], {
      profile,
      now,
      allowErrors: true,
    });
    expect(plan).toMatchObject({ blocked: false, draft: true });
    for (const f of plan.files) {
      const out = asText(f.content);
      expect(out).not.toContain(SECRET_SUGGESTION);
      expect(out).toContain('DITERIMA');
    }
  });

  it('lets an article with every suggestion decided through', () => {
    const plan = planExport(reviewed(), ['html'], { profile, now });
    expect(plan.errors).toEqual([]);
    expect(plan.blocked).toBe(false);
  });
});

describe('review work is credited in every export', () => {
  it('the editor who approved is named in every format, once, as editor', () => {
    const a = approve(reviewed(), sari(8), { profile, now });
    const plan = planExport(
      a,
      EXPORTERS.map((e) => e.id),
      { profile, now },
    );
    expect(plan.blocked).toBe(false);
    // Every format publishes the credits (the fragment ends with them too), and names her.
    const publishing = plan.files.filter((f) => asText(f.content).includes('Kelvin Yurcel'));
    expect(publishing).toHaveLength(EXPORTERS.length);
    for (const f of publishing) expect(asText(f.content)).toContain('Sari Dewi');
    expect(withReviewCredits(a).credits.filter((c) => c.name === 'Sari Dewi')).toEqual([
      { name: 'Sari Dewi', role: 'editor' },
    ]);
  });

  it('people already credited keep their own credit; comments alone credit nobody', () => {
    const a = reviewed();
    // Kelvin's accepted words: he is already in the credits (contributor), and stays so.
    expect(withReviewCredits(a).credits).toEqual(a.credits);
    const { review: _review, ...plain } = a;
    expect(withReviewCredits(plain)).toBe(plain);
  });
});
