/**
 * A kill -9 during a Save As into a folder the app has never written to: the start-up sweep
 * knows only the folders of recent files, the workspace and the export folder, so without the
 * write journal the temp file stayed there for good. Here the real services in a child process
 * are killed while the temp file is on disk, and the next start must remove it.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEMP_MARKER } from '../../electron/services/atomic';
import {
  JOURNAL_MAX_AGE_MS,
  journalFileName,
  WriteJournal,
} from '../../electron/services/writeJournal';
import { nativeText, seed, tempDir } from '../services/support';
import { bundleChild, startApp } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir('newsroom-journal-'));
});
afterEach(async () => cleanup());

// pid 1 is always running; 2^22 + 1 is above Linux's pid limit, so never running.
const DEAD = 4_194_305;

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

  it('at start, hands over the folders of ended runs but deletes nothing until they are swept', async () => {
    const ud = join(dir, 'ud');
    await mkdir(ud);
    await writeFile(join(ud, journalFileName(DEAD)), '{"folders": ["/a", "/b"]}');
    await writeFile(join(ud, journalFileName(1)), '{"folders": ["/live"]}');
    await writeFile(join(ud, journalFileName(DEAD + 1)), '{"folders": ["/c"');
    const all = [journalFileName(1), journalFileName(DEAD), journalFileName(DEAD + 1)].sort();
    const { journal, leftover } = await WriteJournal.open(ud);
    expect(leftover.sort()).toEqual(['/a', '/b']);
    // A start that dies here has lost no record.
    expect((await readdir(ud)).sort()).toEqual(all);
    // '/b' was not swept: that journal stays; the damaged one names nothing and goes.
    await journal.settle(new Set(['/a']));
    expect((await readdir(ud)).sort()).toEqual([journalFileName(1), journalFileName(DEAD)].sort());
    const again = await WriteJournal.open(ud);
    expect(again.leftover.sort()).toEqual(['/a', '/b']);
    await again.journal.settle(new Set(['/a', '/b']));
    expect(await readdir(ud)).toEqual([journalFileName(1)]);
  });
});

/** A dead run's journal naming `folders`, and a temp file that run left in each that exists. */
async function deadRunWroteInto(ud: string, folders: string[]): Promise<void> {
  await mkdir(ud, { recursive: true });
  await writeFile(join(ud, journalFileName(DEAD)), JSON.stringify({ folders }));
}
const deadTemp = `.salinan.newsroom.json${TEMP_MARKER}${DEAD}-0badc0de`;
const journals = async (ud: string) =>
  (await readdir(ud)).filter((n) => n.startsWith('writes-in-flight-'));

