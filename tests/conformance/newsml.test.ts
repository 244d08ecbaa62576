/**
 * NewsML-G2 conformance: our exports validate against the official 2.35 All-Power XSD with
 * xmllint, offline. Skipped with a message when ../shared/standards or xmllint is absent.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportNewsml } from '../../shared/export/newsml';
import { getBuiltinProfile } from '../../shared/profiles';
import { arbitraryArticle } from '../support/arbitraries';
import {
  readStandard,
  standards,
  standardsSkipReason,
  validateNewsmlG2,
  xmllintSkipReason,
} from '../support/standards';
import { seedLikeArticle } from '../export/ninjs/seedArticle';
import { SEED_FILES, importSeed } from '../export/ninjs/seedDrafts';

const now = new Date('2025-10-01T03:00:00Z');
const skip = !standards.present || !standards.xmllint;
// Skipped tests' titles are not printed by the default reporter, so the reasons are said here.
for (const reason of [standardsSkipReason, xmllintSkipReason]) {
  if (reason) console.warn(`tests/conformance/newsml.test.ts: ${reason}`);
}

describe.skipIf(skip)(
  `NewsML-G2 2.35 conformance ${standardsSkipReason}${xmllintSkipReason}`,
  () => {
    it('the validator accepts the official examples and rejects a broken item', () => {
      for (const f of readdirSync(standards.newsmlExamplesDir)) {
        const r = validateNewsmlG2(readStandard(path.join('newsml-g2', 'examples', f)));
        expect(r, f).toEqual({ valid: true, errors: [] });
      }
      const item = readStandard('newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml');
      const broken = validateNewsmlG2(item.replace('<itemClass qcode="ninat:text" />', ''));
      expect(broken.valid).toBe(false);
      expect(broken.errors.join('\n')).toMatch(/itemClass/);
    });

    it('the seed story exports as a valid news item, published and as a draft', () => {
      const profile = getBuiltinProfile('id');
      for (const draft of [false, true]) {
        const out = exportNewsml(seedLikeArticle(), { profile, now, draft });
        expect(validateNewsmlG2(out)).toEqual({ valid: true, errors: [] });
      }
    });

    it('the real seed draft, imported by the text importer, exports as the story it is', async (ctx) => {
      const article = await importSeed('000_96a0e40e744c17ac.txt');
      if (!article) return ctx.skip('no text importer yet');
      const xml = exportNewsml(article, { profile: getBuiltinProfile('id'), now });
      expect(validateNewsmlG2(xml)).toEqual({ valid: true, errors: [] });
      expect(xml).toContain(
        '<headline>Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing</headline>',
      );
      expect(xml).toMatch(/<creator role="cpprole:author">\s*<name>Willy Haryono<\/name>/);
      expect(xml).toMatch(
        /<contributor role="cpprole:correspondent">\s*<name>Kelvin Yurcel<\/name>/,
      );
      expect(xml).toMatch(/<located>\s*<name>Beijing<\/name>/);
      expect(xml).toContain('<small class="credit">@SpoxCHN_LinJian</small>');
    });

    it.for(SEED_FILES)('seeds/%s exports as a valid news item', async (file, ctx) => {
      const article = await importSeed(file);
      if (!article) return ctx.skip(`no importer for seeds/${file} yet`);
      const profile = getBuiltinProfile(article.metadata.profile ?? 'en');
      expect(validateNewsmlG2(exportNewsml(article, { profile, now }))).toEqual({
        valid: true,
        errors: [],
      });
    });

    it('any article exports as a valid news item (own role scheme, tags, section included)', () => {
      const profile = getBuiltinProfile('en');
      fc.assert(
        fc.property(arbitraryArticle(), fc.boolean(), (article, draft) => {
          const r = validateNewsmlG2(exportNewsml(article, { profile, now, draft }));
          expect(r.errors).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
  },
);
