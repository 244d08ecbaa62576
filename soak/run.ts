/**
 * `npm run soak`: the long version of the issue-7 reliability and security suite, ending in one
 * table. CI runs the same harnesses bounded (tests/reliability, tests/security,
 * tests/e2e/crash-typing.spec.ts); this runs them long, with a printed seed to replay from.
 *
 *   npm run soak -- [--kills 500] [--fuzz 3000] [--ipc 200] [--typing 5] [--seed N] [--skip-browser]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { electronSenderPolicy } from '../electron/ipc/electronIpc';
import { createDispatcher } from '../electron/ipc/handlers';
import { importDraft } from '../shared/import';
import { CHANNEL_NAMES } from '../shared/ipc/contract';
import { killSaveTrials } from '../tests/reliability/killSave';
import { APP_FRAME, startApp, WINDOW_ID } from '../tests/reliability/support';
import {
  importerProperties,
  realDrafts,
  warmUp,
  type FuzzStats,
} from '../tests/security/importFuzz';
import { anyPayload, checkAnswer, timed } from '../tests/security/ipcFuzz';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '500' },
    fuzz: { type: 'string', default: '3000' },
    ipc: { type: 'string', default: '200' },
    typing: { type: 'string', default: '5' },
    seed: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const findings: string[] = [];
const note = (line: string) =>
  console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);
note(`seed ${seed} (replay with --seed ${seed})`);

// --- 1. kill -9 during saves
const work = await mkdtemp(join(tmpdir(), 'newsroom-soak-'));
const base = await importDraft({
  bytes: new Uint8Array(await readFile(join(root, 'seeds', '000_96a0e40e744c17ac.txt'))),
  name: 'seed.txt',
});
const kills = Number(values.kills);
note(`kill -9 during saves: ${kills} kills, 1–5 MB articles`);
const killStats = await killSaveTrials({
  kills,
  seed,
  workDir: join(work, 'kills'),
  base,
  onTrial: (trial, s) => {
    if (trial % 50 === 0 || trial === kills)
      note(
        `  ${trial}/${kills} kills, ${s.killedMidSave} mid-save, ${s.corrupt} corrupt, ${s.wrongVersion} wrong version, ${s.orphanTemps} orphan temps`,
      );
  },
});
findings.push(...killStats.failures.map((f) => `kill-save: ${f}`));

// --- 2. importer fuzz
const fuzzRuns = Number(values.fuzz);
note(`importer fuzz: ${fuzzRuns} runs per property`);
const corpus = await realDrafts();
await warmUp(corpus);
const fuzz: FuzzStats = { cases: 0, articles: 0, refused: 0, slowest: { ms: 0, what: '' } };
const props = importerProperties(corpus, fuzz);
for (const [name, property] of Object.entries(props)) {
  const runs = name === 'nativeRoundTrip' ? Math.ceil(fuzzRuns / 3) : fuzzRuns;
  const details = await fc.check(property as fc.IAsyncProperty<unknown[]>, { seed, numRuns: runs });
  if (details.failed) {
    const why =
      details.errorInstance instanceof Error
        ? details.errorInstance.message
        : String(details.errorInstance);
    findings.push(
      `importer fuzz ${name} (seed ${details.seed}, path ${details.counterexamplePath}): ${why.slice(0, 300)}`,
    );
  }
}
note(`  ${fuzz.cases} cases, slowest ${Math.round(fuzz.slowest.ms)} ms (${fuzz.slowest.what})`);

// --- 3. IPC fuzz through the handler table
const ipcRuns = Number(values.ipc);
note(`IPC fuzz: ${ipcRuns} hostile payloads per channel, ${CHANNEL_NAMES.length} channels`);
const { ctx } = await startApp(join(work, 'ipc-user-data'));
const dispatch = createDispatcher(
  ctx,
  electronSenderPolicy((id) => id === WINDOW_ID),
);
let ipcCases = 0;
let ipcSlowest = 0;
for (const channel of CHANNEL_NAMES) {
  const details = await fc.check(
    fc.asyncProperty(anyPayload, async (payload) => {
      ipcCases++;
      const { ms, result } = await timed(() => dispatch(channel, payload, APP_FRAME), 100);
      ipcSlowest = Math.max(ipcSlowest, ms);
      const bad = checkAnswer(result);
      if (bad) throw new Error(bad);
      if (ms >= 100) throw new Error(`answered in ${Math.round(ms)} ms`);
    }),
    { seed, numRuns: ipcRuns },
  );
  if (details.failed) {
    const why =
      details.errorInstance instanceof Error
        ? details.errorInstance.message
        : String(details.errorInstance);
    findings.push(`IPC fuzz ${channel} (seed ${details.seed}): ${why.slice(0, 300)}`);
  }
}
note(`  ${ipcCases} calls, slowest answer ${Math.round(ipcSlowest)} ms`);
await rm(work, { recursive: true, force: true });

// --- 4. Chromium and scanner suites, and the crash-while-typing measurement
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
let browserChecks = 'skipped';
/** The summary lines the suites print, quoted in the table ("XSS corpus: 532 pages, ..."). */
let xssSummary = 'skipped';
let pasteSummary = 'skipped';
let scannerSummary = 'skipped';
const typing = { runs: 0, typedKeys: 0, lostKeys: 0, maxLostMs: 0 };
if (!values['skip-browser']) {
  note('XSS corpus in Chromium (publish and draft pages) and Electronegativity');
  const suites = spawnSync(
    bin('vitest'),
    [
      'run',
      'tests/security/xssChromium.test.ts',
      'tests/security/electronegativity.test.ts',
      '--reporter=dot',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NEWSROOM_SOAK: '1' } },
  );
  browserChecks = suites.status === 0 ? 'passed' : 'FAILED';
  if (suites.status !== 0)
    findings.push(`browser/scanner suites failed:\n${suites.stdout.slice(-3000)}`);
  // eslint-disable-next-line no-control-regex -- colour codes around the printed lines
  const plain = suites.stdout.replace(/\u001b\[[0-9;]*m/g, '');
  const line = (re: RegExp) => re.exec(plain)?.[1]?.trim() ?? 'not printed';
  xssSummary = line(/^XSS corpus: (.*)$/m);
  scannerSummary = `sources: ${line(/^electronegativity \(sources\): (.*)$/m)}; bundle: ${line(/^electronegativity \(bundle\): (.*)$/m)}`;

  note('the XSS corpus pasted into the editor');
  const paste = spawnSync(
    bin('playwright'),
    ['test', 'tests/e2e/xss-paste.spec.ts', '--reporter=line'],
    { cwd: root, encoding: 'utf8' },
  );
  const corpusFile = join(root, 'tests', 'fixtures', 'xss', 'corpus.json');
  const pasted = (JSON.parse(readFileSync(corpusFile, 'utf8')) as { payloads: string[] }).payloads;
  pasteSummary =
    paste.status === 0
      ? `${pasted.length} payloads pasted as HTML and as text: nothing ran, nothing fetched`
      : 'FAILED';
  if (paste.status !== 0) findings.push(`xss-paste e2e failed:\n${paste.stdout.slice(-3000)}`);

  const runs = Number(values.typing);
  note(`crash while typing: ${runs} runs (host killed mid-typing)`);
  const log = join(root, 'test-results', 'crash-typing.jsonl');
  const before = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
  const e2e = spawnSync(
    bin('playwright'),
    ['test', 'tests/e2e/crash-typing.spec.ts', `--repeat-each=${runs}`, '--reporter=line'],
    { cwd: root, encoding: 'utf8' },
  );
  if (e2e.status !== 0) findings.push(`crash-typing e2e failed:\n${e2e.stdout.slice(-3000)}`);
  const lines = existsSync(log)
    ? readFileSync(log, 'utf8').split('\n').filter(Boolean).slice(before)
    : [];
  for (const line of lines) {
    const m = JSON.parse(line) as { typedKeys: number; lostKeys: number; lostMs: number };
    typing.runs++;
    typing.typedKeys += m.typedKeys;
    typing.lostKeys += m.lostKeys;
    typing.maxLostMs = Math.max(typing.maxLostMs, m.lostMs);
  }
}

