import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPathString, isInside, PathAccess } from '../../electron/services/paths';
import { tempDir } from './support';

let root: string;
let cleanup: () => Promise<void>;
let chosen: string;
let outside: string;
let access: PathAccess;

beforeEach(async () => {
  ({ path: root, cleanup } = await tempDir());
  chosen = join(root, 'chosen');
  outside = join(root, 'outside');
  await mkdir(join(chosen, 'sub'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(chosen, 'story.newsroom.json'), '{}');
  await writeFile(join(chosen, 'sub', 'draft.txt'), 'draft');
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await symlink(join(outside, 'secret.txt'), join(chosen, 'link-out.txt'));
  await symlink(outside, join(chosen, 'dir-out'));
  await symlink(join(chosen, 'sub', 'draft.txt'), join(chosen, 'link-in.txt'));
  access = new PathAccess();
  await access.grantFolder(chosen);
});
afterEach(async () => cleanup());

describe('PathAccess', () => {
  it('reads files inside a granted folder, through links that stay inside', async () => {
    expect(await access.resolveForRead(join(chosen, 'sub', 'draft.txt'))).toBe(
      join(chosen, 'sub', 'draft.txt'),
    );
    expect(await access.resolveForRead(join(chosen, 'link-in.txt'))).toBe(
      join(chosen, 'sub', 'draft.txt'),
    );
  });

  it.each([
    ['a parent segment', () => join(chosen, '..', 'outside', 'secret.txt')],
    ['a parent segment that stays inside', () => `${chosen}/sub/../story.newsroom.json`],
    ['a relative path', () => 'chosen/story.newsroom.json'],
    ['a bare parent path', () => '../outside/secret.txt'],
    ['percent-encoded dots', () => `${chosen}/%2e%2e/outside/secret.txt`],
    ['percent-encoded slash', () => `${chosen}/..%2Foutside%2Fsecret.txt`],
    ['a NUL byte', () => `${chosen}/story.newsroom.json\0.txt`],
    ['a file URL', () => `file://${chosen}/story.newsroom.json`],
    ['an absolute path outside', () => join(outside, 'secret.txt')],
    ['/etc/passwd', () => '/etc/passwd'],
    ['a symlink to a file outside', () => join(chosen, 'link-out.txt')],
    ['a file under a symlinked folder outside', () => join(chosen, 'dir-out', 'secret.txt')],
    ['a backslash parent segment', () => `${chosen}\\..\\outside\\secret.txt`],
  ])('refuses %s', async (_label, path) => {
    await expect(access.resolveForRead(path())).rejects.toMatchObject({ code: 'access-denied' });
  });

  it('grants single files exactly, not their folder', async () => {
    const only = new PathAccess();
    await only.grantFile(join(outside, 'secret.txt'));
    expect(await only.resolveForRead(join(outside, 'secret.txt'))).toBe(
      join(outside, 'secret.txt'),
    );
    await writeFile(join(outside, 'other.txt'), 'x');
    await expect(only.resolveForRead(join(outside, 'other.txt'))).rejects.toMatchObject({
      code: 'access-denied',
    });
  });

  it('refuses a write whose real target is outside, and a folder that is a link out', async () => {
    await expect(access.resolveForWrite(join(chosen, 'link-out.txt'))).rejects.toMatchObject({
      code: 'access-denied',
    });
    await expect(access.resolveForWrite(join(chosen, 'dir-out', 'new.txt'))).rejects.toMatchObject({
      code: 'access-denied',
    });
    expect(await access.resolveForWrite(join(chosen, 'new.newsroom.json'))).toBe(
      join(chosen, 'new.newsroom.json'),
    );
    await expect(access.resolveFolder(join(chosen, 'dir-out'))).rejects.toMatchObject({
      code: 'access-denied',
    });
  });

  it('says not-found for a granted file that is gone', async () => {
    await expect(access.resolveForRead(join(chosen, 'gone.txt'))).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('never resolves a path outside the granted folder, whatever the segments', async () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '', 'sub', 'outside', 'secret.txt', 'draft.txt', 'link-out.txt'),
      fc.constantFrom('dir-out', '%2e%2e', '..%2f', '\0', '~', 'chosen', '...'),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 6 }), async (segments) => {
        const path = [chosen, ...segments].join('/');
        try {
          const real = await access.resolveForRead(path);
          expect(isInside(chosen, real)).toBe(true);
        } catch (e) {
          expect(['access-denied', 'not-found']).toContain((e as { code?: string }).code);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('isInside', () => {
  it('treats a name starting with two dots as inside', () => {
    expect(isInside('/a/b', '/a/b/..hidden')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(checkPathString('/a/b/./c')).toBe('/a/b/c');
  });
});
