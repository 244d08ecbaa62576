/**
 * Export benchmark: the seed to every format; a batch of 1,000 distinct drafts to every format
 * (check + export, in memory, then end to end through `newsroom export` with atomic writes);
 * and pandoc (`pandoc -s -f markdown -t html`) against our Markdown → HTML page on the same draft,
 * in the same run. Targets: the batch under 10 s, and faster than pandoc per file.
 *
 *   npm run bench -- export
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../electron/cli/main';
import { EXPORTERS, planExport } from '../shared/export';
import { htmlExporter } from '../shared/export/html';
import { importDraft } from '../shared/import';
import { serializeNativeArticle } from '../shared/import/native';
import type { Article } from '../shared/model/article';
import { defaultProfileFor, getBuiltinProfile } from '../shared/profiles';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const read = (f: string) => new Uint8Array(readFileSync(join(seeds, f)));
const now = new Date('2025-10-01T03:00:00Z');
const formats = EXPORTERS.map((e) => e.id);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeMedian(runs: number, fn: () => void): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

// --- 1. The seed to every format.
const seed = await importDraft({ bytes: read('000_96a0e40e744c17ac.txt'), name: 'seed.txt' });
const seedProfile = getBuiltinProfile('id');
for (let i = 0; i < 50; i++)
  planExport(seed, formats, { profile: seedProfile, now, allowErrors: true });
console.log('\nSeed story (2.5 KB) to each format, median of 300 runs\n');
console.log('| format | bytes | median ms |');
console.log('| --- | ---: | ---: |');
for (const e of EXPORTERS) {
  const out = e.export(seed, { profile: seedProfile, now });
  const ms = timeMedian(300, () => e.export(seed, { profile: seedProfile, now }));
  console.log(
    `| ${e.id} | ${typeof out === 'string' ? Buffer.byteLength(out) : out.length} | ${ms.toFixed(3)} |`,
  );
}
const all = timeMedian(300, () =>
  planExport(seed, formats, { profile: seedProfile, now, allowErrors: true }),
);
console.log(`| all ${formats.length} + check (planExport) | | ${all.toFixed(3)} |`);

// --- 2. A batch of 1,000 distinct drafts.
const samples: Article[] = [];
for (const f of [
  '000_96a0e40e744c17ac.txt',
  'id-antara-style.txt',
  'id-kompas-style.txt',
  'en-reuters-style.txt',
  'en-ap-style.txt',
  'pasar-apung-banjarmasin.md',
  'banjir-rob-semarang.html',
]) {
  samples.push(await importDraft({ bytes: read(f), name: f }));
}
const batch: Article[] = Array.from({ length: 1000 }, (_, i) => {
  const base = samples[i % samples.length]!;
  return {
    ...base,
    id: `${base.id}-${i}`,
    headline: `${base.headline} (${i})`,
    blocks: base.blocks.map((b) =>
      b.type === 'paragraph' ? { ...b, text: `${b.text} [${i}]` } : b,
    ),
  };
});
const t0 = performance.now();
let bytesOut = 0;
for (const a of batch) {
  const plan = planExport(a, formats, {
    profile: defaultProfileFor(a.language),
    now,
    allowErrors: true,
  });
  for (const f of plan.files)
    bytesOut += typeof f.content === 'string' ? f.content.length : f.content.length;
}
const inMemory = (performance.now() - t0) / 1000;

const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-'));
for (const [i, a] of batch.entries()) {
  writeFileSync(
    join(dir, `draft-${String(i).padStart(4, '0')}.newsroom.json`),
    serializeNativeArticle(a),
  );
}
const t1 = performance.now();
const silent = { stdout: () => {}, stderr: () => {}, isTTY: false };
const code = await main(
  ['export', dir, '--to', formats.join(','), '--out', join(dir, 'out'), '--allow-errors'],
  silent,
);
const endToEnd = (performance.now() - t1) / 1000;
rmSync(dir, { recursive: true, force: true });

console.log(
  `\nBatch of 1,000 drafts to ${formats.length} formats (${formats.join(', ')}); target < 10 s\n`,
);
console.log('| run | files written | seconds | per draft ms |');
console.log('| --- | ---: | ---: | ---: |');
console.log(
  `| check + export in memory (${(bytesOut / 1e6).toFixed(1)} MB out) | 0 | ${inMemory.toFixed(2)} | ${((inMemory * 1000) / batch.length).toFixed(2)} |`,
);
console.log(
  `| \`newsroom export <dir>\` end to end (import, check, export, atomic writes; exit ${code}) | ${batch.length * formats.length} | ${endToEnd.toFixed(2)} | ${((endToEnd * 1000) / batch.length).toFixed(2)} |`,
);

// --- 3. pandoc against our Markdown → HTML page, same draft, same run.
const mdBytes = read('pasar-apung-banjarmasin.md');
const mdProfile = getBuiltinProfile('id');
const ours = async () => {
  const a = await importDraft({ bytes: mdBytes, name: 'pasar-apung-banjarmasin.md' });
  return htmlExporter.export(a, { profile: mdProfile, now });
};
for (let i = 0; i < 20; i++) await ours();
const oursTimes: number[] = [];
for (let i = 0; i < 100; i++) {
  const t = performance.now();
  await ours();
  oursTimes.push(performance.now() - t);
}
const pandocOk = spawnSync('pandoc', ['--version']).status === 0;
console.log(
  '\nMarkdown draft → standalone HTML page (pasar-apung-banjarmasin.md, ' +
    mdBytes.length +
    ' bytes)\n',
);
console.log('| tool | runs | median ms per file |');
console.log('| --- | ---: | ---: |');
console.log(
  `| newsroom (import md + html export) | ${oursTimes.length} | ${median(oursTimes).toFixed(2)} |`,
);
const pandocTimes: number[] = [];
if (pandocOk) {
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const r = spawnSync(
      'pandoc',
      ['-s', '-f', 'markdown', '-t', 'html', '--metadata', 'title=bench'],
      { input: mdBytes },
    );
    pandocTimes.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr}`);
  }
  console.log(
    `| pandoc -s -f markdown -t html (process per file) | ${pandocTimes.length} | ${median(pandocTimes).toFixed(2)} |`,
  );
} else {
  console.log('| pandoc | not installed | |');
}
// For the record: one `newsroom` process per file pays Node + tsx start-up, which a batch does not.
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'newsroom.mjs');
const cliTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [
    cli,
    'export',
    join(seeds, 'pasar-apung-banjarmasin.md'),
    '--to',
    'html',
    '--allow-errors',
  ]);
  cliTimes.push(performance.now() - t);
}
console.log(
  `| newsroom export, one CLI process per file (Node + tsx start) | ${cliTimes.length} | ${median(cliTimes).toFixed(2)} |`,
);
if (pandocOk) {
  console.log(
    `\nIn a batch, newsroom is ${(median(pandocTimes) / median(oursTimes)).toFixed(1)}× faster than pandoc per file on this draft; started once per file, the CLI is ${(median(cliTimes) / median(pandocTimes)).toFixed(1)}× slower.`,
  );
}
