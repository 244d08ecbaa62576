/**
 * ninjs conformance: our exports validate against the official IPTC ninjs 3.1 JSON Schema
 * (ajv, draft 2020-12, formats checked). Skipped with a message when ../shared/standards is absent.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleToNinjs, exportNinjs } from '../../shared/export/ninjs';
import { getBuiltinProfile } from '../../shared/profiles';
import { arbitraryArticle } from '../support/arbitraries';
import {
  readStandard,
  standards,
  standardsSkipReason,
  validateNinjs31,
} from '../support/standards';
import { seedLikeArticle } from '../export/ninjs/seedArticle';
import { SEED_FILES, importSeed } from '../export/ninjs/seedDrafts';

const now = new Date('2025-10-01T03:00:00Z');
// Skipped tests' titles are not printed by the default reporter, so the reason is said here.
if (standardsSkipReason) console.warn(`tests/conformance/ninjs.test.ts: ${standardsSkipReason}`);

describe.skipIf(!standards.present)(`ninjs 3.1 conformance ${standardsSkipReason}`, () => {
  it('the validator accepts every official example and rejects a broken item', () => {
    for (const f of readdirSync(standards.ninjsExamplesDir)) {
      const r = validateNinjs31(readStandard(path.join('ninjs', 'examples', f)));
      expect(r, f).toEqual({ valid: true, errors: [] });
    }
    const bad = validateNinjs31({ uri: 'urn:x:1', pubStatus: 'draft', headline: 'x' });
    expect(bad.valid).toBe(false);
    expect(bad.errors.join('\n')).toMatch(/pubStatus/);
  });

  it('the seed story exports as valid ninjs 3.1, published and as a draft', () => {
    const profile = getBuiltinProfile('id');
    for (const draft of [false, true]) {
      const out = exportNinjs(seedLikeArticle(), { profile, now, draft });
      expect(validateNinjs31(out)).toEqual({ valid: true, errors: [] });
    }
  });

  it('the real seed draft, imported by the text importer, exports as the story it is', async (ctx) => {
    const article = await importSeed('000_96a0e40e744c17ac.txt');
    if (!article) return ctx.skip('no text importer yet');
    const item = articleToNinjs(article, { profile: getBuiltinProfile('id'), now });
    expect(validateNinjs31(item)).toEqual({ valid: true, errors: [] });
    expect(item.headlines?.[0]?.value).toBe(
      'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
    );
    expect([item.by, item.located, item.contentCreated]).toEqual([
      'Willy Haryono',
      'Beijing',
      '2025-09-29T18:33:00+07:00',
    ]);
    expect(item.people).toContainEqual({ name: 'Kelvin Yurcel', rel: 'contributor' });
    expect(item.associations?.[0]?.by).toBe('@SpoxCHN_LinJian');
    expect(item.bodies?.[0]?.value).toContain(
      '<p><span class="dateline">Beijing:</span> Menteri Luar Negeri Tiongkok Wang Yi',
    );
  });

  it.for(SEED_FILES)('seeds/%s exports as valid ninjs 3.1', async (file, ctx) => {
    const article = await importSeed(file);
    if (!article) return ctx.skip(`no importer for seeds/${file} yet`);
    const profile = getBuiltinProfile(article.metadata.profile ?? 'en');
    expect(validateNinjs31(exportNinjs(article, { profile, now }))).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('any article exports as valid ninjs 3.1', () => {
    const profile = getBuiltinProfile('id');
    fc.assert(
      fc.property(arbitraryArticle(), fc.boolean(), (article, draft) => {
        const r = validateNinjs31(exportNinjs(article, { profile, now, draft }));
        expect(r.errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
