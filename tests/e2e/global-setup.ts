import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Builds the renderer once (the host serves dist/renderer) and makes the screenshot folder. */
export default function globalSetup(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  mkdirSync(resolve(root, 'tests', 'artifacts'), { recursive: true });
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const r = spawnSync(
    process.execPath,
    [resolve(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0)
    throw new Error('vite build failed; the end-to-end tests need dist/renderer.');
}