// --- the table
const rows: [string, string][] = [
  [
    'kills (kill -9 mid-save)',
    `${killStats.kills} (${killStats.killedMidSave} inside a save, ${killStats.savesCompleted} saves completed)`,
  ],
  [
    'corrupt files',
    `${killStats.corrupt + killStats.wrongVersion} (${killStats.corrupt} unparsable, ${killStats.wrongVersion} neither old nor new)`,
  ],
  [
    'orphan temps',
    `${killStats.orphanTemps} after restart (${killStats.tempsAfterKill} seen right after kills, all swept)`,
  ],
  [
    'lost keystrokes',
    typing.runs
      ? `${typing.lostKeys} of ${typing.typedKeys} over ${typing.runs} crashes; worst ${typing.maxLostMs} ms of typing`
      : 'skipped',
  ],
  ['fuzz cases', `${fuzz.cases} importer + ${ipcCases} IPC (seed ${seed})`],
  ['XSS export in Chromium', xssSummary],
  ['XSS pasted in editor', pasteSummary],
  ['Electronegativity', scannerSummary],
  ['browser / scanner suites', browserChecks],
  ['findings', String(findings.length)],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n${'-'.repeat(width + 50)}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
console.log('-'.repeat(width + 50));
for (const f of findings) console.log(`FINDING: ${f}`);
const bad =
  findings.length > 0 ||
  killStats.corrupt + killStats.wrongVersion + killStats.orphanTemps > 0 ||
  typing.maxLostMs > 1500;
process.exit(bad ? 1 : 0);
