/**
 * Rules benchmark: how long a check takes on the seed and on generated drafts of 10k, 100k and 1M
 * words, in a warm process, and how long the editor's incremental re-check takes after a
 * one-paragraph edit. Targets: seed import + check < 5 ms; full check of 100k words < 150 ms;
 * incremental re-check < 2 ms. The last column shows growth is linear in the draft's size.
 *
 *   npm run bench -- rules
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDraft } from '../shared/import';
import type { Article, Block } from '../shared/model/article';
import { createArticle } from '../shared/model/create';
import { articleWordCount } from '../shared/model/text';
import { getBuiltinProfile } from '../shared/profiles';
import { checkArticle, IncrementalChecker } from '../shared/rules';

const here = dirname(fileURLToPath(import.meta.url));
const profile = getBuiltinProfile('id');
const now = new Date('2025-10-02T06:00:00Z');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

async function timeAsync(fn: () => Promise<void>, runs: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const WORDS = (
  'pemerintah provinsi warga banjir rob pesisir utara petugas pompa kelurahan pengungsi ' +
  'menteri luar negeri kerja sama hubungan bilateral kebijakan strategis ekonomi politik ' +
  'Jakarta Semarang Beijing Pyongyang BPBD BMKG Senin Selasa Rabu Kamis Jumat air laut'
).split(' ');

/** A deterministic draft of about `words` words: paragraphs of ~60 words, quotes, links, photos. */
function generate(words: number): Article {
  let seed = 42;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const blocks: Block[] = [];
  let count = 0;
  let id = 1;
  while (count < words) {
    const n = 40 + rnd(40);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(WORDS[rnd(WORDS.length)]!);
    let text = `${parts.join(' ')}.`;
    if (id % 4 === 0) text = `“${text}” kata ${WORDS[rnd(WORDS.length)]}.`;
    blocks.push({ id: `b${id++}`, type: 'paragraph', text, marks: [] });
    count += n;
    if (id % 25 === 0) {
      blocks.push({
        id: `b${id++}`,
        type: 'related',
        label: 'Baca juga',
        title: 'Pasang Maksimum Air Laut hingga Akhir Pekan',
        url: `https://www.antaranews.com/berita/${id}`,
      });
    }
    if (id % 60 === 0) {
      blocks.push({
        id: `b${id++}`,
        type: 'figure',
        src: 'images/x.jpg',
        alt: 'Warga melintasi genangan.',
        caption: 'Warga melintasi genangan banjir rob di Semarang.',
        credit: 'ANTARA FOTO/Makna Zaezar',
      });
    }
  }
  return createArticle({
    id: `bench-${words}`,
    language: 'id',
    headline: 'Banjir Rob Genangi Pesisir Utara Semarang',
    byline: { authors: [{ name: 'Sari Wulandari' }], published: '2025-10-02T08:15:00+07:00' },
    dateline: { place: 'Semarang' },
    blocks,
    credits: [
      { name: 'Sari Wulandari', role: 'writer' },
      { name: 'Budi Santoso', role: 'editor' },
    ],
  });
}

/** The article with one paragraph in the middle retyped (a new block object, new text). */
function editOne(article: Article, round: number): Article {
  const blocks = article.blocks.slice();
  const i = Math.floor(blocks.length / 2) - (Math.floor(blocks.length / 2) % 4) + 1;
  const b = blocks[i]!;
  if (b.type !== 'paragraph') throw new Error('expected a paragraph');
  blocks[i] = { ...b, text: `${b.text.slice(0, -1)} ${round}.` };
  return { ...article, blocks };
}

const rows: string[][] = [];
const fmt = (ms: number): string => ms.toFixed(ms < 1 ? 3 : 2);

// Seed: import + full check, warm.
const seedBytes = new Uint8Array(
  readFileSync(join(here, '..', 'seeds', '000_96a0e40e744c17ac.txt')),
);
const seedRun = async (): Promise<void> => {
  const a = await importDraft({ bytes: seedBytes, name: 'seed.txt' }, { profile });
  checkArticle(a, { profile, now });
};
for (let i = 0; i < 30; i++) await seedRun();
const seedMs = await timeAsync(seedRun, 200);
const seedArticle = await importDraft({ bytes: seedBytes, name: 'seed.txt' }, { profile });
const seedCheckMs = time(() => checkArticle(seedArticle, { profile, now }), 200);
console.log(`seed (${articleWordCount(seedArticle)} words of copy):`);
console.log(`  import + full check  ${fmt(seedMs)} ms   (target < 5 ms)`);
console.log(`  full check only      ${fmt(seedCheckMs)} ms`);
console.log('');

for (const words of [10_000, 100_000, 1_000_000]) {
  const article = generate(words);
  const runs = words >= 1_000_000 ? 5 : words >= 100_000 ? 15 : 40;
  for (let i = 0; i < 3; i++) checkArticle(article, { profile, now });
  const full = time(() => checkArticle(article, { profile, now }), runs);

  const checker = new IncrementalChecker(profile);
  let current = article;
  checker.check(current, now);
  const xs: number[] = [];
  for (let round = 0; round < 60; round++) {
    current = editOne(current, round);
    const t = performance.now();
    checker.check(current, now);
    xs.push(performance.now() - t);
    if (checker.lastRechecked !== 1) throw new Error(`re-checked ${checker.lastRechecked} blocks`);
  }
  const incremental = median(xs.slice(10));
  const findings = checkArticle(article, { profile, now }).length;
  rows.push([
    words.toLocaleString('en'),
    article.blocks.length.toLocaleString('en'),
    fmt(full),
    fmt((full / words) * 100_000),
    fmt(incremental),
    String(findings),
  ]);
}

const header = [
  'words',
  'blocks',
  'full check ms',
  'ms per 100k words',
  'incremental ms',
  'findings',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string =>
  `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('\nTargets: 100k full check < 150 ms; incremental after a one-paragraph edit < 2 ms.');
