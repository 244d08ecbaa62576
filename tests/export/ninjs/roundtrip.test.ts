import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportNinjs } from '../../../shared/export/ninjs';
import type { Article } from '../../../shared/model/article';
import { importNinjs } from '../../../shared/import/ninjs';
import { applyWireConventions } from '../../../shared/import/wire';
import { getBuiltinProfile } from '../../../shared/profiles';
import { arbitraryArticle } from '../../support/arbitraries';
import { seedLikeArticle } from './seedArticle';

const now = new Date('2025-01-01T00:00:00Z');

/** What an agency round trip must keep. */
const essence = (a: Article) => ({
  language: a.language,
  headline: a.headline,
  subheadline: a.subheadline,
  slug: a.slug,
  byline: a.byline,
  dateline: a.dateline,
  blocks: a.blocks,
  credits: a.credits,
  tags: a.metadata.tags,
  section: a.metadata.section,
});

describe('ninjs round trip: import(export(article))', () => {
  for (const profileId of ['id', 'en']) {
    const profile = getBuiltinProfile(profileId);
    it(`gives back headline, byline, dateline, blocks and credits (${profileId} profile)`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryArticle(), async (article) => {
          // The importer runs the wire conventions (byline authors are also writer credits),
          // so the article is compared in that normal form.
          const expected = essence(applyWireConventions(article, { profile, headlineKnown: true }));
          const back = await importNinjs(exportNinjs(article, { profile, now }), { profile });
          // Without a publication time the item's version time is the best the format says.
          if (article.byline.published === null) {
            expect(Date.parse(back.byline.published ?? '')).toBe(now.getTime());
            back.byline.published = null;
          }
          expect(essence(back)).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('keeps the seed story whole, figure credit and related link included', async () => {
    const profile = getBuiltinProfile('id');
    const seed = seedLikeArticle();
    const back = await importNinjs(exportNinjs(seed, { profile, now }), {
      profile,
      name: 'seed.ninjs.json',
    });
    expect(essence(back)).toEqual(
      essence(applyWireConventions(seed, { profile, headlineKnown: true })),
    );
    expect(back.importReport).toMatchObject({ format: 'ninjs', source: 'seed.ninjs.json' });
    expect(back.metadata.extra['ninjs:uri']).toBe('urn:newsroom-desk:article:art-seed-000');
  });
});
