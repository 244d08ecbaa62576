#!/usr/bin/env node
// Runs every suite (Vitest for shared/ and electron/ code, Playwright for the app in Chromium)
// and closes with one plain line, `N passed, N failed, N skipped`, summed over all of them, so
// a run with no tests is as visible as a red one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'test-results', 'summary');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// --- Vitest
if (only.length === 0 || only.includes('unit')) {
  const file = join(outDir, 'vitest.json');
  const status = run('unit, service and conformance tests (Vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    // Suites that failed to load count as failures even though no test inside them ran.
    const brokenSuites = r.testResults.filter(
      (s) => s.status === 'failed' && s.assertionResults.length === 0,
    ).length;
    totals.failed += brokenSuites;
    if (status !== 0 && r.numFailedTests === 0 && brokenSuites === 0) broken = true;
  } else {
    broken = true;
  }
}

// --- Playwright (end to end in Chromium)
const e2eDir = join(root, 'tests', 'e2e');
const hasE2E = existsSync(e2eDir) && readdirSync(e2eDir).some((f) => f.endsWith('.spec.ts'));
if (hasE2E && (only.length === 0 || only.includes('e2e'))) {
  const file = join(outDir, 'playwright.json');
  const status = run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += r.stats.expected ?? 0;
    totals.failed += (r.stats.unexpected ?? 0) + (r.stats.flaky ?? 0);
    totals.skipped += r.stats.skipped ?? 0;
    if (status !== 0 && !r.stats.unexpected) broken = true;
  } else {
    broken = true;
  }
}

if (broken) console.log('\nA test runner failed without reporting failed tests (see above).');
console.log(
  `\n${totals.passed} passed, ${totals.failed + (broken ? 1 : 0)} failed, ${totals.skipped} skipped`,
);
process.exit(totals.failed > 0 || broken ? 1 : 0);
