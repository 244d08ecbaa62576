/**
 * A kill -9 during a Save As into a folder the app has never written to: the start-up sweep
 * knows only the folders of recent files, the workspace and the export folder, so without the
 * write journal the temp file stayed there for good. Here the real services in a child process
 * are killed while the temp file is on disk, and the next start must remove it.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_MARKER } from '../../electron/services/atomic';
import { journalFileName, WriteJournal } from '../../electron/services/writeJournal';
import { nativeText, seed, tempDir } from '../services/support';
import { startApp } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir('newsroom-journal-'));
});
afterEach(async () => cleanup());

const temps = async (folder: string) =>
  (await readdir(folder)).filter((n) => n.includes(TEMP_MARKER));

describe('the write journal', () => {
  it('lists a folder while it is written, and nothing once the write is over', async () => {
    const ud = join(dir, 'ud');
    await mkdir(ud);
    const { journal, leftover } = await WriteJournal.open(ud);
    expect(leftover).toEqual([]);
    const file = join(ud, journalFileName(process.pid));
    const during = await journal.during('/somewhere/else', async () =>
      JSON.parse(await readFile(file, 'utf8')),
    );
    expect(during).toEqual({ folders: ['/somewhere/else'] });
    expect(await readdir(ud)).toEqual([]);
    // A failed write is over too.
    await expect(
      journal.during('/somewhere/else', () => Promise.reject(new Error('ENOSPC'))),
    ).rejects.toThrow('ENOSPC');
    expect(await readdir(ud)).toEqual([]);
  });

  it('at start, hands over the folders of ended runs and removes their journals; keeps live ones', async () => {
    const ud = join(dir, 'ud');
    await mkdir(ud);
    // pid 1 is always running; 2^22 + 1 is above Linux's pid limit, so never running.
    const dead = 4_194_305;
    await writeFile(join(ud, journalFileName(dead)), '{"folders": ["/a", "/b"]}');
    await writeFile(join(ud, journalFileName(1)), '{"folders": ["/live"]}');
    await writeFile(join(ud, journalFileName(dead + 1)), '{"folders": ["/c"');
    const { leftover } = await WriteJournal.open(ud);
    expect(leftover.sort()).toEqual(['/a', '/b']);
    expect(await readdir(ud)).toEqual([journalFileName(1)]);
  });
});

describe('kill -9 during a Save As into a new folder', () => {
  it('the temp file it left is gone after the next start, and the story is intact', async () => {
    const bundle = join(dir, 'save-as-child.mjs');
    await build({
      entryPoints: [resolve(import.meta.dirname, 'saveAsChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
    });
    const stories = join(dir, 'stories');
    await mkdir(stories);
    const source = join(stories, 'banjir.newsroom.json');
    const original = nativeText(await seed());
    await writeFile(source, original);
    const ud = join(dir, 'ud');

    // The kill must land while the first Save As's temp file is on disk; polling the folder
    // usually catches it on the first try, a fast disk may need another.
    let caught: { target: string; leftBehind: string[]; journal: unknown } | null = null;
    for (let attempt = 1; attempt <= 5 && !caught; attempt++) {
      const target = join(dir, `elsewhere-${attempt}`);
      await mkdir(target);
      const child = spawn(process.execPath, [bundle, ud, source, target, String(20 << 20)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const closed = new Promise<void>((r) => child.on('close', () => r()));
      let saved = false;
      const lines = createInterface({ input: child.stdout });
      const saving = new Promise<void>((r) =>
        lines.on('line', (l) => {
          if (l === 'saving 1') r();
          if (l === 'saved 1') saved = true;
        }),
      );
      await Promise.race([saving, closed]);
      let seen: string[] = [];
      const until = Date.now() + 5000;
      while (!saved && seen.length === 0 && Date.now() < until) seen = await temps(target);
      child.kill('SIGKILL');
      await closed;
      const leftBehind = await temps(target);
      const journalFile = join(ud, journalFileName(child.pid!));
      if (!saved && leftBehind.length > 0) {
        caught = {
          target,
          leftBehind,
          journal: JSON.parse(await readFile(journalFile, 'utf8')),
        };
      }
    }
    if (!caught) throw new Error('five kills all missed the first Save As');
    // The folder was journaled, and nothing else knows it: it is not a recent file's folder.
    expect(caught.journal).toEqual({ folders: [caught.target] });

    const next = await startApp(ud);
    expect(await temps(caught.target)).toEqual([]);
    expect(next.ctx.settings.get().recentFiles.map((r) => r.path)).not.toContain(
      join(caught.target, 'salinan-1.newsroom.json'),
    );
    expect((await readdir(ud)).filter((n) => n.startsWith('writes-in-flight-'))).toEqual([]);
    expect(await readFile(source, 'utf8')).toBe(original);
  }, 60_000);
});
