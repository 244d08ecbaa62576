/**
 * Old files keep opening: one golden native file per released schema version, frozen in
 * tests/fixtures/golden. Never regenerate a golden file; add the next version's beside it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../shared/import';
import { parseNativeArticle, serializeNativeArticle } from '../../shared/import/native';
import { SCHEMA_VERSION } from '../../shared/model/article';
import { repoRoot, tempDir } from '../services/support';
import { startApp } from './support';

const GOLDEN = join(repoRoot, 'tests', 'fixtures', 'golden');
const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

/** The text a reader sees, block by block, read from the raw JSON (not through our schema). */
function rawTexts(raw: { blocks: Record<string, unknown>[] }): string[] {
  return raw.blocks.map((b) =>
    [b.text, b.caption, b.title, b.url].filter((x) => typeof x === 'string').join(' | '),
  );
}

describe('golden native files from every released schema version', () => {
  it('there is one for each version up to the current one', () => {
    for (const v of versions) expect(existsSync(join(GOLDEN, `v${v}.newsroom.json`))).toBe(true);
  });

  it.each(versions)('v%i opens in this version with every block and credit', async (v) => {
    const path = join(GOLDEN, `v${v}.newsroom.json`);
    const bytes = new Uint8Array(await readFile(path));
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as {
      headline: string;
      blocks: Record<string, unknown>[];
      byline: unknown;
      dateline: unknown;
    };
    // Detection picks the native importer by content alone.
    const article = await importDraft({ bytes, name: 'golden' });
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
    expect(article.headline).toBe(raw.headline);
    expect(article.byline).toEqual(raw.byline);
    expect(article.dateline).toEqual(raw.dateline);
    expect(rawTexts(article as unknown as { blocks: Record<string, unknown>[] })).toEqual(
      rawTexts(raw),
    );
    expect(article.blocks.map((b) => b.id)).toEqual(raw.blocks.map((b) => b.id));
  });

  it('the current version reads its golden file with nothing dropped or added, and saves it back', async () => {
    const text = await readFile(join(GOLDEN, `v${SCHEMA_VERSION}.newsroom.json`), 'utf8');
    const article = parseNativeArticle(text);
    expect(article).toEqual(JSON.parse(text));
    expect(parseNativeArticle(serializeNativeArticle(article))).toEqual(article);
  });

  it('v1 opens through the app as a native document, attached to its file', async () => {
    const work = await tempDir('newsroom-golden-');
    try {
      const { dialogs, call } = await startApp(join(work.path, 'ud'));
      dialogs.enqueue({ kind: 'open', path: join(GOLDEN, 'v1.newsroom.json') });
      const r = await call('document:open', {});
      expect(r).toMatchObject({
        ok: true,
        value: {
          document: { format: 'native', hasFile: true, recovered: false },
          article: {
            headline: 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
            language: 'id',
          },
        },
      });
    } finally {
      await work.cleanup();
    }
  });
});
