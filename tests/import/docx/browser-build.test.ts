import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { importDocxBytes as ImportDocx } from '../../../shared/import/docx';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-browser-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The renderer bundles the DOCX importer for the browser, where mammoth swaps in its browser build
 * (which reads `arrayBuffer`, not `buffer`). This builds it exactly that way and
 * imports the DOCX seed through it, so the browser path cannot silently break.
 */
describe('importers bundled for the browser', () => {
  it('import a DOCX through mammoth’s browser build', async () => {
    const out = await build({
      entryPoints: [path.join(repoRoot, 'shared', 'import', 'docx.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const file = path.join(dir, 'importers.mjs');
    writeFileSync(file, out.outputFiles[0]!.contents);
    const { importDocxBytes } = (await import(pathToFileURL(file).href)) as {
      importDocxBytes: typeof ImportDocx;
    };
    const bytes = new Uint8Array(
      readFileSync(path.join(repoRoot, 'seeds', 'petani-garam-madura.docx')),
    );
    const a = await importDocxBytes(bytes, {}, 'petani-garam-madura.docx');
    expect(a.importReport.format).toBe('docx');
    expect(a.headline).toBe('Petani Garam Madura Panen Lebih Awal');
    expect(a.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'figure',
      'quote',
      'list',
      'related',
    ]);
  });
});
