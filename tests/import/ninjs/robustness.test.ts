import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isImportError } from '../../../shared/import';
import { importNinjs } from '../../../shared/import/ninjs';
import { ArticleSchema } from '../../../shared/model/article';

/** ninjs-shaped objects whose values may be anything at all: what a broken feed sends. */
const messyNinjs = fc.record(
  {
    uri: fc.oneof(fc.constant('urn:x:1'), fc.jsonValue()),
    type: fc.oneof(fc.constantFrom('text', 'picture', 'composite'), fc.jsonValue()),
    headline: fc.jsonValue(),
    headlines: fc.oneof(
      fc.array(fc.record({ role: fc.jsonValue(), value: fc.jsonValue() }, { requiredKeys: [] })),
      fc.jsonValue(),
    ),
    bodies: fc.oneof(
      fc.array(
        fc.record(
          {
            contentType: fc.constantFrom('text/html', 'text/plain'),
            value: fc.oneof(fc.string(), fc.constant('<p>a<b>b</p><figure><figcaption>x')),
          },
          { requiredKeys: [] },
        ),
      ),
      fc.jsonValue(),
    ),
    body_html: fc.oneof(fc.string(), fc.jsonValue()),
    by: fc.jsonValue(),
    people: fc.oneof(
      fc.array(fc.dictionary(fc.constantFrom('name', 'rel'), fc.jsonValue())),
      fc.jsonValue(),
    ),
    associations: fc.oneof(
      fc.array(
        fc.dictionary(fc.constantFrom('type', 'renditions', 'descriptions', 'by'), fc.jsonValue()),
      ),
      fc.dictionary(fc.string(), fc.jsonValue()),
    ),
    located: fc.jsonValue(),
    versionCreated: fc.oneof(fc.string(), fc.jsonValue()),
    language: fc.jsonValue(),
    subjects: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('ninjs importer on hostile input', () => {
  it('either gives a schema-valid article or refuses with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(messyNinjs, async (item) => {
        try {
          const article = await importNinjs(JSON.stringify(item), { name: 'feed.json' });
          expect(ArticleSchema.safeParse(article).success).toBe(true);
        } catch (e) {
          expect(isImportError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any non-object JSON with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), async (text) => {
        const result = await importNinjs(text, {}).catch((e: unknown) => e);
        if (isImportError(result)) return;
        expect(ArticleSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
