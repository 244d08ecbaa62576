/**
 * `npm run bench`: runs every benchmark in this folder, one process each so that one's warm-up
 * does not flatter the next, and prints their tables in turn. `npm run bench -- rules` runs only
 * the benchmarks whose file name contains "rules".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const f of files) {
  console.log(`\n### ${f.replace(/\.ts$/, '')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`(${f} exited with ${r.status})`);
  }
}
if (files.length === 0) console.log('No benchmarks matched.');
process.exit(failed ? 1 : 0);
