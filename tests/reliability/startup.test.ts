/**
 * Start-up with damaged state in the user-data folder: the app starts, the damaged file is set
 * aside with its bytes intact and reported to the window, and nothing is silently reset.
 * (Single damaged files are pinned in tests/services/settings.test.ts and recovery.test.ts.)
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_FILE } from '../../electron/services/settings';
import { seed, tempDir } from '../services/support';
import { startApp } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir('newsroom-startup-'));
});
afterEach(async () => cleanup());

const SEED = Number(process.env.NEWSROOM_SEED ?? Date.now() % 2 ** 31);

describe('start-up with damaged user data', () => {
  it('whatever bytes settings.json holds, the app starts and keeps those bytes aside or uses them', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) => new TextEncoder().encode(JSON.stringify(v))),
          fc.constantFrom(
            new TextEncoder().encode('{"uiLanguage": "id", "theme": '),
            new TextEncoder().encode('{"uiLanguage": "id", "theme": "purple"}'),
            new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
            new Uint8Array(0),
          ),
        ),
        async (bytes) => {
          const ud = join(dir, `ud-${n++}`);
          await mkdir(ud);
          await writeFile(join(ud, SETTINGS_FILE), bytes);
          const { call } = await startApp(ud);
          const r = await call('settings:get', {});
          expect(r.ok).toBe(true);
          const settings = (r as { value: { problem: { setAsideAs: string | null } | null } })
            .value;
          const names = await readdir(ud);
          if (settings.problem) {
            // Set aside, byte for byte, and the window is told where.
            expect(settings.problem.setAsideAs).not.toBeNull();
            expect(names).toContain(settings.problem.setAsideAs);
            expect(new Uint8Array(await readFile(join(ud, settings.problem.setAsideAs!)))).toEqual(
              bytes,
            );
          } else {
            // Accepted: then the file is still there as it was.
            expect(new Uint8Array(await readFile(join(ud, SETTINGS_FILE)))).toEqual(bytes);
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('starts when settings.json is a folder, and reports it', async () => {
    await mkdir(join(dir, SETTINGS_FILE));
    const { call } = await startApp(dir);
    const r = await call('settings:get', {});
    expect(r).toMatchObject({ ok: true, value: { problem: { message: expect.any(String) } } });
  });

  it('lists the good recovery copies when the folder also holds a corrupt one and a stray folder', async () => {
    const first = await startApp(join(dir, 'ud'));
    const opened = await first.call('document:new', {});
    const token = (opened as { value: { document: { token: string } } }).value.document.token;
    const article = { ...(await seed()), headline: 'Salinan yang selamat' };
    expect(await first.call('recovery:write', { token, article })).toMatchObject({ ok: true });
    const recovery = join(dir, 'ud', 'recovery');
    await writeFile(join(recovery, 'rdeadbeef.json'), '{"id": "rdeadbeef", "article": {');
    await mkdir(join(recovery, 'rstray.json'));

    // A second run (the first one's session is over: its copies are offered).
    const second = await startApp(join(dir, 'ud'));
    const list = await second.call('recovery:list', {});
    expect(list).toMatchObject({ ok: true });
    const value = (list as { value: { entries: { headline: string }[]; setAside: string[] } })
      .value;
    expect(value.entries.map((e) => e.headline)).toContain('Salinan yang selamat');
    expect(value.setAside.length).toBeGreaterThanOrEqual(1);
  });
});
