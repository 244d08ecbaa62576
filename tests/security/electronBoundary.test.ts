/**
 * The desktop boundary where an Electron binary exists (skipped here, with the reason printed):
 * the real window refuses permission requests, and a packaged build carries the fuses
 * electron-builder.yml asks for (`@electron/fuses read`). Navigation, window.open, sandboxing and
 * the absence of require/process in the page are pinned in tests/electron/app.test.ts; the
 * handlers themselves, with a faked electron, in tests/electron/main.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../services/support';

function electronBinary(): string | null {
  const pathFile = join(repoRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(repoRoot, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path) ? path : null;
}

/** The packaged Linux binary electron-builder leaves in release/, if a package was built. */
function packagedBinary(): string | null {
  const unpacked = join(repoRoot, 'release', 'linux-unpacked');
  if (!existsSync(unpacked)) return null;
  const candidates = readdirSync(unpacked).filter((n) => {
    const p = join(unpacked, n);
    return statSync(p).isFile() && (statSync(p).mode & 0o111) !== 0 && !/\.(so|sh)$/.test(n);
  });
  const main = candidates.find((n) => /newsroom/i.test(n));
  return main ? join(unpacked, main) : null;
}

const binary = electronBinary();
if (!binary)
  console.warn(
    'tests/security/electronBoundary: no Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); window checks skipped',
  );

describe.skipIf(!binary)('the real window', () => {
  let app: ElectronApplication;
  let page: Page;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsroom-boundary-'));
    app = await _electron.launch({
      executablePath: binary!,
      args: [repoRoot],
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

  it('refuses permission requests: notifications, camera and microphone, geolocation', async () => {
    const answers = await page.evaluate(async () => {
      const notification = await Notification.requestPermission();
      const media = await navigator.mediaDevices
        .getUserMedia({ audio: true, video: true })
        .then(() => 'granted')
        .catch((e: Error) => e.name);
      const geo = await new Promise<string>((resolve) =>
        navigator.geolocation.getCurrentPosition(
          () => resolve('granted'),
          (e) => resolve(`error ${e.code}`),
          { timeout: 5000 },
        ),
      );
      return { notification, media, geo };
    });
    expect(answers.notification).toBe('denied');
    expect(answers.media).not.toBe('granted');
    expect(answers.geo).not.toBe('granted');
  });
});

const packaged = packagedBinary();
if (!packaged)
  console.warn(
    'tests/security/electronBoundary: no packaged build in release/linux-unpacked (npm run dist); fuse check skipped',
  );
describe.skipIf(!packaged)('the packaged binary', () => {
  it('has the fuses electron-builder.yml sets', async () => {
    const require = createRequire(import.meta.url);
    // @electron/fuses comes with electron-builder, which sets the fuses when packaging.
    const fuses = require('@electron/fuses') as {
      getCurrentFuseWire: (path: string) => Promise<Record<number, number>>;
      FuseV1Options: Record<string, number>;
    };
    const wire = await fuses.getCurrentFuseWire(packaged!);
    const o = fuses.FuseV1Options;
    const ENABLE = 49;
    const DISABLE = 48;
    expect(wire[o.RunAsNode!]).toBe(DISABLE);
    expect(wire[o.EnableCookieEncryption!]).toBe(ENABLE);
    expect(wire[o.EnableNodeOptionsEnvironmentVariable!]).toBe(DISABLE);
    expect(wire[o.EnableNodeCliInspectArguments!]).toBe(DISABLE);
    expect(wire[o.EnableEmbeddedAsarIntegrityValidation!]).toBe(ENABLE);
    expect(wire[o.OnlyLoadAppFromAsar!]).toBe(ENABLE);
    expect(wire[o.GrantFileProtocolExtraPrivileges!]).toBe(DISABLE);
  });
});
