/**
 * kill -9 at random moments of a process saving through the real DocumentService, trial after
 * trial on the same file, as the soak and its CI-sized test both run it. After every kill the
 * file on disk must parse and hash to either the version before the interrupted save or the
 * one it was writing; when the next process starts (the real start-up sweep), no temp file of
 * ours may be left in the story folder or the user-data folder (each save also updates the
 * recent list in settings.json), and the settings the killed run was writing must still load.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { TEMP_MARKER, tempFileOwner } from '../../electron/services/atomic';
import { parseNativeArticle, serializeNativeArticle } from '../../shared/import/native';
import type { Article } from '../../shared/model/article';
import { padArticle } from './bigArticle';
import { bundleChild } from './support';

/** Bundles the child once, so each trial starts in a fraction of a second (no tsx per run). */
export const buildSaveLoopChild = (outDir: string): Promise<string> =>
  bundleChild('saveLoopChild.ts', outDir);

/** A small seeded PRNG, so a failing run can be replayed from the seed it printed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface KillSaveOptions {
  kills: number;
  seed: number;
  /** Folder to work in (created); holds the story folder and the user-data folder. */
  workDir: string;
  base: Article;
  minBytes?: number;
  maxBytes?: number;
  onTrial?: (trial: number, stats: KillSaveStats) => void;
}

export interface KillSaveStats {
  kills: number;
  /** Saves that returned before a kill, over all trials. */
  savesCompleted: number;
  /** Kills that landed while a save was in flight. */
  killedMidSave: number;
  /** Files that did not parse as an article after a kill. */
  corrupt: number;
  /** Files that parsed but were neither the previous nor the in-flight version. */
  wrongVersion: number;
  /** Our temp files found right after a kill (expected now and then; swept at next start). */
  tempsAfterKill: number;
  /** Our temp files still present once the next process had started: must be zero. */
  orphanTemps: number;
  /** Starts at which the settings file had to be set aside: must be zero. */
  settingsProblems: number;
  sizes: { min: number; max: number };
  failures: string[];
}

const sha = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

interface ChildRun {
  ready: Promise<string>;
  pid: number | undefined;
  savingCount: () => number;
  waitForSaving: (n: number) => Promise<void>;
  kill: () => Promise<{ lastSaved: string | null; inFlight: string | null; signal: string | null }>;
}

