import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, makeContext, nativeText, seed, tempDir } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

/** Starts the typing child, waits until it has written `words` recovery copies, kills it. */
function typeThenCrash(userData: string, file: string, words: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'tests/services/recoveryChild.ts'), userData, file],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let last = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      const m = [...d.toString().matchAll(/typed (\d+)/g)].pop();
      if (m) last = Number(m[1]);
      if (last >= words && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(last);
      else reject(new Error(`child exited without being killed: ${err}`));
    });
  });
}

describe('recovery after a crash', () => {
  it('offers the typed text of a killed run, restores it unsaved, and leaves the original alone', async () => {
    const userData = join(dir, 'user-data');
    const file = join(dir, 'tiongkok.newsroom.json');
    const original = nativeText(await seed());
    await writeFile(file, original);

    const typed = await typeThenCrash(userData, file, 25);
    expect(typed).toBeGreaterThanOrEqual(25);

    const { ctx } = await makeContext(userData);
    const list = await ctx.recovery.list();
    expect(list.setAside).toEqual([]);
    expect(list.entries).toHaveLength(1);
    const entry = list.entries[0]!;
    expect(entry).toMatchObject({
      name: 'tiongkok.newsroom.json',
      folder: dir,
      headline: 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
    });

    const restored = await ctx.documents.restore(entry.id);
    expect(restored.document).toMatchObject({ recovered: true, hasFile: true, folder: dir });
    const para = restored.article.blocks.find((b) => b.type === 'paragraph');
    // The copy holds a whole state of the typing: the words in order, up to one the child wrote.
    const words = para && para.type === 'paragraph' ? para.text.match(/kata\d+/g) : null;
    expect(words?.length).toBeGreaterThanOrEqual(typed - 1);
    expect(words).toEqual(Array.from({ length: words!.length }, (_, i) => `kata${i + 1}`));
    expect(await readFile(file, 'utf8')).toBe(original);

    // This run now owns the copy: it is not offered again, and saving removes it.
    expect((await ctx.recovery.list()).entries).toEqual([]);
    await ctx.documents.save(restored.document.token, restored.article);
    expect(await readFile(file, 'utf8')).toContain('kata1 kata2');
    expect(await readdir(join(userData, 'recovery'))).toEqual([]);
  });

  it('sets a corrupt recovery file aside and still lists the good ones', async () => {
    const userData = join(dir, 'user-data');
    const first = await makeContext(userData);
    const doc = first.ctx.documents.newDocument({ language: 'id' });
    const article = { ...doc.article, headline: 'Banjir di Jakarta' };
    await first.ctx.documents.writeRecovery(doc.document.token, article);
    await writeFile(join(userData, 'recovery', 'rbroken.json'), '{"version": 1, "id": ');

    const next = await makeContext(userData);
    const list = await next.ctx.recovery.list();
    expect(list.entries.map((e) => e.headline)).toEqual(['Banjir di Jakarta']);
    expect(list.setAside).toHaveLength(1);
    expect(list.setAside[0]).toMatch(/^rbroken\.corrupt-.*\.json$/);
    const restored = await next.ctx.documents.restore(list.entries[0]!.id);
    expect(restored.document).toMatchObject({ recovered: true, hasFile: false });
    expect(restored.article.headline).toBe('Banjir di Jakarta');
  });

  it('does not offer copies of documents this run has open, and Close discards them', async () => {
    const { ctx } = await makeContext(join(dir, 'user-data'));
    const doc = ctx.documents.newDocument();
    await ctx.documents.writeRecovery(doc.document.token, doc.article);
    expect((await ctx.recovery.list()).entries).toEqual([]);
    await ctx.documents.close(doc.document.token);
    expect(await readdir(join(dir, 'user-data', 'recovery'))).toEqual([]);
  });
});
