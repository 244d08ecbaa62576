import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/ipc/context';
import { sha256, suggestFileName } from '../../electron/services/documents';
import { makeContext, nativeText, seed, tempDir } from './support';

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;
let file: string;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir());
  ({ ctx } = await makeContext(join(dir, 'user-data')));
  file = join(dir, 'story.newsroom.json');
  await writeFile(file, nativeText(await seed()));
});
afterEach(async () => cleanup());

async function openFile() {
  return ctx.documents.openFile(await ctx.access.resolveForRead(await ctx.access.grantFile(file)));
}

describe('DocumentService', () => {
  it('opens a native file with its content hash and adds it to the recent list', async () => {
    const { document, article } = await openFile();
    expect(document).toMatchObject({
      name: 'story.newsroom.json',
      folder: dir,
      hasFile: true,
      format: 'native',
      recovered: false,
      contentHash: sha256(await readFile(file)),
    });
    expect(document.token).toMatch(/^doc_[A-Za-z0-9_-]{24}$/);
    expect(article.language).toBe('id');
    expect(ctx.settings.view().recentFiles.map((r) => r.name)).toEqual(['story.newsroom.json']);
  });

  it('sees an outside edit that keeps the size and the modification time', async () => {
    // A whole-second time, so setting it back is exact on every file system.
    const when = new Date('2025-09-29T11:33:00Z');
    await utimes(file, when, when);
    const { document } = await openFile();
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    const edited = text.replace('Tiongkok dan Korea', 'Tiongkok dan KOREA');
    expect(edited.length).toBe(text.length);
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    await utimes(file, when, when);
    const after = await stat(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);

    expect(await ctx.documents.checkExternal(document.token)).toEqual({
      status: 'changed',
      contentHash: sha256(edited),
    });
  });

  it('says same when nothing changed, and deleted when the file is gone', async () => {
    const { document } = await openFile();
    expect((await ctx.documents.checkExternal(document.token)).status).toBe('same');
    await rm(file);
    expect(await ctx.documents.checkExternal(document.token)).toEqual({
      status: 'deleted',
      contentHash: null,
    });
  });

  it('refuses to save over an outside change unless told to, then saves with a new hash', async () => {
    const { document, article } = await openFile();
    await writeFile(file, (await readFile(file, 'utf8')).replace('Beijing', 'BEIJING'));
    const mine = { ...article, headline: 'Headline changed in the app' };
    await expect(ctx.documents.save(document.token, mine)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await readFile(file, 'utf8')).toContain('BEIJING');

    const saved = await ctx.documents.save(document.token, mine, { overwrite: true });
    const onDisk = await readFile(file, 'utf8');
    expect(JSON.parse(onDisk).headline).toBe('Headline changed in the app');
    expect(saved?.contentHash).toBe(sha256(onDisk));
    expect((await ctx.documents.checkExternal(document.token)).status).toBe('same');
  });

  it('a deleted file is written again on save', async () => {
    const { document, article } = await openFile();
    await rm(file);
    await ctx.documents.save(document.token, article);
    expect(JSON.parse(await readFile(file, 'utf8')).id).toBe(article.id);
  });

  it('imports a non-native draft as untitled work, so saving never overwrites the .txt', async () => {
    const txt = join(dir, 'draft.txt');
    await writeFile(txt, 'Judul Berita\n\nJAKARTA - Isi berita pertama.\n');
    const real = await ctx.access.resolveForRead(await ctx.access.grantFile(txt));
    const opened = await ctx.documents.openFile(real);
    expect(opened.document).toMatchObject({ hasFile: false, folder: null, format: 'text' });
    expect(await ctx.documents.save(opened.document.token, opened.article)).toBeNull();
  });

  it('reloads a changed file and forgets the conflict', async () => {
    const { document } = await openFile();
    await writeFile(file, (await readFile(file, 'utf8')).replace('Beijing', 'Pyongyang'));
    const reloaded = await ctx.documents.reload(document.token);
    expect(reloaded.article.dateline?.place).toBe('Pyongyang');
    expect((await ctx.documents.checkExternal(document.token)).status).toBe('same');
  });

  it('runs quick saves and recovery copies in order: hash matches disk, no stale copy left', async () => {
    const { document, article } = await openFile();
    const versions = Array.from({ length: 12 }, (_, i) => ({ ...article, headline: `Versi ${i}` }));
    await Promise.all(
      versions.flatMap((v) => [
        ctx.documents.writeRecovery(document.token, v),
        ctx.documents.save(document.token, v),
      ]),
    );
    expect(JSON.parse(await readFile(file, 'utf8')).headline).toBe('Versi 11');
    expect((await ctx.documents.checkExternal(document.token)).status).toBe('same');
    expect(await readdir(join(dir, 'user-data', 'recovery'))).toEqual([]);
  });

  it('on a full disk, Save says so plainly and the file on disk stays as it was', async (t) => {
    const mnt = join(dir, 'tiny');
    await mkdir(mnt);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status !== 0) {
      t.skip('mounting a 64 KB tmpfs is not permitted here, so a full disk cannot be simulated');
      return;
    }
    try {
      file = join(mnt, 'story.newsroom.json');
      const before = nativeText(await seed());
      await writeFile(file, before);
      const { document, article } = await openFile();
      const huge = { ...article, headline: 'x'.repeat(200 * 1024) };
      await expect(ctx.documents.save(document.token, huge)).rejects.toMatchObject({
        code: 'io',
        message: 'story.newsroom.json: the disk is full; nothing was changed.',
      });
      expect(await readFile(file, 'utf8')).toBe(before);
      expect(await readdir(mnt)).toEqual(['story.newsroom.json']);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });

  it('suggests file names from headlines', () => {
    expect(suggestFileName('Tiongkok dan Korea Utara Sepakat, Tolak Dominasi Asing')).toBe(
      'tiongkok-dan-korea-utara-sepakat-tolak-dominasi-asing.newsroom.json',
    );
    expect(suggestFileName('draft.docx')).toBe('draft.newsroom.json');
    expect(suggestFileName('')).toBe('untitled.newsroom.json');
  });
});
