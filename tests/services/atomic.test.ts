import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  sweepTempFiles,
  TEMP_MARKER,
  tempFileOwner,
  writeFileAtomic,
} from '../../electron/services/atomic';
import { repoRoot, tempDir } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

const isRoot = process.getuid?.() === 0;

/**
 * Runs writeFileAtomic in a child process as `nobody` (when we are root, permissions do not
 * bind us) and returns the error code it met, or "ok". The module is bundled into the temp
 * folder first, so the child needs no access to the checkout (which may sit under /root).
 */
async function writeAsUnprivileged(target: string, data: string): Promise<string> {
  const bundle = join(dir, 'atomic-under-test.mjs');
  await build({
    entryPoints: [join(repoRoot, 'electron/services/atomic.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
  });
  await chmod(bundle, 0o644);
  const script = `
    const { writeFileAtomic } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    try { await writeFileAtomic(${JSON.stringify(target)}, ${JSON.stringify(data)}); console.log('ok'); }
    catch (e) { console.log(e.code ?? e.message); }
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
    ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
    env: { PATH: process.env.PATH, HOME: '/tmp' },
  });
  return `${r.stdout}${r.stderr}`.trim().split('\n').pop() ?? '';
}

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the file mode and leaves no temp file', async () => {
    const target = join(dir, 'story.newsroom.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['story.newsroom.json']);
  });

  it('never lets a reader see a mix of old and new or an empty file', async () => {
    const target = join(dir, 'big.json');
    const a = 'A'.repeat(512 * 1024);
    const b = 'B'.repeat(256 * 1024);
    await writeFile(target, a);
    const seen = new Set<string>();
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const text = await readFile(target, 'utf8');
        seen.add(text === a ? 'A' : text === b ? 'B' : `torn:${text.length}`);
      }
    })();
    for (let i = 0; i < 40; i++) await writeFileAtomic(target, i % 2 ? a : b);
    writing = false;
    await reader;
    expect([...seen].filter((s) => s.startsWith('torn'))).toEqual([]);
    expect(await readdir(dir)).toEqual(['big.json']);
  });

  it('in a read-only folder fails with EACCES and leaves the original byte-identical', async () => {
    const folder = join(dir, 'locked');
    await mkdir(folder);
    const target = join(folder, 'story.txt');
    await writeFile(target, 'the only copy');
    await chmod(target, 0o666);
    await chmod(folder, 0o555);
    await chmod(dir, 0o755);
    expect(await writeAsUnprivileged(target, 'replacement')).toBe('EACCES');
    expect(await readFile(target, 'utf8')).toBe('the only copy');
    expect(await readdir(folder)).toEqual(['story.txt']);
  });

  it('refuses to replace a read-only file, even in a writable folder', async () => {
    const folder = join(dir, 'open');
    await mkdir(folder, { mode: 0o777 });
    await chmod(folder, 0o777);
    await chmod(dir, 0o755);
    if (isRoot) await chown(folder, 65534, 65534);
    const target = join(folder, 'story.txt');
    await writeFile(target, 'do not touch');
    await chmod(target, 0o444);
    expect(await writeAsUnprivileged(target, 'replacement')).toBe('EACCES');
    expect(await readFile(target, 'utf8')).toBe('do not touch');
    expect(await readdir(folder)).toEqual(['story.txt']);
  });

  it('on a full disk fails with ENOSPC and leaves the original and no temp file', async (t) => {
    const mnt = join(dir, 'tiny');
    await mkdir(mnt);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    if (mounted.status !== 0) {
      t.skip('mounting a 64 KB tmpfs is not permitted here, so a full disk cannot be simulated');
      return;
    }
    try {
      const target = join(mnt, 'story.newsroom.json');
      await writeFile(target, 'original story');
      await expect(writeFileAtomic(target, 'x'.repeat(512 * 1024))).rejects.toMatchObject({
        code: 'ENOSPC',
      });
      expect(await readFile(target, 'utf8')).toBe('original story');
      expect(await readdir(mnt)).toEqual(['story.newsroom.json']);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('sweepTempFiles', () => {
  it('removes temp files of dead writers and keeps those of running ones', async () => {
    const dead = `.story.json${TEMP_MARKER}999999999-abcd1234`;
    const live = `.story.json${TEMP_MARKER}1-abcd1234`; // pid 1 is always running
    const unnamed = `.notes.txt${TEMP_MARKER}junk`;
    await writeFile(join(dir, 'story.json'), 'keep');
    for (const n of [dead, live, unnamed]) await writeFile(join(dir, n), 'partial');
    expect(tempFileOwner(dead)).toBe(999999999);
    expect((await sweepTempFiles(dir)).sort()).toEqual([dead, unnamed].sort());
    expect((await readdir(dir)).sort()).toEqual([live, 'story.json'].sort());
  });

  it('a save killed between write and rename leaves a temp file that the next start sweeps', async () => {
    const target = join(dir, 'story.newsroom.json');
    await writeFile(target, 'saved before the crash');
    // The child opens the temp file and writes, then dies before renaming (SIGKILL on itself).
    const script = `
      const { tempPathFor } = await import(${JSON.stringify(join(repoRoot, 'electron/services/atomic.ts'))});
      const { writeFileSync } = await import('node:fs');
      writeFileSync(tempPathFor(${JSON.stringify(target)}), 'half a sto');
      process.kill(process.pid, 'SIGKILL');
    `;
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: repoRoot,
      },
    );
    expect(r.signal).toBe('SIGKILL');
    expect((await readdir(dir)).length).toBe(2);
    expect(await sweepTempFiles(dir)).toHaveLength(1);
    expect(await readdir(dir)).toEqual(['story.newsroom.json']);
    expect(await readFile(target, 'utf8')).toBe('saved before the crash');
  });
});
