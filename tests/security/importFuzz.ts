/**
 * Hostile bytes against every importer, as the CI test and the soak both run it. Three
 * properties: arbitrary bytes, mutated real drafts (every seed in seeds/, the Word fixtures, the
 * golden native file, and the seed exported to every text format), and import(export-native(a))
 * deep-equals a. An importer may refuse, but only with our ImportError, and within a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { EXPORTERS } from '../../shared/export';
import { IMPORTERS, importDraft, isImportError } from '../../shared/import';
import { serializeNativeArticle } from '../../shared/import/native';
import { ArticleSchema, type Article } from '../../shared/model/article';
import { getBuiltinProfile } from '../../shared/profiles';
import { arbitraryArticle } from '../support/arbitraries';

const repoRoot = join(import.meta.dirname, '..', '..');
export const MAX_MS_PER_FILE = 1000;

export interface Sample {
  name: string;
  bytes: Uint8Array;
}

/** Counterexamples print as the sample's name, not megabytes of byte values. */
const named = (name: string, bytes: Uint8Array): Sample =>
  Object.assign({ name, bytes }, { [fc.toStringMethod]: () => `<${name}>` });

/** The real drafts the mutations start from. */
export async function realDrafts(): Promise<Sample[]> {
  const files: Sample[] = [];
  const add = (dir: string, filter: (n: string) => boolean = () => true) => {
    for (const n of readdirSync(dir).filter(filter).sort())
      files.push(named(n, new Uint8Array(readFileSync(join(dir, n)))));
  };
  add(join(repoRoot, 'seeds'));
  add(join(repoRoot, 'tests', 'fixtures', 'docx'), (n) => n.endsWith('.docx'));
  add(join(repoRoot, 'tests', 'fixtures', 'golden'));
  const seed = files.find((f) => f.name.startsWith('000_'));
  if (!seed) throw new Error('the seed draft is missing from seeds/');
  const article = await importDraft(seed);
  const profile = getBuiltinProfile('id');
  for (const exporter of EXPORTERS) {
    const out = exporter.export(article, { profile });
    files.push(
      named(
        `seed-export.${exporter.id}`,
        typeof out === 'string' ? new TextEncoder().encode(out) : out,
      ),
    );
  }
  return files;
}

export type Outcome = 'article' | 'refused';

/**
 * Runs one import and says how it ended; throws (failing the property) on anything but an
 * ImportError, on an article the schema refuses, or when it took over a second.
 */
export async function importOnce(
  run: () => Promise<Article>,
  what: string,
  slowest: { ms: number; what: string },
): Promise<Outcome> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const article = await run();
    const checked = ArticleSchema.safeParse(article);
    if (!checked.success)
      throw new Error(`${what}: produced an invalid article: ${checked.error.message}`);
    outcome = 'article';
  } catch (e) {
    if (!isImportError(e)) {
      throw new Error(`${what}: threw ${(e as Error)?.name}: ${(e as Error)?.message}`, {
        cause: e,
      });
    }
    outcome = 'refused';
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) Object.assign(slowest, { ms, what });
  if (ms > MAX_MS_PER_FILE) throw new Error(`${what}: took ${Math.round(ms)} ms`);
  return outcome;
}

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '<',
  '>',
  '</',
  '/>',
  '"schemaVersion": 1',
  '"blocks": [',
  '<?xml version="1.0"?>',
  '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">',
  '<p>',
  '<script>',
  '<w:p>',
  'PK\u0003\u0004',
  '# ',
  '**',
  '\r\n',
  '\n\n',
  '\u0000',
  '\ufeff',
  '&amp;',
  '&#',
  ']]>',
  '<!--',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
  '"uri":',
  '"body_html":',
  'JAKARTA, KOMPAS.com - ',
  'Penulis: ',
  '\u202e',
  'é',
  '\ud800',
];

/** Bytes with a bias towards the syntax our formats are made of. */
export const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc
    .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 200 })
    .map((parts) => new TextEncoder().encode(parts.join(''))),
);

export type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; token: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(400) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(400) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    token: fc.constantFrom(...TOKENS),
  }),
);

export function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = bytes;
  for (const m of mutations) {
    const at = b.length ? m.at % b.length : 0;
    switch (m.kind) {
      case 'flip':
        b = b.slice();
        if (b.length) b[at] = m.value;
        break;
      case 'truncate':
        b = b.slice(0, at);
        break;
      case 'delete':
        b = new Uint8Array([...b.subarray(0, at), ...b.subarray(at + m.length)]);
        break;
      case 'duplicate':
        b = new Uint8Array([...b.subarray(0, at + m.length), ...b.subarray(at)]);
        break;
      case 'insert':
        b = new Uint8Array([
          ...b.subarray(0, at),
          ...new TextEncoder().encode(m.token),
          ...b.subarray(at),
        ]);
        break;
    }
  }
  return b;
}

/** An arbitrary article with arbitrary Unicode where people type. */
export const hostileArticle: fc.Arbitrary<Article> = fc
  .tuple(
    arbitraryArticle(),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ maxLength: 60 }),
  )
  .map(([a, headline, text]) => ({
    ...a,
    headline: `${a.headline}${headline}`,
    blocks: a.blocks.map((b, i) =>
      i === 0 && b.type === 'paragraph' ? { ...b, text: `${b.text}${text}` } : b,
    ),
  }));

export interface FuzzStats {
  cases: number;
  articles: number;
  refused: number;
  slowest: { ms: number; what: string };
}

/**
 * Imports every sample once untimed, so the one-second limit measures the importers and not
 * the first call's module and JIT warm-up.
 */
export async function warmUp(corpus: readonly Sample[]): Promise<void> {
  for (const s of corpus) await importDraft(s).catch(() => undefined);
}

/** The three properties, as fast-check properties that count what they saw. */
export function importerProperties(corpus: readonly Sample[], stats: FuzzStats) {
  const count = (o: Outcome) => {
    stats.cases++;
    if (o === 'article') stats.articles++;
    else stats.refused++;
  };
  return {
    arbitraryBytes: fc.asyncProperty(
      hostileBytes,
      fc.constantFrom(...IMPORTERS),
      async (bytes, importer) => {
        count(
          await importOnce(
            () => importer.import({ bytes, name: 'fuzz.bin' }, {}),
            `${importer.id} on ${bytes.length} bytes`,
            stats.slowest,
          ),
        );
      },
    ),
    mutatedDrafts: fc.asyncProperty(
      fc.constantFrom(...corpus),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      async (sample, mutations) => {
        const bytes = mutate(sample.bytes, mutations);
        // Through detection (what every door does), keeping the original name as the hint.
        count(
          await importOnce(
            () => importDraft({ bytes, name: sample.name }),
            `${sample.name} mutated`,
            stats.slowest,
          ),
        );
      },
    ),
    nativeRoundTrip: fc.asyncProperty(hostileArticle, async (article) => {
      const bytes = new TextEncoder().encode(serializeNativeArticle(article));
      const back = await importDraft({ bytes, name: 'a.newsroom.json' });
      stats.cases++;
      stats.articles++;
      if (!isDeepStrictEqual(back, article)) {
        throw new Error(
          `native round trip changed the article:\n${JSON.stringify(article)}\n→\n${JSON.stringify(back)}`,
        );
      }
    }),
  };
}
