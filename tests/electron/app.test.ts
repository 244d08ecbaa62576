/**
 * The real desktop app, driven by Playwright's Electron support. Runs wherever an Electron
 * binary is installed; elsewhere (CI here installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it is
 * skipped with the reason printed. Builds dist/ first if it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeText, repoRoot, seed } from '../services/support';

function electronBinary(): { path: string } | { reason: string } {
  const pathFile = join(repoRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason:
        'no Electron binary: node_modules/electron has no path.txt (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); run `node node_modules/electron/install.js` where downloads are allowed',
    };
  }
  const path = join(repoRoot, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path) ? { path } : { reason: `no Electron binary at ${path}` };
}

const binary = electronBinary();
if ('reason' in binary) console.warn(`tests/electron skipped: ${binary.reason}`);

describe.skipIf('reason' in binary)('the desktop app (Electron)', () => {
  let app: ElectronApplication;
  let page: Page;
  let dir: string;
  let story: string;

  beforeAll(async () => {
    if (!existsSync(join(repoRoot, 'dist', 'electron', 'main.cjs'))) {
      const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot });
      if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
    }
    dir = await mkdtemp(join(tmpdir(), 'newsroom-electron-'));
    story = join(dir, 'tiongkok.newsroom.json');
    await writeFile(story, nativeText(await seed()));
    app = await _electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [repoRoot, story],
      cwd: repoRoot,
      env: { ...process.env, NEWSROOM_USER_DATA: join(dir, 'user-data') },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads the renderer from app://, sandboxed and isolated', async () => {
    expect(page.url()).toMatch(/^app:\/\/newsroom\//);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
    // The preload's own world holds ipcRenderer; the page sees only the bridge functions.
    expect(
      await page.evaluate(() =>
        Object.keys((window as unknown as { newsroomBridge: object }).newsroomBridge).sort(),
      ),
    ).toEqual(['invoke', 'onEvent', 'openDroppedFile']);
  });

  it('answers the contract through the preload and refuses the path channel from the page', async () => {
    const info = await page.evaluate(() =>
      (
        window as unknown as { newsroomBridge: { invoke(c: string, p: unknown): Promise<unknown> } }
      ).newsroomBridge.invoke('app:info', {}),
    );
    expect(info).toMatchObject({ ok: true, value: { transport: 'electron' } });
    const refused = await page.evaluate(() =>
      (
        window as unknown as { newsroomBridge: { invoke(c: string, p: unknown): Promise<unknown> } }
      ).newsroomBridge.invoke('document:openPath', { path: '/etc/passwd' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens the file given on the command line', async () => {
    type Bridge = { newsroomBridge: { invoke(c: string, p: unknown): Promise<unknown> } };
    // Whoever takes the pending open (the renderer at start, or this call), it lands in recents.
    await page.evaluate(() =>
      (window as unknown as Bridge).newsroomBridge.invoke('app:takePendingOpens', {}),
    );
    const settings = (await page.evaluate(() =>
      (window as unknown as Bridge).newsroomBridge.invoke('settings:get', {}),
    )) as { value: { recentFiles: { name: string }[] } };
    expect(settings.value.recentFiles.map((r) => r.name)).toContain('tiongkok.newsroom.json');
  });

  it('denies new windows and navigation away from the app', async () => {
    await page.evaluate(() => {
      window.open('https://example.com/');
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^app:\/\/newsroom\//);
  });
});
