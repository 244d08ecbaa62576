/**
 * SARIF regions: the line and columns in the source file where a finding's text is, so that
 * code-review tools can annotate the draft itself. Found by looking for the finding's text in the
 * source; where it is not there verbatim (or the source is binary), no region rather than a
 * wrong one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CommandIO } from '../../electron/cli/main';
import { regionFinder, sourceText } from '../../electron/cli/format/region';
import { createArticle } from '../../shared/model/create';

const repoRoot = join(import.meta.dirname, '..', '..');
const SEED = join(repoRoot, 'seeds', '000_96a0e40e744c17ac.txt');
const tmp = mkdtempSync(join(tmpdir(), 'newsroom-sarif-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { region?: Record<string, number> } }[];
}

async function sarif(...argv: string[]): Promise<SarifResult[]> {
  let out = '';
  const io: CommandIO = { stdout: (s) => void (out += s), stderr: () => {}, isTTY: false };
  await main(['check', ...argv, '--format', 'sarif'], io);
  return JSON.parse(out).runs[0].results as SarifResult[];
}

const regions = (results: SarifResult[]) =>
  results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region ?? null]);

/** The source text a region covers (single-line regions). */
function covered(text: string, r: Record<string, number>): string {
  const line = text.split(/\r\n|\n|\r/)[r.startLine! - 1]!;
  return line.slice(r.startColumn! - 1, r.endColumn! - 1);
}

