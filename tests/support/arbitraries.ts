/**
 * fast-check generators for articles that look like newsroom copy (Indonesian and English words,
 * real punctuation, names, datelines), for property tests of importers, exporters and the editor
 * bridge. Text is normalised the way every format keeps it: no leading, trailing or doubled
 * spaces, so a round trip through HTML or XML can be compared with `toEqual`.
 */
import fc from 'fast-check';
import type {
  Article,
  Block,
  BlockType,
  Credit,
  Dateline,
  InlineText,
  Mark,
} from '../../shared/model/article';
import { createArticle } from '../../shared/model/create';

const WORDS = [
  // Indonesian
  'pemerintah',
  'menteri',
  'kerja',
  'sama',
  'banjir',
  'warga',
  'pesisir',
  'harga',
  'beras',
  'naik',
  'Jakarta',
  'Surabaya',
  'Tiongkok',
  'Korea',
  'Utara',
  'menolak',
  'dominasi',
  'asing',
  'pertemuan',
  'kebijakan',
  'strategis',
  'hubungan',
  'bilateral',
  'kata',
  'dan',
  'yang',
  'di',
  'ke',
  'dari',
  'pada',
  'Senin',
  'Minggu',
  'September',
  '2025',
  '28',
  'persen',
  'Rp1,5',
  // English
  'government',
  'minister',
  'flood',
  'residents',
  'coast',
  'price',
  'rice',
  'rose',
  'talks',
  'said',
  'the',
  'and',
  'of',
  'in',
  'on',
  'Monday',
  'October',
  'per',
  'cent',
  'policy',
  'trade',
  // Punctuation and scripts a serialiser must escape or keep intact
  'Tiongkok–DPRK',
  '“kata”',
  'it’s',
  'R&D',
  'a<b',
  '"quoted"',
  "O'Neill",
  'café',
  'Ümit',
  '50%',
  '$3',
  'e.g.',
  '(ANTARA)',
  '—',
  '…',
];

/** Words that are only letters and digits, for positions where punctuation would be read as syntax. */
const PLAIN_WORDS = WORDS.filter((w) => /^[\p{L}\p{N}]+$/u.test(w));

const NAMES = [
  'Willy Haryono',
  'Sari Wulandari',
  'Budi Santoso',
  'Choe Son-hui',
  'Ni Luh Putu Ayu',
  'Meredith Jameson',
  "Frances d'Emilio",
  'Paulo Santalucia',
  'Dewi Lestari',
  'Agus Salim',
  'Karl Melander',
  'Siti Nurbaya',
];

const PLACES = ['Jakarta', 'Beijing', 'Surabaya', 'Semarang', 'New York', 'Denpasar', 'Medan'];
const SOURCES = ['ANTARA', 'Reuters', 'AP', 'KOMPAS.com', 'AFP'];
const TAGS = ['Korea Utara', 'Tiongkok', 'diplomasi', 'banjir', 'economy', 'climate'];
const CREDIT_NOTES = ['in Surabaya', 'additional reporting', 'foto', 'from Beijing'];
const OFFSETS = ['+07:00', '+08:00', '+09:00', '+00:00', '-05:00'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** A phrase of 1..max words from the newsroom word list. */
export const arbitraryWords = (min = 1, max = 12): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

export const arbitraryName = (): fc.Arbitrary<string> => fc.constantFrom(...NAMES);

/** ISO 8601 with an explicit offset and whole minutes, as bylines carry it. */
export const arbitraryPublished = (): fc.Arbitrary<string> =>
  fc
    .record({
      y: fc.integer({ min: 2015, max: 2030 }),
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.integer({ min: 0, max: 59 }),
      off: fc.constantFrom(...OFFSETS),
    })
    .map(({ y, mo, d, h, mi, off }) => `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00${off}`);

/**
 * Marks that start and end on word boundaries and never overlap or touch, so every format can
 * carry them and give back exactly the same ranges.
 */
function marksFor(text: string, picks: readonly number[], kinds: readonly number[]): Mark[] {
  const words: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ start: m.index, end: m.index + m[0].length });
  const marks: Mark[] = [];
  let lastEnd = -2;
  picks.forEach((p, i) => {
    const w = words[p % Math.max(words.length, 1)];
    if (!w || w.start <= lastEnd + 1) return;
    const kind = kinds[i] ?? 0;
    const type = (['bold', 'italic', 'link'] as const)[kind % 3]!;
    marks.push(
      type === 'link'
        ? { type, start: w.start, end: w.end, href: `https://example.com/berita/${p}` }
        : { type, start: w.start, end: w.end },
    );
    lastEnd = w.end;
  });
  return marks.sort((a, b) => a.start - b.start);
}