describe("the start-up sweep of ended runs' folders", () => {
  it('keeps the journal of a folder whose drive is not there, and sweeps it once it is back', async () => {
    const ud = join(dir, 'ud');
    // The whole path from the drive down is missing, as on an unplugged stick.
    const stories = join(dir, 'stick', 'stories');
    await deadRunWroteInto(ud, [stories]);
    await startApp(ud);
    expect(await journals(ud)).toEqual([journalFileName(DEAD)]);

    await mkdir(stories, { recursive: true });
    await writeFile(join(stories, deadTemp), 'half a story');
    await writeFile(join(stories, 'banjir.newsroom.json'), 'kept');
    await startApp(ud);
    expect(await readdir(stories)).toEqual(['banjir.newsroom.json']);
    expect(await journals(ud)).toEqual([]);
  });

  it('keeps the journal of a folder that cannot be read, and sweeps it once it can', async () => {
    const ud = join(dir, 'ud');
    const stories = join(dir, 'stories');
    // A symlink to itself: reading it fails (ELOOP) for root too, unlike a permission bit.
    await symlink(stories, stories);
    await expect(readdir(stories)).rejects.toMatchObject({ code: 'ELOOP' });
    await deadRunWroteInto(ud, [stories]);
    await startApp(ud);
    expect(await journals(ud)).toEqual([journalFileName(DEAD)]);

    await rm(stories);
    await mkdir(stories);
    await writeFile(join(stories, deadTemp), 'half a story');
    await startApp(ud);
    expect(await readdir(stories)).toEqual([]);
    expect(await journals(ud)).toEqual([]);
  });

  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    console.warn(
      'tests/reliability/writeJournal: running as root, which can read any folder; the no-permission case is skipped (the ELOOP case still covers an unreadable folder)',
    );
  }
  it.skipIf(asRoot)('keeps the journal of a folder without read permission', async () => {
    const ud = join(dir, 'ud');
    const stories = join(dir, 'stories');
    await mkdir(stories);
    await writeFile(join(stories, deadTemp), 'half a story');
    await chmod(stories, 0o000);
    try {
      await deadRunWroteInto(ud, [stories]);
      await startApp(ud);
      expect(await journals(ud)).toEqual([journalFileName(DEAD)]);
    } finally {
      await chmod(stories, 0o755);
    }
    await startApp(ud);
    expect(await readdir(stories)).toEqual([]);
    expect(await journals(ud)).toEqual([]);
  });

  it('keeps a journal whole while one of its folders fails, and sweeps the others meanwhile', async () => {
    const ud = join(dir, 'ud');
    const here = join(dir, 'here');
    const away = join(dir, 'stick', 'stories');
    await mkdir(here);
    await writeFile(join(here, deadTemp), 'half a story');
    await deadRunWroteInto(ud, [here, away]);
    await startApp(ud);
    expect(await readdir(here)).toEqual([]);
    expect(JSON.parse(await readFile(join(ud, journalFileName(DEAD)), 'utf8'))).toEqual({
      folders: [here, away],
    });
  });

  it('deletes the journal of a folder that was deleted (its parent is still there)', async () => {
    const ud = join(dir, 'ud');
    await deadRunWroteInto(ud, [join(dir, 'deleted'), join(dir, 'now-a-file', 'stories')]);
    await writeFile(join(dir, 'now-a-file'), '');
    await startApp(ud);
    expect(await journals(ud)).toEqual([]);
  });

  it('gives up a journal whose folders stayed out of reach for a month', async () => {
    const ud = join(dir, 'ud');
    await deadRunWroteInto(ud, [join(dir, 'stick', 'stories')]);
    const old = new Date(Date.now() - JOURNAL_MAX_AGE_MS - 60_000);
    const young = new Date(Date.now() - JOURNAL_MAX_AGE_MS + 60 * 60_000);
    await utimes(join(ud, journalFileName(DEAD)), young, young);
    await startApp(ud);
    expect(await journals(ud)).toEqual([journalFileName(DEAD)]);
    await utimes(join(ud, journalFileName(DEAD)), old, old);
    await startApp(ud);
    expect(await journals(ud)).toEqual([]);
  });

  it('a journal under our own pid (a run before a reboot) that cannot be swept outlives our writes', async () => {
    const ud = join(dir, 'ud');
    const away = join(dir, 'stick', 'stories');
    const own = join(ud, journalFileName(process.pid));
    await mkdir(ud);
    await writeFile(own, JSON.stringify({ folders: [away] }));
    const { ctx } = await startApp(ud);
    const listed = await ctx.journal.during(join(dir, 'other'), async () =>
      JSON.parse(await readFile(own, 'utf8')),
    );
    expect(listed).toEqual({ folders: [away, join(dir, 'other')] });
    // Our write is over; the earlier run's folder is still to be swept.
    expect(JSON.parse(await readFile(own, 'utf8'))).toEqual({ folders: [away] });

    await mkdir(away, { recursive: true });
    await writeFile(join(away, deadTemp), 'half a story');
    await startApp(ud);
    expect(await readdir(away)).toEqual([]);
    expect(await journals(ud)).toEqual([]);
  });
});

describe('saves are journaled wherever they go', () => {
  it("a save into a recent file's folder is journaled too, so clearing the list cannot orphan its temp", async () => {
    const stories = join(dir, 'stories');
    await mkdir(stories);
    const source = join(stories, 'banjir.newsroom.json');
    await writeFile(source, nativeText(await seed()));
    const ud = join(dir, 'ud');
    const { ctx } = await startApp(ud);
    const { document, article } = await ctx.documents.openFile(
      await ctx.access.resolveForRead(await ctx.access.grantFile(source)),
    );
    expect(ctx.settings.get().recentFiles.map((r) => r.path)).toEqual([source]);

    // What the journal file says while the story's bytes are being written.
    const journalFile = join(ud, journalFileName(process.pid));
    const during = ctx.journal.during.bind(ctx.journal);
    const seen: unknown[] = [];
    vi.spyOn(ctx.journal, 'during').mockImplementation((folder, write) =>
      during(folder, async () => {
        seen.push(JSON.parse(await readFile(journalFile, 'utf8')));
        return write();
      }),
    );
    await ctx.documents.save(document.token, { ...article, headline: 'Banjir surut' });
    const copy = join(stories, 'salinan.newsroom.json');
    await ctx.access.grantFile(copy);
    await ctx.documents.saveAs(document.token, { ...article, headline: 'Salinan' }, copy);
    expect(seen).toEqual([{ folders: [stories] }, { folders: [stories] }]);
    expect(await journals(ud)).toEqual([]);
    expect(await readFile(copy, 'utf8')).toBe(nativeText({ ...article, headline: 'Salinan' }));
  });
});

describe('kill -9 during a Save As into a new folder', () => {
  it('the temp file it left is gone after the next start, and the story is intact', async () => {
    const bundle = await bundleChild('saveAsChild.ts', dir);
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
