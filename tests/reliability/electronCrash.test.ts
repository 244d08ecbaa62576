/**
 * Issue 7, crash while typing, the Electron half: the renderer dies mid-typing while the main
 * process lives (`forcefullyCrashRenderer`, what `process.crash()` in the renderer does). The
 * reloaded window must offer the typed draft, restore it marked recovered and unsaved, and the
 * original file must be untouched. Runs wherever an Electron binary is installed; skipped here
 * otherwise, with the reason printed. The host half is tests/e2e/crash-typing.spec.ts, the
 * service half (DocumentService.abandonAll) tests/reliability/rendererCrash.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeText, repoRoot, seed } from '../services/support';

function electronBinary(): string | null {
  const pathFile = join(repoRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(repoRoot, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path) ? path : null;
}

const binary = electronBinary();
if (!binary)
  console.warn(
    'tests/reliability/electronCrash: no Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); renderer crash skipped',
  );

const TYPED = ' Diketik sebelum jendela mati.';

describe.skipIf(!binary)('the renderer crashes while typing (Electron)', () => {
  let app: ElectronApplication;
  let dir: string;
  let story: string;
  let original: string;

  beforeAll(async () => {
    if (!existsSync(join(repoRoot, 'dist', 'electron', 'main.cjs'))) {
      const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot });
      if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
    }
    dir = await mkdtemp(join(tmpdir(), 'newsroom-electron-crash-'));
    story = join(dir, 'tiongkok.newsroom.json');
    original = nativeText(await seed());
    await writeFile(story, original);
    app = await _electron.launch({
      executablePath: binary!,
      args: [repoRoot, story],
      cwd: repoRoot,
      env: { ...process.env, NEWSROOM_USER_DATA: join(dir, 'user-data') },
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the reloaded window restores the typed draft, recovered and unsaved; the original is untouched', async () => {
    const page = await app.firstWindow();
    const headline = page.locator('h1[data-node="headline"]');
    await headline.waitFor({ timeout: 30_000 });
    await headline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED, { delay: 20 });
    // The recovery copy is written about a second after typing stops; the status bar says so.
    await page.getByText('Recovery copy kept').waitFor({ timeout: 15_000 });
    const typed = await headline.innerText();
    expect(typed.endsWith(TYPED)).toBe(true);

    const reloaded = app.waitForEvent('window').catch(() => null);
    await app.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer();
    });
    // Main reloads the same window (or opens a new one); either way, take the live page.
    await Promise.race([reloaded, new Promise((r) => setTimeout(r, 3000))]);
    const live = app.windows().at(-1)!;
    await live.waitForLoadState('domcontentloaded');
    const prompt = live.getByTestId('recovery-prompt');
    await prompt.waitFor({ timeout: 30_000 });
    await prompt.getByRole('button', { name: `Restore ${typed}` }).click();
    await live.getByTestId('save-state').filter({ hasText: 'Recovered — not saved' }).waitFor();
    expect(await live.locator('h1[data-node="headline"]').innerText()).toBe(typed);
    expect(await readFile(story, 'utf8')).toBe(original);
  }, 120_000);
});