const arbitraryInline = (withMarks: boolean): fc.Arbitrary<InlineText> =>
  fc
    .record({
      // Copy opens on a word; a leading "—" would read as a quote's attribution line.
      text: fc
        .tuple(fc.constantFrom(...PLAIN_WORDS), arbitraryWords(0, 29))
        .map(([first, rest]) => (rest ? `${first} ${rest}` : first)),
      picks: withMarks
        ? fc.array(fc.nat({ max: 40 }), { maxLength: 3 })
        : fc.constant<number[]>([]),
      kinds: fc.array(fc.nat({ max: 2 }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ text, picks, kinds }) => ({
      text,
      marks: marksFor(
        text,
        [...new Set(picks)].sort((a, b) => a - b),
        kinds,
      ),
    }));

export interface ArbitraryArticleOptions {
  /** Block types to generate (default: all). */
  blockTypes?: readonly BlockType[];
  /** Bold/italic/link marks in text blocks (default true). */
  marks?: boolean;
  maxBlocks?: number;
  /** Credit roles to draw from (default: writer, editor, photographer, contributor, translator). */
  creditRoles?: readonly string[];
}

type BlockDraft = Block extends infer B ? (B extends Block ? Omit<B, 'id'> : never) : never;

function arbitraryBlock(type: BlockType, withMarks: boolean): fc.Arbitrary<BlockDraft> {
  switch (type) {
    case 'paragraph':
      return arbitraryInline(withMarks).map((t) => ({ type, ...t }));
    case 'heading':
      return fc
        .record({ t: arbitraryInline(withMarks), level: fc.integer({ min: 2, max: 4 }) })
        .map(({ t, level }) => ({ type, level, ...t }));
    case 'quote':
      return fc
        .record({ t: arbitraryInline(withMarks), attribution: fc.option(arbitraryName()) })
        .map(({ t, attribution }) => ({ type, attribution, ...t }));
    case 'list':
      return fc
        .record({
          ordered: fc.boolean(),
          items: fc.array(arbitraryInline(withMarks), { minLength: 1, maxLength: 4 }),
        })
        .map(({ ordered, items }) => ({ type, ordered, items }));
    case 'figure':
      return fc
        .record({
          n: fc.nat({ max: 999 }),
          // Captions end on a word: a trailing dash reads as a credit separator to every importer.
          caption: fc
            .tuple(arbitraryWords(2, 19), fc.constantFrom(...PLAIN_WORDS))
            .map(([w, last]) => `${w} ${last}`),
          alt: fc.option(arbitraryWords(2, 8), { nil: '' }),
          credit: fc.option(arbitraryName().map((n) => `ANTARA FOTO/${n}`)),
        })
        .map(({ n, caption, alt, credit }) => ({
          type,
          // One in eight figures names a picture whose file is not known yet.
          src: n % 8 === 0 ? null : `https://example.com/foto/${n}.jpg`,
          alt,
          caption,
          credit,
        }));
    case 'related':
      return fc
        .record({ title: arbitraryWords(3, 10), n: fc.nat({ max: 999 }) })
        .map(({ title, n }) => ({
          type,
          label: 'Baca juga',
          title,
          url: `https://example.com/berita/${n}`,
        }));
  }
}

const ALL_TYPES: readonly BlockType[] = [
  'paragraph',
  'heading',
  'quote',
  'list',
  'figure',
  'related',
];

/** A complete, schema-valid article. Block ids are b1, b2, … in order. */
export function arbitraryArticle(options: ArbitraryArticleOptions = {}): fc.Arbitrary<Article> {
  const types = options.blockTypes ?? ALL_TYPES;
  const withMarks = options.marks ?? true;
  const roles = options.creditRoles ?? [
    'writer',
    'editor',
    'photographer',
    'contributor',
    'translator',
  ];
  const block = fc
    .constantFrom(...types)
    .chain((t) => arbitraryBlock(t, withMarks)) as fc.Arbitrary<BlockDraft>;
  const dateline: fc.Arbitrary<Dateline | null> = fc.option(
    fc
      .record({ place: fc.constantFrom(...PLACES), source: fc.option(fc.constantFrom(...SOURCES)) })
      .map(({ place, source }) => (source ? { place, source } : { place })),
  );
  const credit: fc.Arbitrary<Credit> = fc
    .record({
      name: arbitraryName(),
      role: fc.constantFrom(...roles),
      note: fc.option(fc.constantFrom(...CREDIT_NOTES), { freq: 4 }),
    })
    .map(({ note, ...c }) => (note === null ? c : { ...c, note }));
  return fc
    .record({
      n: fc.nat(),
      language: fc.constantFrom('id', 'en'),
      headline: arbitraryWords(3, 14),
      subheadline: fc.option(arbitraryWords(4, 20)),
      slug: fc.option(
        fc
          .array(fc.constantFrom(...PLAIN_WORDS), { minLength: 1, maxLength: 4 })
          .map((w) => w.join('-').toLowerCase()),
      ),
      section: fc.option(fc.constantFrom('Internasional', 'Nasional', 'Ekonomi', 'World')),
      tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
      authors: fc.uniqueArray(arbitraryName(), { maxLength: 3 }),
      published: fc.option(arbitraryPublished()),
      dateline,
      blocks: fc.array(block, { minLength: 1, maxLength: options.maxBlocks ?? 8 }),
      credits: fc.uniqueArray(credit, {
        maxLength: 4,
        selector: (c) => `${c.name}\u0000${c.role}`,
      }),
    })
    .map((a) =>
      createArticle({
        id: `art-${a.n.toString(16)}`,
        language: a.language,
        headline: a.headline,
        subheadline: a.subheadline,
        slug: a.slug,
        byline: { authors: a.authors.map((name) => ({ name })), published: a.published },
        dateline: a.dateline,
        blocks: a.blocks.map((b, i) => ({ ...b, id: `b${i + 1}` }) as Block),
        credits: a.credits,
        metadata: {
          tags: a.tags,
          extra: {},
          ...(a.section === null ? {} : { section: a.section }),
        },
        importReport: { format: 'new', items: [] },
      }),
    );
}
