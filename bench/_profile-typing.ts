/**
 * What a keystroke costs in the app, by function and by browser phase: types the renderer
 * benchmark's keys into the 20,000-word article with V8's sampling profiler (CDP `Profiler`) and
 * a `devtools.timeline` trace running, and prints per key
 * - main-thread self time by trace event (script, style, layout, paint, GC…),
 * - self and total time by function, and by module of the bundle (Lexical, React, our files).
 * The renderer is built unminified into a temp folder for this, so names and modules are legible.
 * Not part of `npm run bench` (the leading underscore); run it with
 * `node --import tsx bench/_profile-typing.ts` (PROFILE_STEADY=1 types at a person's pace; PROFILE_KEEP=1 keeps the raw profile, trace
 * and build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchHost } from '../electron/host/launch';
import { BURST, BURSTS, longArticle, typeBursts, typeSteady } from './_typing';

const ROOT = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'nd-profile-'));
const rendererDir = join(tmp, 'renderer');
const keys = BURSTS * BURST.length;

const built = spawnSync(
  process.execPath,
  [
    join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--logLevel',
    'warn',
    '--minify',
    'false',
    '--outDir',
    rendererDir,
    '--emptyOutDir',
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
if (built.status !== 0) throw new Error('vite build failed');

/** Where each module starts in the unminified bundle (the `// <path>` line before it). */
function regionsOf(file: string): { start: number; module: string }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: { start: number; module: string }[] = [];
  lines.forEach((l, i) => {
    const m = /^\/\/ ((?:node_modules|renderer|shared)\/\S+)$/.exec(l);
    if (m) out.push({ start: i, module: m[1]! });
  });
  return out;
}

function moduleAt(regions: { start: number; module: string }[], line: number): string {
  let found = '(bundle glue)';
  for (const r of regions) {
    if (r.start > line) break;
    found = r.module;
  }
  // node_modules/lexical/Lexical.prod.mjs → lexical; renderer/editor/bridge.ts stays.
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(found);
  return nm ? nm[1]! : found;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const ws = mkdtempSync(join(tmpdir(), 'nd-profile-ws-'));
const file = join(ws, 'panjang.newsroom.json');
writeFileSync(file, longArticle(20_000));
const host = await launchHost({
  file,
  rendererDir,
  testDialogs: true,
  userDataDir: join(tmp, 'user-data'),
  cwd: ws,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.waitForFunction(
    () => performance.getEntriesByName('newsroom:checked').length > 0,
    null,
    { timeout: 30_000 },
  );
  const mid = page.locator('.editor p').nth(500);
  await mid.scrollIntoViewIfNeeded();
  await mid.click();
  // One burst first, so the profile holds steady typing rather than first-key warm-up.
  await page.keyboard.type(BURST);
  await page.waitForTimeout(500);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await cdp.send('Profiler.start');
  // PROFILE_STEADY=1: a person's pace, where the checks and re-renders run between keys.
  if (process.env.PROFILE_STEADY) await typeSteady(page);
  else await typeBursts(page, 400);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const trace = await browser.stopTracing();
  if (process.env.PROFILE_KEEP) {
    writeFileSync('/tmp/typing.cpuprofile', JSON.stringify(profile));
    writeFileSync('/tmp/typing.trace.json', trace);
  }

  // --- trace: main-thread self time per event name
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  let busy = 0;
  for (const e of onMain) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    else busy += e.dur!;
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  console.log(
    `\nmain thread, busy ${(busy / 1000 / keys).toFixed(2)} ms per key; self time per key:`,
  );
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18))
    console.log(`  ${(us / 1000 / keys).toFixed(3).padStart(7)} ms  ${name}`);

  // --- CPU profile: self and total per function and per module
  const bundle = readdirSync(join(rendererDir, 'assets')).find(
    (f) => f.startsWith('index') && f.endsWith('.js'),
  )!;
  const regions = regionsOf(join(rendererDir, 'assets', bundle));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode): { fn: string; mod: string } => {
    const { functionName, url, lineNumber } = n.callFrame;
    const mod = url.includes(bundle) ? moduleAt(regions, lineNumber) : url ? url : functionName;
    return { fn: `${functionName || '(anonymous)'} ${mod}:${lineNumber + 1}`, mod };
  };
  const fnSelf = new Map<string, number>();
  const fnTotal = new Map<string, number>();
  const modSelf = new Map<string, number>();
  const modTotal = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // a sample lasts until the next one
    const leaf = byId.get(id)!;
    const l = label(leaf);
    fnSelf.set(l.fn, (fnSelf.get(l.fn) ?? 0) + dt);
    modSelf.set(l.mod, (modSelf.get(l.mod) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const { fn, mod } = label(n);
      for (const k of [fn, `module ${mod}`]) {
        if (seen.has(k)) continue;
        seen.add(k);
        const m = k === fn ? fnTotal : modTotal;
        m.set(k, (m.get(k) ?? 0) + dt);
      }
    }
  });
  const top = (m: Map<string, number>, n: number, skip = /^\((idle|program|root)\)/): void => {
    for (const [k, ms] of [...m]
      .filter(([k]) => !skip.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n))
      console.log(`  ${(ms / keys).toFixed(3).padStart(7)} ms  ${k}`);
  };
  console.log('\nJS self time per key, by module:');
  top(modSelf, 15);
  console.log('\nJS total time per key, by module (the module and what it calls):');
  top(modTotal, 25);
  console.log('\nJS self time per key, by function:');
  top(fnSelf, 25);
  console.log('\nJS total time per key (function and what it calls):');
  top(fnTotal, 40);
} finally {
  await browser.close();
  await host.close();
  if (process.env.PROFILE_KEEP) console.log(`(build kept in ${rendererDir})`);
  else rmSync(tmp, { recursive: true, force: true });
  rmSync(ws, { recursive: true, force: true });
}
