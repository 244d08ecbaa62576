import { describe, expect, it } from 'vitest';
import { detectImporter, importDraft, ImportError } from '../../../shared/import';
import { textImporter } from '../../../shared/import/text';
import { enc, expectAccountedFor, expectValidArticle, seedBytes } from './helpers';

const SEED = '000_96a0e40e744c17ac.txt';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [lo, hi] = [c & 0xff, c >> 8];
    out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

async function importError(bytes: Uint8Array, name?: string): Promise<ImportError> {
  try {
    await importDraft({ bytes, name }, { format: 'text' });
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('text drafts in the encodings newsrooms send', () => {
  const seed = seedBytes(SEED);
  const text = new TextDecoder().decode(seed);

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...seed])],
    ['UTF-16 LE with BOM', utf16(text, 'le')],
    ['UTF-16 BE with BOM', utf16(text, 'be')],
    ['CRLF line ends', enc(text.replace(/\n/g, '\r\n'))],
    ['old Mac CR line ends', enc(text.replace(/\n/g, '\r'))],
  ])('%s gives the same article as plain UTF-8', async (_label, bytes) => {
    const plain = await importDraft({ bytes: seed, name: SEED });
    const other = await importDraft({ bytes, name: SEED });
    expect(detectImporter({ bytes, name: SEED }).id).toBe('text');
    expect(other).toEqual(plain);
  });
});

describe('old Windows exports', () => {
  it('reads Windows-1252 bytes (curly quotes, é) rather than refusing them', async () => {
    // "Kafe “Cinta” di Bogor" with 1252 quotes, then a body line with é.
    const bytes = new Uint8Array([
      ...enc('Kafe '),
      0x93,
      ...enc('Cinta'),
      0x94,
      ...enc(' di Bogor\n\nPemiliknya, Ren'),
      0xe9,
      ...enc(', membuka kafe itu sejak 2019.\n'),
    ]);
    const a = await importDraft({ bytes, name: 'kafe.txt' });
    expect(a.headline).toBe('Kafe “Cinta” di Bogor');
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Pemiliknya, René, membuka kafe itu sejak 2019.',
        marks: [],
      },
    ]);
  });
});

describe('drafts the text importer cannot use', () => {
  it('refuses binary bytes as binary', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const e = await importError(png, 'photo.txt');
    expect(e.code).toBe('binary');
    expect(e.message).toBe('photo.txt is a binary file, not a text draft.');
    expect(textImporter.detect({ bytes: png, name: 'photo.txt' })).toBe(0);
  });

  it('refuses an empty file as empty', async () => {
    const e = await importError(new Uint8Array(0), 'kosong.txt');
    expect(e.code).toBe('empty');
    expect(e.message).toBe('kosong.txt has no text in it.');
  });

  it('refuses a file of only blank lines and no-break spaces as empty', async () => {
    const e = await importError(enc(' \n\t\n\u00a0\u00a0\r\n\ufeff'), 'spasi.txt');
    expect(e.code).toBe('empty');
  });

  it('is the catch-all: low but non-zero confidence for any readable text', () => {
    expect(textImporter.detect({ bytes: enc('Hanya satu baris.') })).toBe(0.1);
    expect(textImporter.detect({ bytes: enc('Hanya satu baris.'), name: 'draf.txt' })).toBe(0.3);
    expect(detectImporter({ bytes: enc('Hanya satu baris.') }).id).toBe('text');
  });
});

describe('malformed drafts still import, with warnings', () => {
  it('a draft without a headline keeps its first paragraph as copy and says so', async () => {
    const bytes = seedBytes('malformed-no-headline.txt');
    const a = await importDraft({ bytes, name: 'malformed-no-headline.txt' });
    expectValidArticle(a);
    expect(a.headline).toBe('');
    expect(a.language).toBe('id');
    expect(a.dateline).toEqual({ place: 'JAKARTA', source: 'KOMPAS.com' });
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(a.blocks[0]).toMatchObject({
      text: 'Pemerintah resmi menaikkan tarif parkir di kawasan pusat kota mulai bulan depan. Kebijakan ini diambil untuk menekan penggunaan kendaraan pribadi dan mendorong warga beralih ke transportasi umum.',
    });
    expect(a.importReport.items[0]).toEqual({
      reason: 'no-headline',
      text: '',
      action: 'warning',
      detail: 'The draft has no headline line.',
    });
    expectAccountedFor(new TextDecoder().decode(bytes), a);
  });

  it('a draft that is only a byline gives an empty story with its author', async () => {
    const bytes = seedBytes('malformed-byline-only.txt');
    const a = await importDraft({ bytes, name: 'malformed-byline-only.txt' });
    expectValidArticle(a);
    expect(a.headline).toBe('');
    expect(a.blocks).toEqual([]);
    expect(a.byline).toEqual({
      authors: [{ name: 'Jane Holloway' }],
      published: null,
      raw: 'By Jane Holloway',
    });
    expect(a.credits).toEqual([{ name: 'Jane Holloway', role: 'writer' }]);
    expect(a.importReport.items.map((i) => [i.reason, i.action])).toEqual([
      ['no-headline', 'warning'],
      ['no-body', 'warning'],
      ['byline', 'moved'],
    ]);
  });

  it('a one-line draft is a headline and nothing else', async () => {
    const a = await importDraft({ bytes: enc('Gempa M 5,2 Guncang Cianjur\n') });
    expect(a.headline).toBe('Gempa M 5,2 Guncang Cianjur');
    expect(a.blocks).toEqual([]);
    expect(a.importReport.items.map((i) => i.reason)).toEqual(['no-body']);
  });

  it('an explicit profile wins over the language guess for conventions, not for language', async () => {
    const bytes = seedBytes(SEED);
    const { getBuiltinProfile } = await import('../../../shared/profiles');
    const a = await importDraft({ bytes, name: SEED }, { profile: getBuiltinProfile('en') });
    expect(a.language).toBe('id');
    expect(a.metadata.profile).toBe('en');
    // English conventions know no "Beijing:" dateline, and read the byline time in UTC.
    expect(a.dateline).toBeNull();
    expect(a.byline.published).toBe('2025-09-29T18:33:00+00:00');
  });
});