function startChild(bundle: string, args: string[]): ChildRun {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let lastSaved: string | null = null;
  let inFlight: string | null = null;
  let savings = 0;
  let stderr = '';
  const waiters: { n: number; resolve: () => void }[] = [];
  let readyResolve: (line: string) => void = () => undefined;
  let readyReject: (e: Error) => void = () => undefined;
  const ready = new Promise<string>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (line.startsWith('ready')) readyResolve(line);
    else if (line.startsWith('saving ')) {
      inFlight = line.slice(7);
      savings++;
      for (const w of waiters.filter((x) => x.n <= savings)) w.resolve();
    } else if (line === 'saved') {
      lastSaved = inFlight;
      inFlight = null;
    }
  });
  const exited = new Promise<string | null>((res) => {
    // 'close' comes after stdout has ended, so every line the child wrote has been read.
    child.on('close', (_code, signal) => {
      readyReject(new Error(`the save loop exited before it was ready: ${stderr.slice(-2000)}`));
      for (const w of waiters) w.resolve();
      res(signal);
    });
  });
  return {
    ready,
    pid: child.pid,
    savingCount: () => savings,
    waitForSaving: (n) =>
      savings >= n ? Promise.resolve() : new Promise((r) => waiters.push({ n, resolve: r })),
    async kill() {
      child.kill('SIGKILL');
      const signal = await exited;
      return { lastSaved, inFlight, signal };
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function killSaveTrials(options: KillSaveOptions): Promise<KillSaveStats> {
  const minBytes = options.minBytes ?? 1024 * 1024;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const random = mulberry32(options.seed);
  const storyDir = join(options.workDir, 'stories');
  const userData = join(options.workDir, 'user-data');
  await mkdir(storyDir, { recursive: true });
  await mkdir(userData, { recursive: true });
  const bundle = await buildSaveLoopChild(options.workDir);
  const file = join(storyDir, 'banjir.newsroom.json');
  const first = serializeNativeArticle(padArticle(options.base, minBytes, '0.0'));
  await writeFile(file, first);
  let onDisk = sha(first);

  const stats: KillSaveStats = {
    kills: 0,
    savesCompleted: 0,
    killedMidSave: 0,
    corrupt: 0,
    wrongVersion: 0,
    tempsAfterKill: 0,
    orphanTemps: 0,
    settingsProblems: 0,
    sizes: { min: Infinity, max: 0 },
    failures: [],
  };
  /** Our temp files in the story folder and in the user-data folder (settings writes). */
  const ourTemps = async () =>
    (
      await Promise.all(
        [storyDir, userData].map(async (d) =>
          (await readdir(d))
            .filter((n) => n.includes(TEMP_MARKER))
            .map((n) => relative(options.workDir, join(d, n))),
        ),
      )
    ).flat();

  for (let trial = 1; trial <= options.kills; trial++) {
    const size = Math.round(minBytes + random() * (maxBytes - minBytes));
    const run = startChild(bundle, [userData, file, String(size), String(trial)]);
    const readyLine = await run.ready;
    // The child is past start-up: whatever an earlier kill left must have been swept. Its own
    // first save may already be under way, so its own temp file is not a leftover.
    const left = (await ourTemps()).filter((n) => tempFileOwner(n) !== run.pid);
    if (left.length) {
      stats.orphanTemps += left.length;
      stats.failures.push(`trial ${trial}: temp files after start: ${left.join(', ')}`);
    }
    if (!readyLine.includes('settings=ok')) {
      stats.settingsProblems++;
      stats.failures.push(`trial ${trial}: ${readyLine}`);
    }
    // Kill somewhere in the first few saves: after 0–3 have begun, then 0–120 ms more, so
    // kills land before, during and between the temp write, the fsync and the rename.
    await run.waitForSaving(Math.floor(random() * 4));
    await sleep(random() * 120);
    const { lastSaved, inFlight, signal } = await run.kill();
    stats.kills++;
    if (signal !== 'SIGKILL') stats.failures.push(`trial ${trial}: child ended by ${signal}`);
    if (inFlight) stats.killedMidSave++;
    stats.savesCompleted += Math.max(0, run.savingCount() - (inFlight ? 1 : 0));

    const bytes = await readFile(file);
    stats.sizes.min = Math.min(stats.sizes.min, bytes.length);
    stats.sizes.max = Math.max(stats.sizes.max, bytes.length);
    const now = sha(bytes);
    try {
      parseNativeArticle(bytes.toString('utf8'), 'the story');
    } catch (e) {
      stats.corrupt++;
      stats.failures.push(`trial ${trial}: ${(e as Error).message.slice(0, 200)}`);
    }
    const allowed = [lastSaved ?? onDisk, inFlight].filter((h): h is string => h !== null);
    if (!allowed.includes(now)) {
      stats.wrongVersion++;
      stats.failures.push(`trial ${trial}: file is neither the previous nor the new version`);
    }
    onDisk = now;
    stats.tempsAfterKill += (await ourTemps()).length;
    options.onTrial?.(trial, stats);
  }

  // One last start, so the final kill's leftovers are swept too.
  const last = startChild(bundle, [userData, file, String(minBytes), 'final']);
  await last.ready;
  const left = await ourTemps();
  stats.orphanTemps += left.length;
  if (left.length) stats.failures.push(`final start: temp files left: ${left.join(', ')}`);
  await last.kill();
  return stats;
}
