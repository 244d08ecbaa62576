/**
 * Saves that the disk refuses: a per-process file-size limit (`ulimit -f`, which works where
 * mounting does not), a read-only folder and a read-only file system. In both the window gets a plain sentence, the
 * original stays byte-identical, no empty or partial file appears, and Save As to a writable
 * place still works. (A full tmpfs is pinned in tests/services/documents.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../shared/ipc/contract';
import { nativeText, seed, tempDir } from '../services/support';
import { bundleChild, startApp } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir('newsroom-disk-'));
});
afterEach(async () => cleanup());

/** Nothing but the story itself: no temp file, no empty file. */
async function onlyTheStory(folder: string, name: string): Promise<void> {
  expect(await readdir(folder)).toEqual([name]);
  expect((await stat(join(folder, name))).size).toBeGreaterThan(0);
}

/** Bundles fileSizeChild.ts, readable by anyone (the read-only folder test runs it as nobody). */
async function buildChild(): Promise<string> {
  const bundle = await bundleChild('fileSizeChild.ts', dir);
  await chmod(bundle, 0o644);
  return bundle;
}

/** The answer the window got, from the child's last line. */
const answerOf = (stdout: string) =>
  JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as IpcResult<unknown>;

describe('a save the disk refuses', () => {
  it('over the file-size limit (ulimit -f): plain words, original intact, nothing else written', async () => {
    const bundle = await buildChild();
    const stories = join(dir, 'stories');
    await mkdir(stories);
    const file = join(stories, 'banjir.newsroom.json');
    const before = nativeText(await seed());
    await writeFile(file, before);
    // 256 KiB: the settings and the small original fit, a 1 MB version does not.
    const r = spawnSync(
      'bash',
      [
        '-c',
        'ulimit -f 256 && exec "$@"',
        'bash',
        process.execPath,
        bundle,
        join(dir, 'ud'),
        file,
        String(1024 * 1024),
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(answerOf(r.stdout)).toEqual({
      ok: false,
      error: {
        code: 'io',
        message:
          'banjir.newsroom.json: the file is too large for this disk or account; nothing was changed.',
      },
    });
    expect(await readFile(file, 'utf8')).toBe(before);
    await onlyTheStory(stories, 'banjir.newsroom.json');
  });

  it('in a read-only folder: plain words, and the writable original is not written in place', async () => {
    const bundle = await buildChild();
    // Permission bits do not stop root, so as root the save runs as nobody.
    const asRoot = process.getuid?.() === 0;
    await chmod(dir, 0o755);
    const stories = join(dir, 'locked');
    await mkdir(stories);
    const file = join(stories, 'banjir.newsroom.json');
    const before = nativeText(await seed());
    await writeFile(file, before);
    // The file itself may be written: a save that fell back to writing it in place would work.
    await chmod(file, 0o666);
    await chmod(stories, 0o555);
    // Restored whatever happens: without write permission on it, a user other than root
    // cannot remove the story inside, and the temp folder's cleanup fails.
    try {
      const ud = join(dir, 'ud');
      await mkdir(ud);
      if (asRoot) await chown(ud, 65534, 65534);
      const r = spawnSync(process.execPath, [bundle, ud, file, String(64 * 1024)], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: ud },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(r.stderr).toBe('');
      expect(answerOf(r.stdout)).toEqual({
        ok: false,
        error: {
          code: 'io',
          message: 'banjir.newsroom.json: permission denied; nothing was changed.',
        },
      });
      expect(await readFile(file, 'utf8')).toBe(before);
      await onlyTheStory(stories, 'banjir.newsroom.json');
    } finally {
      await chmod(stories, 0o755);
    }
  });

  it('on a read-only file system: plain words, original intact, and Save As elsewhere works', async (t) => {
    const mnt = join(dir, 'ro');
    await mkdir(mnt);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt]).status !== 0) {
      t.skip('mounting a tmpfs is not permitted here, so a read-only disk cannot be simulated');
      return;
    }
    try {
      const file = join(mnt, 'banjir.newsroom.json');
      const before = nativeText(await seed());
      await writeFile(file, before);
      expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0);
      const { ctx, dialogs, call } = await startApp(join(dir, 'ud'));
      dialogs.enqueue({ kind: 'open', path: file });
      const opened = await call('document:open', {});
      if (!opened.ok) throw new Error(opened.error.message);
      const { document, article } = opened.value as {
        document: { token: string };
        article: { headline: string };
      };
      const edited = { ...article, headline: 'Banjir surut' };
      expect(await call('document:save', { token: document.token, article: edited })).toEqual({
        ok: false,
        error: {
          code: 'io',
          message: 'banjir.newsroom.json: the disk is read-only; nothing was changed.',
        },
      });
      expect(await readFile(file, 'utf8')).toBe(before);
      await onlyTheStory(mnt, 'banjir.newsroom.json');

      // Save As, the way out the window offers, lands somewhere writable.
      const elsewhere = join(dir, 'elsewhere');
      await mkdir(elsewhere);
      await ctx.access.grantFolder(elsewhere);
      dialogs.enqueue({ kind: 'save', path: join(elsewhere, 'banjir.newsroom.json') });
      const savedAs = await call('document:saveAs', { token: document.token, article: edited });
      expect(savedAs).toMatchObject({ ok: true, value: { document: { folder: elsewhere } } });
      expect(
        JSON.parse(await readFile(join(elsewhere, 'banjir.newsroom.json'), 'utf8')).headline,
      ).toBe('Banjir surut');
      expect(await readFile(file, 'utf8')).toBe(before);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
