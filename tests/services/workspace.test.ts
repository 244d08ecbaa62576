import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_MARKER } from '../../electron/services/atomic';
import { listWorkspace } from '../../electron/services/workspace';
import { tempDir } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

describe('listWorkspace', () => {
  it('lists drafts newest first, leaving out hidden, temp, foreign and linked-out files', async () => {
    const ws = join(dir, 'ws');
    await mkdir(ws);
    await mkdir(join(dir, 'outside'));
    await writeFile(join(dir, 'outside', 'secret.txt'), 'secret');
    const files: [string, string][] = [
      ['banjir.newsroom.json', '2025-10-01T08:00:00Z'],
      ['draf-lama.txt', '2025-09-01T08:00:00Z'],
      ['wawancara.docx', '2025-09-15T08:00:00Z'],
    ];
    for (const [name, when] of files) {
      await writeFile(join(ws, name), 'x');
      await utimes(join(ws, name), new Date(when), new Date(when));
    }
    await writeFile(join(ws, '.DS_Store.txt'), 'x');
    await writeFile(join(ws, `.banjir.newsroom.json${TEMP_MARKER}1-ab`), 'x');
    await writeFile(join(ws, 'foto.jpg'), 'x');
    await writeFile(join(ws, 'README'), 'x');
    await symlink(join(dir, 'outside', 'secret.txt'), join(ws, 'link-out.txt'));
    await symlink(join(ws, 'draf-lama.txt'), join(ws, 'link-in.txt'));

    const listing = await listWorkspace(ws, ['json', 'txt', 'docx']);
    expect(listing.truncated).toBe(false);
    expect(listing.files.map((f) => f.name)).toEqual([
      'banjir.newsroom.json',
      'wawancara.docx',
      'draf-lama.txt',
      'link-in.txt',
    ]);
    expect(listing.files[0]).toEqual({
      name: 'banjir.newsroom.json',
      path: join(ws, 'banjir.newsroom.json'),
      size: 1,
      modifiedAt: '2025-10-01T08:00:00.000Z',
      native: true,
    });
  });
});
