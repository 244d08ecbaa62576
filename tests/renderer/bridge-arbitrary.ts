/** Generated articles and inline text for the bridge's properties (Lexical-shaped text). */
import fc from 'fast-check';
import { ArticleSchema, type Article, type Block, type Mark } from '../../shared/model/article';
import { createArticle } from '../../shared/model/create';

const textArb = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', 'é', '\n', '\t', '“', '😀', 'ŋ', '.'),
  maxLength: 24,
});

const marksFor = (len: number): fc.Arbitrary<Mark[]> =>
  fc.array(
    fc
      .record({
        type: fc.constantFrom('bold', 'italic', 'link') as fc.Arbitrary<Mark['type']>,
        a: fc.nat({ max: len }),
        b: fc.nat({ max: len }),
        href: fc.constantFrom('https://a.example/', 'https://b.example/x', 'mailto:x@y.z'),
      })
      .map(({ type, a, b, href }): Mark => {
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        return type === 'link' ? { type, start, end, href } : { type, start, end };
      }),
    { maxLength: 4 },
  );

export const inlineArb = textArb.chain((text) =>
  marksFor(text.length).map((marks) => ({ text, marks })),
);

const blockBodyArb: fc.Arbitrary<Omit<Block, 'id'>> = fc.oneof(
  inlineArb.map((t) => ({ type: 'paragraph' as const, ...t })),
  fc
    .tuple(inlineArb, fc.integer({ min: 2, max: 6 }))
    .map(([t, level]) => ({ type: 'heading' as const, level, ...t })),
  fc
    .tuple(inlineArb, fc.option(textArb))
    .map(([t, attribution]) => ({ type: 'quote' as const, ...t, attribution })),
  fc
    .tuple(fc.boolean(), fc.array(inlineArb, { minLength: 1, maxLength: 3 }))
    .map(([ordered, items]) => ({ type: 'list' as const, ordered, items })),
  fc
    .record({ src: fc.option(textArb), alt: textArb, caption: textArb, credit: fc.option(textArb) })
    .map((f) => ({ type: 'figure' as const, ...f })),
  fc
    .record({ label: textArb, title: textArb, url: fc.option(textArb) })
    .map((r) => ({ type: 'related' as const, ...r })),
);

export const articleArb: fc.Arbitrary<Article> = fc
  .record({
    headline: textArb,
    authors: fc.array(
      textArb.filter((s) => !/[,;]/.test(s)),
      { maxLength: 3 },
    ),
    published: fc.option(fc.constantFrom('2025-09-29T18:33:00+07:00', '2024-01-02T03:04:05Z')),
    raw: fc.option(textArb, { nil: undefined }),
    dateline: fc.option(
      fc.record(
        { place: textArb.filter((s) => s !== ''), source: textArb, date: textArb },
        { requiredKeys: ['place'] },
      ),
    ),
    blocks: fc.array(blockBodyArb, { maxLength: 8 }),
  })
  .map((r) =>
    ArticleSchema.parse({
      ...createArticle({ id: 'art-prop', language: 'id' }),
      headline: r.headline,
      byline: {
        authors: r.authors.map((name) => ({ name })),
        published: r.published,
        ...(r.raw !== undefined ? { raw: r.raw } : {}),
      },
      dateline: r.dateline,
      blocks: r.blocks.map((b, i) => ({ ...b, id: `b${i + 1}` })),
    }),
  );
