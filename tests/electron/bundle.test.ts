/**
 * The built bundles themselves (what `npm start` and electron-builder ship), loaded by plain
 * Node with a faked `electron`: main must start, register every channel and serve app:// from
 * dist/renderer beside it; the preload must expose exactly the bridge and the API.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { repoRoot } from '../services/support';

const FAKE = join(repoRoot, 'tests', 'electron', 'fixtures', 'fake-electron.cjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-bundle-'));
  const built = spawnSync(
    process.execPath,
    ['scripts/build.mjs', '--only', 'electron', '--electron-out', join(dir, 'electron')],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}${built.stdout}`);
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>built</title>');
  await mkdir(join(dir, 'user-data'));
}, 60_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

function run(script: string): { seen: Record<string, unknown>; stderr: string } {
  const r = spawnSync(process.execPath, ['-r', FAKE, '-e', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEWSROOM_USER_DATA: join(dir, 'user-data') },
    timeout: 20_000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{'))
    throw new Error(`no report (exit ${r.status}): ${r.stderr}${r.stdout}`);
  return { seen: JSON.parse(line), stderr: r.stderr };
}

describe('the built Electron bundles', () => {
  it('main.cjs starts, registers every channel, and serves app:// from ../renderer with the CSP', () => {
    const { seen } = run(`
      require(${JSON.stringify(join(dir, 'electron', 'main.cjs'))});
      setTimeout(async () => {
        const res = await global.__appProtocol(new Request('app://newsroom/index.html'));
        global.__seen.page = { status: res.status, csp: res.headers.get('content-security-policy'), body: await res.text() };
        console.log(JSON.stringify(global.__seen));
        process.exit(0);
      }, 500);
    `);
    expect(seen.schemes).toEqual(['app']);
    expect(seen.protocols).toEqual(['app']);
    expect((seen.channels as string[]).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(seen.permissionDenied).toBe(true);
    expect(seen.menu).toEqual(['&File', '&Edit', '&View', '&Help']);
    const [win] = seen.windows as { url: string; webPreferences: Record<string, unknown> }[];
    expect(win!.url).toBe('app://newsroom/index.html');
    expect(win!.webPreferences).toMatchObject({
      preload: join(dir, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(seen.page).toMatchObject({ status: 200, body: '<!doctype html><title>built</title>' });
    expect((seen.page as { csp: string }).csp).toContain("script-src 'self'");
  });

  it('preload.cjs exposes exactly the bridge and the API', () => {
    const { seen } = run(`
      require(${JSON.stringify(join(dir, 'electron', 'preload.cjs'))});
      console.log(JSON.stringify(global.__seen));
    `);
    expect(seen.exposed).toEqual({
      newsroomBridge: ['invoke', 'onEvent', 'openDroppedFile'],
      newsroom: expect.arrayContaining(['appInfo', 'saveDocument', 'openDroppedFile', 'onEvent']),
    });
  });
});
