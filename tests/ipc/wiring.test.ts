import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../services/support';

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(p)));
    else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) out.push(p);
  }
  return out;
}

describe('IPC wiring', () => {
  it('only electron/ipc/electronIpc.ts registers ipcMain handlers', async () => {
    const offenders: string[] = [];
    for (const file of await sources(join(repoRoot, 'electron'))) {
      const text = await readFile(file, 'utf8');
      const rel = relative(repoRoot, file);
      if (rel === join('electron', 'ipc', 'electronIpc.ts')) continue;
      if (/ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/.test(text)) {
        offenders.push(rel);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the preload exposes only the bridge and the API, never ipcRenderer', async () => {
    const text = await readFile(join(repoRoot, 'electron', 'preload.ts'), 'utf8');
    const exposed = [...text.matchAll(/exposeInMainWorld\(\s*([A-Z_]+)/g)].map((m) => m[1]);
    expect(exposed).toEqual(['BRIDGE_GLOBAL', 'API_GLOBAL']);
    expect(text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
