import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isImportError } from '../../../shared/import';
import { importNewsml } from '../../../shared/import/newsml';
import { ArticleSchema } from '../../../shared/model/article';
import { repoRoot } from '../../support/standards';

const item = readFileSync(path.join(repoRoot, 'seeds', '102_harga-beras-naik.newsml.xml'), 'utf8');

/** The seed item cut short, with markup characters and junk spliced in at random places. */
const damaged = fc
  .record({
    cut: fc.nat({ max: item.length }),
    splices: fc.array(
      fc.record({
        at: fc.nat({ max: item.length }),
        drop: fc.nat({ max: 40 }),
        insert: fc.oneof(
          fc.constantFrom(
            '<',
            '>',
            '&',
            '&amp',
            '</p>',
            '<headline>',
            ']]>',
            '<!--',
            '"',
            '\u0000',
          ),
          fc.string({ maxLength: 12 }),
        ),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ cut, splices }) => {
    let xml = item.slice(0, Math.max(cut, 60));
    for (const s of splices) {
      const at = Math.min(s.at, xml.length);
      xml = xml.slice(0, at) + s.insert + xml.slice(at + s.drop);
    }
    return xml;
  });

describe('NewsML-G2 importer on damaged input', () => {
  it('either gives a schema-valid article or refuses with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (xml) => {
        try {
          const article = await importNewsml(xml, { name: 'item.xml' });
          expect(ArticleSchema.safeParse(article).success).toBe(true);
        } catch (e) {
          expect(isImportError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an item cut short anywhere, naming it, rather than importing half a story', async () => {
    const start = item.indexOf('<catalogRef');
    const end = item.trimEnd().lastIndexOf('</newsItem>');
    expect([start > 0, end > start]).toEqual([true, true]);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: start, max: end }), async (cut) => {
        const err = await importNewsml(item.slice(0, cut), { name: 'item.xml' }).catch(
          (e: unknown) => e,
        );
        expect(isImportError(err)).toBe(true);
        expect((err as Error).message).toBe(
          'item.xml is cut short: its <newsItem> is never closed (was the download or copy cut short?).',
        );
      }),
      { numRuns: 100 },
    );
  });

  it('still reads the whole item, with a comment or blank lines after its end', async () => {
    const whole = await importNewsml(item, { name: 'item.xml' });
    const trailed = await importNewsml(`${item}\n<!-- sent 08:15 -->\n\n`, { name: 'item.xml' });
    // The id is a hash of the bytes; everything else is the same article.
    expect({ ...trailed, id: whole.id }).toEqual(whole);
  });

  it('refuses text with no XML element in it', async () => {
    await expect(importNewsml('just words, no markup', { name: 'x.xml' })).rejects.toThrow(
      /x\.xml has no XML element in it/,
    );
  });
});
