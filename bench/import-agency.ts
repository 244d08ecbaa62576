/**
 * Agency formats benchmark: ninjs and NewsML-G2 import (parse, the shared HTML→blocks converter,
 * the wire recogniser) on the shipped agency seeds and on ~1 MB items built from them, and the
 * round trip export → import on the seed story. Targets: a seed-sized item in well under 100 ms;
 * a 1 MB item in under 1 s.
 *
 *   npm run bench -- import-agency
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportNewsml } from '../shared/export/newsml';
import { exportNinjs } from '../shared/export/ninjs';
import { importDraft } from '../shared/import';
import { getBuiltinProfile } from '../shared/profiles';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const read = (f: string) => readFileSync(join(seeds, f), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);
const now = new Date('2025-10-01T03:00:00Z');

const PARAGRAPH =
  'Pemerintah kota menyiagakan pompa di tiga titik dan meminta warga di pesisir utara tetap waspada terhadap pasang maksimum yang diperkirakan terjadi hingga akhir pekan';

/** An XHTML body of about `bytes`, every paragraph numbered so none repeats. */
function longBody(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p =
      i % 25 === 0
        ? `<h2>Bagian ${i}</h2>`
        : i % 10 === 0
          ? `<blockquote><p>Kutipan nomor ${i} dari warga.</p></blockquote>`
          : `<p>${PARAGRAPH} (${i}), kata <strong>petugas</strong> dalam <a href="https://example.id/${i}">laporan</a>.</p>`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeMedian(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const ninjsSeed = read('101_banjir-rob-semarang.ninjs.json');
const newsmlSeed = read('102_harga-beras-naik.newsml.xml');
const body = longBody(1_000_000);
const bigNinjs = JSON.stringify({ ...JSON.parse(ninjsSeed), body_html: body });
const bigNewsml = newsmlSeed.replace(/<body>[\s\S]*<\/body>/, `<body>${body}</body>`);

const cases: Array<[string, string, number]> = [
  ['ninjs 2.x seed', ninjsSeed, 200],
  ['NewsML-G2 seed', newsmlSeed, 200],
  ['ninjs, 1 MB body', bigNinjs, 5],
  ['NewsML-G2, 1 MB body', bigNewsml, 5],
];

console.log('\nImport through importDraft (detect + parse + convert + recogniser)\n');
console.log('| item | bytes | blocks | median ms |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, text, runs] of cases) {
  const bytes = enc(text);
  const article = await importDraft({ bytes, name });
  for (let i = 0; i < Math.min(runs, 20); i++) await importDraft({ bytes, name });
  const ms = await timeMedian(runs, () => importDraft({ bytes, name }));
  console.log(`| ${name} | ${bytes.length} | ${article.blocks.length} | ${ms.toFixed(2)} |`);
}

const seed = await importDraft({ bytes: enc(read('000_96a0e40e744c17ac.txt')), name: 'seed.txt' });
const profile = getBuiltinProfile('id');
console.log('\nSeed story round trip (export, then import the result), median of 200 runs\n');
console.log('| format | median ms |');
console.log('| --- | ---: |');
for (const [name, ex] of [
  ['ninjs', exportNinjs],
  ['newsml', exportNewsml],
] as const) {
  const ms = await timeMedian(200, () =>
    importDraft({ bytes: enc(ex(seed, { profile, now })), name: `seed.${name}` }, { profile }),
  );
  console.log(`| ${name} | ${ms.toFixed(2)} |`);
}
