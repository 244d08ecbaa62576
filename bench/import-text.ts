/**
 * Plain-text import benchmark: decode, paragraph split, language guess and the wire recogniser
 * on the seed and on drafts of about 350 KB and 3.5 MB built from the house-style seed drafts
 * (so every convention path runs, not just plain prose). Target: 3.5 MB well under 10 s.
 *
 *   npm run bench -- import-text
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDraft } from '../shared/import';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const drafts = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seeds, f), 'utf8'));
const seed = readFileSync(join(seeds, '000_96a0e40e744c17ac.txt'));

/** One long draft: the seed drafts one after another, numbered so no two paragraphs repeat. */
function bigDraft(bytes: number): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const d = drafts[i % drafts.length]!.replace(/\.(\s)/g, ` (${i}).$1`);
    parts.push(d);
    size += Buffer.byteLength(d) + 2;
  }
  return new TextEncoder().encode(parts.join('\n\n'));
}

async function median(bytes: Uint8Array, runs: number): Promise<{ ms: number; blocks: number }> {
  const xs: number[] = [];
  let blocks = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const a = await importDraft({ bytes, name: 'bench.txt' });
    xs.push(performance.now() - t);
    blocks = a.blocks.length;
  }
  xs.sort((a, b) => a - b);
  return { ms: xs[Math.floor(xs.length / 2)]!, blocks };
}

const prose =
  'Harga cabai rawit merah di pasar induk melonjak hingga Rp 90 ribu per kilogram pekan ini. ';
const enc = (s: string) => new TextEncoder().encode(s);

const rows: [string, Uint8Array, number][] = [
  ['seed (2.5 KB)', new Uint8Array(seed), 50],
  ['house-style drafts, 350 KB', bigDraft(350_000), 5],
  ['house-style drafts, 3.5 MB', bigDraft(3_500_000), 3],
  // Shapes that would expose work per character or per line that is not linear.
  ['one 3.5 MB line', enc(prose.repeat(38_000)), 3],
  [
    '3.5 MB hard-wrapped at 72, no blank line',
    enc(prose.repeat(38_000).replace(/(.{1,72})\s/g, '$1\n')),
    3,
  ],
  [
    '120 000 short lines, no blank line',
    enc(Array.from({ length: 120_000 }, (_, i) => `Baris ${i} pendek`).join('\n')),
    3,
  ],
];

await median(new Uint8Array(seed), 20); // warm-up
console.log('| draft | bytes | blocks | median ms |');
console.log('| --- | ---: | ---: | ---: |');
for (const [label, bytes, runs] of rows) {
  const { ms, blocks } = await median(bytes, runs);
  console.log(`| ${label} | ${bytes.length} | ${blocks} | ${ms.toFixed(1)} |`);
}
