import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../shared/import';
import { getBuiltinProfile, resolveProfile } from '../../shared/profiles';
import { applySafeFixes, checkArticle } from '../../shared/rules';
import { NOW } from './tester';

const repoRoot = join(import.meta.dirname, '..', '..');
const seedBytes = new Uint8Array(readFileSync(join(repoRoot, 'seeds', '000_96a0e40e744c17ac.txt')));
const cleanBytes = new Uint8Array(
  readFileSync(join(repoRoot, 'tests', 'fixtures', 'rules', 'clean.newsroom.json')),
);

const summary = (list: ReturnType<typeof checkArticle>) =>
  list.map((d) => [
    d.ruleId,
    d.severity,
    d.location.blockId,
    d.location.field ?? null,
    d.location.start ?? null,
    d.location.end ?? null,
  ]);

describe('checking the seed article (Medcom wire copy, imported as text)', () => {
  it('finds the photo with no image, the related link with no address and its mismatched quote', async () => {
    const article = await importDraft({ bytes: seedBytes, name: '000_96a0e40e744c17ac.txt' });
    const list = checkArticle(article, { profile: getBuiltinProfile('id'), now: NOW });
    expect(summary(list)).toEqual([
      ['figure/missing-image', 'error', 'b1', 'src', null, null],
      ['figure/missing-alt', 'warning', 'b1', 'alt', null, null],
      ['related/missing-url', 'error', 'b10', 'url', null, null],
      // ‘Permanen' — from the opening ‘ to the straight ' that closes it.
      ['text/unbalanced-quotes', 'warning', 'b10', 'title', 62, 72],
    ]);
    const related = article.blocks[9]!;
    expect(related.type === 'related' && related.title.slice(62, 72)).toBe("‘Permanen'");
    expect(list.find((d) => d.ruleId === 'related/missing-url')?.message.id).toBe(
      'Tautan terkait "Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen\'" belum memiliki alamat.',
    );
  });

  it('flags its closing "Baca juga" as well under a profile that wants links between paragraphs only', async () => {
    const article = await importDraft({ bytes: seedBytes, name: '000_96a0e40e744c17ac.txt' });
    const profile = resolveProfile({
      extends: 'id',
      id: 'between',
      name: 'Between',
      relatedLinkLast: 'flag',
    });
    const list = checkArticle(article, { profile, now: NOW });
    expect(summary(list)).toEqual([
      ['figure/missing-image', 'error', 'b1', 'src', null, null],
      ['figure/missing-alt', 'warning', 'b1', 'alt', null, null],
      // Article rules that point at a block come before that block's own findings.
      ['related/placement', 'warning', 'b10', null, null, null],
      ['related/missing-url', 'error', 'b10', 'url', null, null],
      ['text/unbalanced-quotes', 'warning', 'b10', 'title', 62, 72],
    ]);
  });

  it('safe fixes repair the quote and leave the errors for a person', async () => {
    const article = await importDraft({ bytes: seedBytes, name: 'seed.txt' });
    const profile = getBuiltinProfile('id');
    const { article: fixed, applied } = applySafeFixes(article, { profile, now: NOW });
    expect(applied.map((a) => [a.ruleId, a.fixId])).toEqual([
      ['text/unbalanced-quotes', 'replaceClosing'],
    ]);
    const related = fixed.blocks[9]!;
    expect(related.type === 'related' && related.title).toBe(
      'Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
    );
    expect(summary(checkArticle(fixed, { profile, now: NOW })).map((s) => s[0])).toEqual([
      'figure/missing-image',
      'figure/missing-alt',
      'related/missing-url',
    ]);
    // The import itself is untouched.
    expect(related).not.toBe(article.blocks[9]);
  });
});

describe('a clean draft', () => {
  it('imports from its native file and gives no findings under either built-in profile', async () => {
    const article = await importDraft({ bytes: cleanBytes, name: 'clean.newsroom.json' });
    expect(article.importReport.format).toBe('native');
    for (const id of ['id', 'en']) {
      const list = checkArticle(article, { profile: getBuiltinProfile(id), now: NOW });
      expect(list.map((d) => `${d.ruleId}: ${d.message.en}`)).toEqual([]);
    }
  });
});
