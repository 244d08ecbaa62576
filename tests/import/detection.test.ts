import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImporter, importDraft, ImportError } from '../../shared/import';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const seed = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(repoRoot, 'seeds', name)));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The same text as Windows "Unicode" saves it: UTF-16 with its byte-order mark. */
function utf16(bytes: Uint8Array, order: 'le' | 'be'): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return out;
}

async function refusal(bytes: Uint8Array, name?: string): Promise<ImportError> {
  const e = await importDraft({ bytes, name }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

describe('UTF-16 files in every text-based format', () => {
  it.each([
    ['000_96a0e40e744c17ac.txt', 'text'],
    ['banjir-rob-semarang.html', 'html'],
    ['pasar-apung-banjarmasin.md', 'markdown'],
    ['101_banjir-rob-semarang.ninjs.json', 'ninjs'],
    ['102_harga-beras-naik.newsml.xml', 'newsml'],
    ['harbour-ferry-timetable.newsroom.json', 'native'],
  ])('%s is read by the %s importer, as its UTF-8 original is', async (name, format) => {
    const original = await importDraft({ bytes: seed(name), name });
    for (const order of ['le', 'be'] as const) {
      const bytes = utf16(seed(name), order);
      // No name: the content alone must say what it is.
      expect(detectImporter({ bytes }).id).toBe(format);
      expect(await importDraft({ bytes, name })).toEqual(original);
    }
  });
});

describe('files in formats the desk does not import are refused, not read as prose', () => {
  it.each([
    ['feed.json', '{"hello": "world", "items": [1, 2]}', 'unsupported', 'JSON but neither'],
    ['list.json', '[{"title": "A"}, {"title": "B"}]', 'unsupported', 'JSON but neither'],
    ['export', '{"title": "Banjir", "body": "Air naik."}', 'unsupported', 'JSON but neither'],
    ['cut.json', '{"title": "Banjir", "body": "Air', 'invalid-json', 'not valid JSON'],
    [
      'feed.xml',
      '<?xml version="1.0"?>\n<rss><channel><title>A</title></channel></rss>',
      'unsupported',
      'XML but not a NewsML-G2',
    ],
    [
      'memo.rtf',
      '{\\rtf1\\ansi\\deff0 {\\fonttbl}Harga beras naik.\\par}',
      'unsupported',
      'RTF document',
    ],
    ['memo.txt', '{\\rtf1\\ansi Harga beras naik.\\par}', 'unsupported', 'RTF document'],
    ['scan.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n', 'unsupported', 'is a PDF'],
  ])('%s', async (name, content, code, words) => {
    const e = await refusal(enc(content), name);
    expect(e.code).toBe(code);
    expect(e.message.startsWith(`${name} `)).toBe(true);
    expect(e.message).toContain(words);
    expect(e.message).not.toContain('\n');
  });

  it('names a PDF with binary streams a PDF, whatever detector would have claimed it', async () => {
    const bytes = new Uint8Array([
      ...enc('%PDF-1.5\n%'),
      0xd0,
      0xd4,
      0xc5,
      0xd8,
      ...enc('\n1 0 obj\n<< /Length 9 /Filter /FlateDecode >>\nstream\n'),
      0x78,
      0x9c,
      0x03,
      0x00,
      0x00,
      0x00,
      0x00,
      0x01,
      ...enc('\nendstream\nendobj\n# Not a heading\n'),
    ]);
    const e = await refusal(bytes, 'laporan.pdf');
    expect([e.code, e.message]).toEqual([
      'unsupported',
      'laporan.pdf is a PDF; import the Word, text or HTML file it was made from.',
    ]);
  });

  it('says what a UTF-16 RTF is too', async () => {
    const e = await refusal(utf16(enc('{\\rtf1\\ansi Teks.\\par}'), 'le'), 'memo.rtf');
    expect(e.code).toBe('unsupported');
    expect(e.message).toBe(
      'memo.rtf is an RTF document; save it as Word (.docx) or plain text to import it.',
    );
  });

  it('takes a file named .txt at its word for JSON and XML, and prose that opens with a bracket', async () => {
    const json = await importDraft({ bytes: enc('{"a": 1}\n\nIsi berita.'), name: 'catatan.txt' });
    expect([json.importReport.format, json.headline]).toEqual(['text', '{"a": 1}']);
    const pasted = await importDraft({
      bytes: enc('["x", "y"]\nBaris kedua.'),
      name: 'pasted.txt',
    });
    expect(pasted.importReport.format).toBe('text');
    const prose = await importDraft({
      bytes: enc('[UPDATE] Banjir rob surut\n\nAir laut mulai turun pagi ini.'),
      name: 'kabar',
    });
    expect([prose.importReport.format, prose.headline]).toEqual([
      'text',
      '[UPDATE] Banjir rob surut',
    ]);
  });

  it('imports such content anyway when the importer is named explicitly', async () => {
    const a = await importDraft(
      { bytes: enc('{"hello": "world"}'), name: 'x.json' },
      { format: 'text' },
    );
    expect([a.importReport.format, a.headline]).toEqual(['text', '{"hello": "world"}']);
  });
});
