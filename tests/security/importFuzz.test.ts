import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDraft, ImportError } from '../../shared/import';
import {
  importerProperties,
  mutate,
  realDrafts,
  warmUp,
  type FuzzStats,
  type Sample,
} from './importFuzz';

/** Fixed run counts keep CI bounded; `npm run soak` runs many more. Seeds are printed. */
const RUNS = Number(process.env.NEWSROOM_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.NEWSROOM_SEED ?? Date.now() % 2 ** 31);

let corpus: Sample[];
const stats: FuzzStats = { cases: 0, articles: 0, refused: 0, slowest: { ms: 0, what: '' } };
let props: ReturnType<typeof importerProperties>;

beforeAll(async () => {
  corpus = await realDrafts();
  await warmUp(corpus);
  props = importerProperties(corpus, stats);
  console.log(`importer fuzz seed ${SEED} (replay with NEWSROOM_SEED=${SEED})`);
});

describe('importers on hostile input (fast-check)', () => {
  it('start from every real draft: seeds, Word fixtures, the golden file and every export of the seed', () => {
    const names = corpus.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['000_96a0e40e744c17ac.txt', 'word-styled.docx', 'v1.newsroom.json']),
    );
    expect(names.filter((n) => n.startsWith('seed-export.'))).toHaveLength(6);
  });

  it('every importer, on arbitrary bytes, gives a valid article or an ImportError, within a second', async () => {
    await fc.assert(props.arbitraryBytes, { seed: SEED, numRuns: RUNS });
  }, 120_000);

  it('mutated real drafts give a valid article or an ImportError, within a second', async () => {
    await fc.assert(props.mutatedDrafts, { seed: SEED, numRuns: RUNS });
    // Mutations must not all be refused at the door, or the importers' insides go untested.
    expect(stats.articles).toBeGreaterThan(RUNS / 10);
  }, 120_000);

  it('import(export-native(a)) deep-equals a, with arbitrary Unicode in the text', async () => {
    await fc.assert(props.nativeRoundTrip, { seed: SEED, numRuns: Math.ceil(RUNS / 3) });
    console.log(`importer fuzz: ${JSON.stringify(stats)}`);
  }, 120_000);

  it('a Word file with one damaged compressed entry is refused as a broken archive (found by the fuzz)', async () => {
    const docx = corpus.find((s) => s.name === 'word-styled.docx')!;
    const bytes = mutate(docx.bytes, [{ kind: 'flip', at: 1062809, value: 0 }]);
    const error = await importDraft({ bytes, name: 'word-styled.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'broken-archive' });
    expect((error as Error).message).toMatch(/^word-styled\.docx is a damaged Word document: /);
  });
});