describe('SARIF regions', () => {
  it('place the seed findings on their lines, and the mismatched quote on its characters', async () => {
    const results = await sarif(SEED);
    expect(regions(results)).toEqual([
      // The photo has no image: the photo's caption line.
      ['figure/missing-image', { startLine: 3, startColumn: 1 }],
      ['figure/missing-alt', { startLine: 3, startColumn: 1 }],
      // The related link with no address: its title, after "Baca juga:  ".
      ['related/missing-url', { startLine: 25, startColumn: 13 }],
      ['text/unbalanced-quotes', { startLine: 25, startColumn: 75, endLine: 25, endColumn: 85 }],
    ]);
    const text = readFileSync(SEED, 'utf8');
    expect(covered(text, results[3]!.locations[0]!.physicalLocation.region!)).toBe("‘Permanen'");
  });

  it('count lines ended by CRLF the same way', async () => {
    const crlf = join(tmp, 'seed-crlf.txt');
    writeFileSync(crlf, readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'));
    expect(regions(await sarif(crlf))).toEqual(regions(await sarif(SEED)));
  });

  it('place a block whose text also stands far into a long paragraph above after that paragraph', async () => {
    // "Harga Beras Naik" is 90 characters into the lead paragraph, past the part of it that
    // places the paragraph; the related link is the line of its own below.
    const draft = join(tmp, 'beras.txt');
    writeFileSync(
      draft,
      [
        'Pemerintah Tambah Stok Beras di Pasar Induk',
        '',
        'Jakarta: Pemerintah menambah stok beras di pasar induk pekan ini untuk menahan kenaikan, sementara Harga Beras Naik di banyak pasar tradisional di Jawa dan Sumatra sejak awal bulan.',
        '',
        'Baca juga: Harga Beras Naik',
        '',
        'Menurut pedagang, pasokan dari daerah sentra produksi mulai berkurang karena panen mundur.',
        '',
      ].join('\n'),
    );
    const results = await sarif(draft);
    expect(regions(results).filter(([rule]) => rule === 'related/missing-url')).toEqual([
      ['related/missing-url', { startLine: 5, startColumn: 12 }],
    ]);
  });

  it('are left out for a binary source such as DOCX', async () => {
    const docx = join(repoRoot, 'tests', 'fixtures', 'docx', 'word-styled.docx');
    const results = await sarif(docx);
    expect(results.length).toBeGreaterThan(0);
    expect(regions(results).every(([, r]) => r === null)).toBe(true);
    expect(sourceText(new Uint8Array(readFileSync(docx)))).toBeNull();
  });
});

describe('regionFinder', () => {
  const article = createArticle({
    language: 'id',
    headline: 'Banjir Rob',
    byline: { authors: [{ name: 'Sari Wulandari' }], published: null },
    dateline: { place: 'Semarang' },
    blocks: [
      { id: 'p1', type: 'paragraph', text: 'Air  naik sejak subuh.', marks: [] },
      { id: 'p2', type: 'paragraph', text: 'Air naik lagi. Warga mengungsi.', marks: [] },
      { id: 'f1', type: 'figure', src: null, alt: '', caption: 'Warga mengungsi', credit: null },
    ],
    credits: [{ name: 'Budi Santoso', role: 'editor' }],
  });
  const source = [
    'Banjir Rob',
    '',
    'Sari Wulandari',
    '',
    'Semarang: Air  naik sejak subuh.',
    '',
    'Air naik   lagi. Warga mengungsi.',
    '',
    'Foto: Warga mengungsi',
  ].join('\n');
  const find = regionFinder(source, article);

  it('gives exact columns when the text is in the source verbatim', () => {
    expect(find({ blockIndex: 0, blockId: 'p1', start: 3, end: 5 })).toEqual({
      startLine: 5,
      startColumn: 14,
      endLine: 5,
      endColumn: 16,
    });
    expect(find({ blockIndex: null, blockId: null, field: 'headline' })).toEqual({
      startLine: 1,
      startColumn: 1,
    });
    expect(find({ blockIndex: null, blockId: null, field: 'byline.authors.0' })).toEqual({
      startLine: 3,
      startColumn: 1,
    });
    expect(
      find({ blockIndex: null, blockId: null, field: 'dateline.place', start: 0, end: 8 }),
    ).toEqual({ startLine: 5, startColumn: 1, endLine: 5, endColumn: 9 });
  });

  it('places a range in tidied text by its own words, and a short one by its line only', () => {
    // "Air naik lagi." was "Air naik   lagi." in the source: the words after it still match.
    expect(find({ blockIndex: 1, blockId: 'p2', start: 15, end: 30 })).toEqual({
      startLine: 7,
      startColumn: 18,
      endLine: 7,
      endColumn: 33,
    });
    // One character could be found anywhere: the line is all that is certain.
    expect(find({ blockIndex: 1, blockId: 'p2', start: 13, end: 14 })).toEqual({
      startLine: 7,
      startColumn: 1,
    });
  });

  it('falls back to the block’s other text for a part that is empty, after the blocks before it', () => {
    // "Warga mengungsi" ends the paragraph above too; the photo's caption is the later one.
    expect(find({ blockIndex: 2, blockId: 'f1', field: 'src' })).toEqual({
      startLine: 9,
      startColumn: 7,
    });
  });

  it('looks for a block after the whole of the block before it, not only its first line', () => {
    const lead =
      'Pemerintah menambah stok beras di pasar induk pekan ini untuk menahan kenaikan, sementara Harga Beras Naik di banyak pasar.';
    const related = createArticle({
      headline: 'Stok Beras',
      blocks: [
        { id: 'p1', type: 'paragraph', text: lead, marks: [] },
        { id: 'r1', type: 'related', label: 'Baca juga', title: 'Harga Beras Naik', url: null },
      ],
    });
    const text = ['Stok Beras', '', `Jakarta: ${lead}`, '', 'Baca juga: Harga Beras Naik'].join(
      '\n',
    );
    expect(regionFinder(text, related)({ blockIndex: 1, blockId: 'r1', field: 'url' })).toEqual({
      startLine: 5,
      startColumn: 12,
    });
    // Tidied on import (the source's straight quotes made curly) after the first line's part
    // that places it: not all of it is there verbatim, but its last words mark where it ends.
    const more =
      'Kata “cukup” terdengar lagi. Para pedagang yang ditemui pada Senin pagi menyebut pasokan dari sentra produksi berkurang.';
    const tidied = createArticle({
      headline: 'Stok Beras',
      blocks: [
        { id: 'p1', type: 'paragraph', text: `${lead} ${more}`, marks: [] },
        { id: 'r1', type: 'related', label: 'Baca juga', title: 'Harga Beras Naik', url: null },
      ],
    });
    const straight = text.replace(lead, `${lead} ${more.replace(/[“”]/g, '"')}`);
    expect(regionFinder(straight, tidied)({ blockIndex: 1, blockId: 'r1', field: 'url' })).toEqual({
      startLine: 5,
      startColumn: 12,
    });
  });

  it('looks for a block after every part of the block before it: a list’s later items', () => {
    const list = createArticle({
      headline: 'Stok Beras',
      blocks: [
        {
          id: 'l1',
          type: 'list',
          ordered: false,
          items: [
            { text: 'Pasokan dari Jawa berkurang', marks: [] },
            { text: 'Harga beras naik di pasar induk', marks: [] },
          ],
        },
        { id: 'r1', type: 'related', label: 'Baca juga', title: 'Harga beras naik', url: null },
      ],
    });
    const html = [
      '<ul>',
      '<li>Pasokan dari Jawa berkurang</li>',
      '<li>Harga beras naik di pasar induk</li>',
      '</ul>',
      '<p>Baca juga: <a>Harga beras naik</a></p>',
    ].join('\n');
    expect(regionFinder(html, list)({ blockIndex: 1, blockId: 'r1', field: 'url' })).toEqual({
      startLine: 5,
      startColumn: 18,
    });
  });

  it('gives up on what has no text of its own', () => {
    expect(find({ blockIndex: null, blockId: null, field: 'credits' })).toBeNull();
    expect(find({ blockIndex: 7, blockId: 'gone' })).toBeNull();
  });

  it('does not look for text too short to be found by anything but chance', () => {
    const agency = createArticle({ headline: 'X', credits: [{ name: 'AP', role: 'source' }] });
    const at = regionFinder('CAPITAL CITY (AP) — Water rose.', agency);
    expect(at({ blockIndex: null, blockId: null, field: 'credits.0' })).toBeNull();
  });
});
