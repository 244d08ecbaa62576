import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../shared/model/article';
import { createArticle } from '../../shared/model/create';
import { getBuiltinProfile } from '../../shared/profiles';
import { checkArticle, type Diagnostic } from '../../shared/rules';
import { NOW } from './tester';

/** Strings with the characters rules care about: quotes, spaces, capitals, digits, punctuation. */
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc
    .array(
      fc.constantFrom(
        'Air',
        'NAIK',
        ' ',
        '  ',
        '“',
        '”',
        '‘',
        "'",
        '"',
        '.',
        ',',
        ':',
        '-',
        '9',
        '\n',
        'Baca',
        'ikuti',
      ),
      {
        maxLength: 15,
      },
    )
    .map((xs) => xs.join('')),
);
const url = fc.oneof(fc.constant(null), text, fc.webUrl());

const block = (id: string): fc.Arbitrary<Block> =>
  fc.oneof(
    text.map((t): Block => ({ id, type: 'paragraph', text: t, marks: [] })),
    fc
      .record({ t: text, level: fc.integer({ min: 2, max: 6 }) })
      .map(({ t, level }): Block => ({ id, type: 'heading', level, text: t, marks: [] })),
    fc
      .record({ t: text, by: fc.option(text) })
      .map(({ t, by }): Block => ({ id, type: 'quote', text: t, marks: [], attribution: by })),
    fc.array(text, { maxLength: 3 }).map((items): Block => ({
      id,
      type: 'list',
      ordered: false,
      items: items.map((t) => ({ text: t, marks: [] })),
    })),
    fc
      .record({ src: fc.option(text), alt: text, caption: text, credit: fc.option(text) })
      .map((f): Block => ({ id, type: 'figure', ...f })),
    fc.record({ title: text, url }).map(({ title, url: u }): Block => ({
      id,
      type: 'related',
      label: 'Baca juga',
      title,
      url: u,
    })),
  );

const article: fc.Arbitrary<Article> = fc
  .record({
    headline: text,
    authors: fc.array(text, { maxLength: 3 }),
    published: fc.option(
      fc.oneof(
        text,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
    ),
    place: fc.option(text),
    credits: fc.array(
      fc.record({
        name: text,
        role: fc.constantFrom('writer', 'editor', 'photographer', 'desk', 'x'),
      }),
      {
        maxLength: 4,
      },
    ),
    n: fc.integer({ min: 0, max: 8 }),
  })
  .chain(({ n, ...rest }) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => block(`b${i + 1}`))).map((blocks) =>
      createArticle({
        language: 'id',
        headline: rest.headline,
        byline: { authors: rest.authors.map((name) => ({ name })), published: rest.published },
        dateline: rest.place === null ? null : { place: rest.place },
        credits: rest.credits,
        blocks,
      }),
    ),
  );

/** The text a location's start/end count in. */
function rangedText(a: Article, d: Diagnostic): string | undefined {
  const { blockIndex, field } = d.location;
  if (blockIndex !== null) {
    const b = a.blocks[blockIndex]!;
    if (field === undefined) return 'text' in b ? b.text : undefined;
    if (field.startsWith('items.') && b.type === 'list')
      return b.items[Number(field.slice(6))]?.text;
    const value = (b as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : undefined;
  }
  if (field === 'headline') return a.headline;
  if (field === 'byline.published') return a.byline.published ?? undefined;
  if (field === 'dateline.place') return a.dateline?.place;
  const author = /^byline\.authors\.(\d+)$/.exec(field ?? '');
  if (author) return a.byline.authors[Number(author[1])]?.name;
  return undefined;
}

describe('on any article', () => {
  for (const profileId of ['id', 'en']) {
    it(`checks without throwing and points only at places that exist (${profileId})`, () => {
      const profile = getBuiltinProfile(profileId);
      fc.assert(
        fc.property(article, (a) => {
          for (const d of checkArticle(a, { profile, now: NOW })) {
            const { blockIndex, blockId, start, end } = d.location;
            if (blockIndex !== null) expect(a.blocks[blockIndex]?.id).toBe(blockId);
            else expect(blockId).toBeNull();
            // Values are user text and may hold anything; the message is never a bare key.
            expect(d.message.en).not.toMatch(/^rules:|\.messages\./);
            expect(d.message.id).not.toMatch(/^rules:|\.messages\./);
            if (start !== undefined || end !== undefined) {
              const t = rangedText(a, d);
              expect(t, `${d.ruleId} ${JSON.stringify(d.location)}`).toBeDefined();
              expect(start!).toBeGreaterThanOrEqual(0);
              expect(end!).toBeLessThanOrEqual(t!.length);
              expect(end!).toBeGreaterThanOrEqual(start!);
            }
            // Every fix is pure and leaves the original alone.
            for (const f of d.fixes ?? []) {
              const before = JSON.stringify(a);
              f.apply(a);
              expect(JSON.stringify(a)).toBe(before);
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
