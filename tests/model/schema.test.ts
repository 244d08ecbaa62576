import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft, ImportError } from '../../shared/import';
import { ArticleSchema, SCHEMA_VERSION } from '../../shared/model/article';
import { createArticle } from '../../shared/model/create';
import { articleJsonSchema } from '../../shared/model/jsonSchema';
import { migrate, type MigrationStep } from '../../shared/model/migrate';
import { arbitraryArticle } from '../support/arbitraries';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const SEEDS = readdirSync(join(repoRoot, 'seeds'))
  .filter((f) => !f.startsWith('.'))
  .sort();

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(articleJsonSchema());
const schemaErrors = (doc: unknown): string[] =>
  validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);

/** A plain JSON copy, as a file on disk holds it. */
const json = (x: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(x)) as Record<string, unknown>;

const base = json(
  createArticle({
    id: 'art-1',
    language: 'id',
    headline: 'Banjir rob genangi pesisir utara',
    byline: { authors: [{ name: 'Sari Wulandari' }], published: '2025-10-02T08:15:00+07:00' },
    dateline: { place: 'SEMARANG', source: 'ANTARA' },
    blocks: [
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Air laut naik.',
        marks: [{ type: 'link', start: 0, end: 3, href: 'https://example.id' }],
      },
      {
        id: 'b2',
        type: 'figure',
        src: null,
        alt: '',
        caption: 'Warga.',
        credit: 'ANTARA FOTO/Budi',
      },
      { id: 'b3', type: 'related', label: 'Baca juga', title: 'Rob lagi', url: null },
    ],
    credits: [{ name: 'Sari Wulandari', role: 'writer' }],
  }),
);

describe('the JSON Schema of .newsroom.json', () => {
  it('accepts every seed draft once imported, and the native seed file as it is on disk', async () => {
    for (const name of SEEDS) {
      const bytes = new Uint8Array(readFileSync(join(repoRoot, 'seeds', name)));
      const article = await importDraft({ bytes, name });
      expect([name, schemaErrors(json(article))]).toEqual([name, []]);
      if (name.endsWith('.newsroom.json'))
        expect([name, schemaErrors(JSON.parse(new TextDecoder().decode(bytes)))]).toEqual([
          name,
          [],
        ]);
    }
  });

  it.each<[string, (d: Record<string, unknown>) => void, string]>([
    [
      'an unknown block type',
      (d) => ((d.blocks as object[])[0] = { id: 'b1', type: 'video' }),
      '/blocks/0',
    ],
    ['a missing headline', (d) => delete d.headline, ''],
    ['a field the model does not have', (d) => (d.kicker = 'Eksklusif'), ''],
    ['a future schemaVersion', (d) => (d.schemaVersion = SCHEMA_VERSION + 1), '/schemaVersion'],
    [
      'an unknown mark',
      (d) =>
        ((d.blocks as { marks: unknown[] }[])[0]!.marks = [
          { type: 'underline', start: 0, end: 1 },
        ]),
      '/blocks/0',
    ],
    ['a credit without a role', (d) => (d.credits = [{ name: 'Sari Wulandari' }]), '/credits/0'],
    ['a dateline without a place', (d) => (d.dateline = { source: 'ANTARA' }), '/dateline'],
  ])('rejects %s, as the model does', (_label, mutate, path) => {
    const doc = json(base);
    mutate(doc);
    expect(ArticleSchema.safeParse(doc).success).toBe(false);
    const errors = schemaErrors(doc);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.startsWith(`${path} `))).toBe(true);
  });

  it('agrees with the model on generated articles and on each of them with one field broken', () => {
    const breakOne = (doc: Record<string, unknown>, key: string, value: unknown) => {
      const out = json(doc);
      out[key] = value;
      return out;
    };
    fc.assert(
      fc.property(
        arbitraryArticle({ maxBlocks: 8 }),
        fc.constantFrom('id', 'language', 'headline', 'byline', 'dateline', 'blocks', 'credits'),
        fc.constantFrom<unknown>(7, '', null, [], { x: 1 }, 'teks'),
        (article, key, value) => {
          const doc = json(article);
          expect(schemaErrors(doc)).toEqual([]);
          const broken = breakOne(doc, key, value);
          expect(validate(broken)).toBe(ArticleSchema.safeParse(broken).success);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('migrating stored files', () => {
  // The walk is tested with steps of its own: schema 1 had `byline` as a string, schema 2 a
  // `kicker` that schema 3 moved into metadata.
  const steps: Record<number, MigrationStep> = {
    1: (d) => ({ ...d, byline: { authors: [{ name: d.byline as string }] } }),
    2: ({ kicker, ...d }) => ({ ...d, metadata: { extra: { kicker } } }),
  };

  it('lifts a file one version at a time to the current one', () => {
    const v1 = { schemaVersion: 1, byline: 'Sari Wulandari', kicker: 'Eksklusif' };
    expect(migrate(v1, 'a.newsroom.json', steps, 3)).toEqual({
      schemaVersion: 3,
      byline: { authors: [{ name: 'Sari Wulandari' }] },
      metadata: { extra: { kicker: 'Eksklusif' } },
    });
    const v2 = { schemaVersion: 2, byline: { authors: [] }, kicker: 'Opini' };
    expect(migrate(v2, 'b.newsroom.json', steps, 3)).toEqual({
      schemaVersion: 3,
      byline: { authors: [] },
      metadata: { extra: { kicker: 'Opini' } },
    });
  });

  it('leaves a current file as it is', () => {
    const doc = json(base);
    expect(migrate(doc)).toBe(doc);
    expect(migrate({ schemaVersion: 3, x: 1 }, 'c', steps, 3)).toEqual({ schemaVersion: 3, x: 1 });
  });

  it('says which step is missing rather than guessing', () => {
    expect(() => migrate({ schemaVersion: 1 }, 'old.newsroom.json', { 2: steps[2]! }, 3)).toThrow(
      new ImportError('schema', 'old.newsroom.json: no migration from schema 1.'),
    );
  });

  it.each([undefined, 0, -1, 1.5, '1', null])(
    'refuses schemaVersion %s as not an article',
    (version) => {
      const e = (() => {
        try {
          migrate({ schemaVersion: version }, 'x.json');
        } catch (err) {
          return err;
        }
      })();
      expect(e).toBeInstanceOf(ImportError);
      expect([(e as ImportError).code, (e as Error).message]).toEqual([
        'schema',
        'x.json has no valid schemaVersion; it is not a newsroom article.',
      ]);
    },
  );

  it('refuses a newer file with the version it needs', () => {
    expect(() => migrate({ schemaVersion: 4 }, 'next.newsroom.json', steps, 3)).toThrow(
      'next.newsroom.json was written by a newer version of Newsroom Desk (schema 4; this version reads up to 3). Update the app to open it.',
    );
  });
});
