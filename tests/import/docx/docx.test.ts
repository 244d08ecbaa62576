import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImporter, importDraft, ImportError, isImportError } from '../../../shared/import';
import { docxImporter, importDocxBytes } from '../../../shared/import/docx';
import { ArticleSchema } from '../../../shared/model/article';
import { getBuiltinProfile } from '../../../shared/profiles';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'docx', name)));
const TINY_PNG_URI =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

describe('DOCX importer: a Word draft with house styles', async () => {
  const a = await importDocxBytes(fixture('word-styled.docx'), {}, 'word-styled.docx');

  it('reads Title, Subtitle, Byline and Date paragraphs into the article fields', () => {
    expect(a).toMatchObject({
      language: 'id',
      headline: 'Petani Garam Madura Panen Lebih Awal',
      subheadline: 'Kemarau panjang membuat produksi naik, harga justru turun',
      byline: { authors: [{ name: 'Rahmat Hidayat' }], published: '2025-10-03T14:20:00+07:00' },
      metadata: { profile: 'id', tags: ['garam', 'Madura'] },
      importReport: { format: 'docx', source: 'word-styled.docx', profile: 'id' },
    });
    expect(a.metadata.extra).toEqual({
      'docx.title': 'Petani Garam Madura',
      'docx.creator': 'Rahmat Hidayat',
      'docx.created': '2025-10-03T06:00:00Z',
      'docx.modified': '2025-10-03T06:00:00Z',
      'docx.keywords': 'garam, Madura',
    });
  });

  it('maps headings, runs, the captioned picture, quote, list and related link', () => {
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Petani garam di Kabupaten Sumenep, Jawa Timur, mulai memanen dua pekan lebih awal dari biasanya.',
        marks: [{ type: 'bold', start: 61, end: 81 }],
      },
      { id: 'b2', type: 'heading', level: 2, text: 'Harga di tingkat petani', marks: [] },
      {
        id: 'b3',
        type: 'paragraph',
        text: 'Menurut data Dinas Perikanan, harga garam krosok turun ke Rp600 per kilogram, seperti tercatat dalam laporan bulanan.',
        marks: [
          { type: 'italic', start: 13, end: 28 },
          { type: 'link', start: 101, end: 116, href: 'https://example.id/laporan-garam' },
        ],
      },
      {
        id: 'b4',
        type: 'figure',
        src: TINY_PNG_URI,
        alt: 'Petani garam di Sumenep',
        caption: 'Petani mengumpulkan garam di tambak Desa Pinggir Papas.',
        credit: 'ANTARA FOTO/Siti Rahma',
      },
      {
        id: 'b5',
        type: 'quote',
        text: 'Kalau cuaca terus begini, kami bisa panen sampai November.',
        marks: [],
        attribution: 'Maksum, petani garam',
      },
      {
        id: 'b6',
        type: 'list',
        ordered: false,
        items: [
          { text: 'Produksi naik 30 persen', marks: [] },
          { text: 'Harga turun 25 persen', marks: [] },
        ],
      },
      {
        id: 'b7',
        type: 'related',
        label: 'Baca juga',
        title: 'Impor garam industri dibatasi',
        url: 'https://example.id/impor-garam',
      },
    ]);
  });

  it('lets the wire conventions take the dateline off the first paragraph', () => {
    expect(a.dateline).toEqual({ place: 'SUMENEP' });
  });
});

describe('DOCX importer: core properties and wire conventions', () => {
  it('takes headline, writer, language and date from docProps when paragraphs lack them', async () => {
    const a = await importDocxBytes(fixture('word-core-only.docx'), {});
    expect(a.headline).toBe('Jembatan Gantung Putus Diterjang Banjir');
    expect(a.language).toBe('id-ID');
    expect(a.byline).toEqual({
      authors: [{ name: 'Dewi Anggraini' }],
      published: '2025-11-03T09:15:00+07:00',
    });
    // A Heading 1 below the copy is a section, not the headline.
    expect(a.blocks.map((b) => [b.type, 'text' in b ? b.text.slice(0, 24) : ''])).toEqual([
      ['paragraph', 'Jembatan gantung yang me'],
      ['paragraph', 'Sedikitnya 300 warga kin'],
      ['heading', 'Kronologi'],
      ['paragraph', 'Hujan deras turun sejak '],
    ]);
  });

  it("trusts the copy over a tool's default dc:language", async () => {
    const zip = await JSZip.loadAsync(fixture('word-core-only.docx'));
    const core = await zip.file('docProps/core.xml')!.async('string');
    zip.file('docProps/core.xml', core.replace('id-ID', 'en-US'));
    const a = await importDocxBytes(await zip.generateAsync({ type: 'uint8array' }), {});
    expect(a.language).toBe('id');
    expect(a.metadata.profile).toBe('id');
  });

  it('moves "Penulis:" and "Editor:" lines into credits', async () => {
    const a = await importDocxBytes(fixture('word-core-only.docx'), {});
    expect(a.credits).toEqual([
      { name: 'Dewi Anggraini', role: 'writer' },
      { name: 'Hendra Wijaya', role: 'editor' },
    ]);
    expect(a.dateline).toEqual({ place: 'LEBAK' });
    expect(a.importReport.items.map((i) => [i.reason, i.text])).toEqual([
      ['credit-line', 'Penulis: Dewi Anggraini'],
      ['credit-line', 'Editor: Hendra Wijaya'],
      ['dateline', 'LEBAK -'],
    ]);
  });

  it('ignores placeholder creators such as "Microsoft Office User"', async () => {
    const a = await importDocxBytes(fixture('word-large-image.docx'), {});
    expect(a.byline.authors).toEqual([]);
  });
});

describe('DOCX importer: pictures and links', () => {
  it('keeps a large picture as a figure without src, reporting it, and unlinks javascript:', async () => {
    const a = await importDocxBytes(fixture('word-large-image.docx'), {});
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'figure',
        src: null,
        alt: 'Bulan merah di atas Monas',
        caption: 'Bulan tampak kemerahan di atas Monas, Minggu (7/9/2025) malam.',
        credit: 'Foto: Andi Saputra',
      },
      {
        id: 'b2',
        type: 'paragraph',
        text: 'Warga memadati pelataran Monas. Jadwal lengkap: klik di sini.',
        marks: [],
      },
    ]);
    expect(a.importReport.items).toEqual([
      {
        reason: 'image-not-embedded',
        text: 'image/png, 153600 bytes',
        action: 'set-aside',
        detail: 'pictures over 102400 bytes stay in the DOCX; attach the file to the figure',
      },
      {
        reason: 'unsafe-link',
        text: "javascript:alert('gerhana')",
        action: 'dropped',
        detail: 'link removed from "klik di sini"; its text is kept',
      },
    ]);
  });
});

describe('DOCX importer: review markup', () => {
  it('reports comments and tracked changes, importing the text as if changes were accepted', async () => {
    const zip = await JSZip.loadAsync(fixture('word-core-only.docx'));
    const doc = await zip.file('word/document.xml')!.async('string');
    const tracked = doc.replace(
      '<w:r>',
      '<w:del w:id="90" w:author="Redaktur" w:date="2025-11-03T03:00:00Z"><w:r><w:delText>KABAR LAMA </w:delText></w:r></w:del><w:ins w:id="91" w:author="Redaktur" w:date="2025-11-03T03:00:00Z"><w:r><w:t xml:space="preserve">KABAR BARU </w:t></w:r></w:ins><w:r>',
    );
    expect(tracked).not.toBe(doc);
    zip.file('word/document.xml', tracked);
    zip.file(
      'word/comments.xml',
      '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Redaktur"><w:p><w:r><w:t>Cek angka 300</w:t></w:r></w:p></w:comment><w:comment w:id="1" w:author="Redaktur"><w:p><w:r><w:t>Sumber?</w:t></w:r></w:p></w:comment></w:comments>',
    );
    const a = await importDocxBytes(await zip.generateAsync({ type: 'uint8array' }), {});
    expect(a.importReport.items.slice(0, 2)).toEqual([
      {
        reason: 'docx-comments',
        text: '2 comment(s)',
        action: 'dropped',
        detail:
          'comments in the Word document are not imported; read them in Word before publishing',
      },
      {
        reason: 'docx-tracked-changes',
        text: '1 insertion(s), 1 deletion(s)',
        action: 'warning',
        detail: 'tracked changes were imported as if accepted: insertions kept, deletions left out',
      },
    ]);
    const body = a.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(body).not.toContain('KABAR LAMA');
    // The inserted words are kept (the wire recogniser may read them into the dateline).
    expect(`${a.dateline?.place ?? ''} ${body}`).toContain('KABAR BARU');
  });
});

describe('DOCX importer: as LibreOffice and pandoc write it', () => {
  it('reads LibreOffice "Quotations" and "Illustration" styles', async () => {
    const a = await importDocxBytes(fixture('libreoffice-styled.docx'), {});
    expect(a.language).toBe('en-US');
    expect(a.metadata.profile).toBe('en');
    expect(a.headline).toBe('Ferry Services Resume After Storm');
    expect(a.blocks.slice(1)).toEqual([
      {
        id: 'b2',
        type: 'quote',
        text: 'We lost three days of trade, but nobody was hurt.',
        marks: [],
        attribution: 'Harbour master Yusuf Rahim',
      },
      {
        id: 'b3',
        type: 'figure',
        src: TINY_PNG_URI,
        alt: 'A ferry at Makassar port',
        caption: 'Passengers board the first ferry to Selayar.',
        credit: 'Nur Aisyah',
      },
      {
        id: 'b4',
        type: 'related',
        label: 'Related',
        title: 'Port traffic falls in the rainy season',
        url: null,
      },
    ]);
  });

  it("reads pandoc's Title, Subtitle, Author, Date, Block Text and Image Caption", async () => {
    const a = await importDocxBytes(fixture('pandoc-article.docx'), {});
    expect(a).toMatchObject({
      language: 'id',
      headline: 'Festival Kopi Gayo Dibuka',
      subheadline: 'Ratusan petani memamerkan biji kopi terbaik',
      byline: {
        authors: [{ name: 'Cut Nyak Meutia' }, { name: 'Teuku Ridwan' }],
        published: '2025-10-05T10:00:00+07:00',
      },
      dateline: { place: 'TAKENGON' },
    });
    expect(a.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'quote',
      'figure',
      'list',
      'related',
    ]);
    expect(a.blocks[3]).toMatchObject({
      text: 'Kopi Gayo sudah dikenal sampai Eropa.',
      attribution: 'Aman Kuba, ketua koperasi',
    });
    expect(a.blocks[4]).toMatchObject({
      caption: 'Petani menyangrai kopi di stan pameran.',
      credit: 'Foto: Teuku Ridwan',
    });
    expect(a.blocks[6]).toMatchObject({
      title: 'Harga kopi dunia naik',
      url: 'https://example.id/kopi-dunia',
    });
  });
});

describe('DOCX importer: broken files', () => {
  const failure = async (bytes: Uint8Array, name: string): Promise<ImportError> => {
    try {
      await importDocxBytes(bytes, {}, name);
    } catch (e) {
      if (e instanceof ImportError) return e;
      throw e;
    }
    throw new Error('expected an ImportError');
  };

  it('refuses a truncated archive in plain words', async () => {
    const e = await failure(fixture('truncated.docx'), 'truncated.docx');
    expect(e.code).toBe('broken-archive');
    expect(e.message).toBe(
      'truncated.docx is a damaged Word document: its ZIP archive is incomplete or corrupt (was the download or copy cut short?).',
    );
  });

  it('refuses a text file renamed to .docx', async () => {
    const e = await failure(fixture('renamed-text.docx'), 'renamed-text.docx');
    expect(e.code).toBe('broken-archive');
    expect(e.message).toBe(
      'renamed-text.docx is not a Word document: it is plain text, not a DOCX (ZIP) archive.',
    );
  });

  it('refuses a ZIP that is not a Word document', async () => {
    const e = await failure(fixture('zip-not-docx.docx'), 'zip-not-docx.docx');
    expect(e.code).toBe('broken-archive');
    expect(e.message).toBe(
      'zip-not-docx.docx is a ZIP archive but not a Word document (it has no word/document.xml).',
    );
  });

  it('refuses a DOCX whose document part is corrupt', async () => {
    const zip = await JSZip.loadAsync(fixture('word-styled.docx'));
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const e = await failure(bytes, 'corrupt.docx');
    expect(e.code).toBe('broken-archive');
    expect(e.message).toMatch(/^corrupt\.docx is a damaged Word document: /);
  });

  it('refuses an archive that claims to unpack to more than a draft can hold', async () => {
    const bytes = fixture('word-styled.docx').slice();
    // Rewrite the uncompressed size in every central-directory entry (signature PK\x01\x02).
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 46 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x7fffffff, true);
    }
    const e = await failure(bytes, 'bomb.docx');
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^bomb\.docx unpacks to \d+ MB, more than the 256 MB/);
  });

  it('never throws anything but ImportError, whatever bytes follow a ZIP signature', async () => {
    const whole = fixture('word-styled.docx');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 4, max: whole.length - 1 }),
        fc.uint8Array({ maxLength: 64 }),
        fc.nat(),
        async (cut, noise, at) => {
          const bytes = new Uint8Array(whole.subarray(0, cut));
          const start = 4 + (at % Math.max(1, bytes.length - 4));
          bytes.set(noise.subarray(0, Math.max(0, bytes.length - start)), start);
          try {
            const a = await importDocxBytes(bytes, {});
            expect(ArticleSchema.safeParse(a).success).toBe(true);
          } catch (e) {
            if (!isImportError(e)) throw e;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('DOCX importer: detection', () => {
  it('recognises DOCX by its parts, not its name', () => {
    expect(docxImporter.detect({ bytes: fixture('word-styled.docx'), name: 'x.bin' })).toBe(0.95);
    expect(docxImporter.detect({ bytes: fixture('pandoc-article.docx') })).toBe(0.95);
    expect(docxImporter.detect({ bytes: fixture('truncated.docx') })).toBe(0.95);
    expect(docxImporter.detect({ bytes: fixture('renamed-text.docx'), name: 'a.docx' })).toBe(0);
    expect(docxImporter.detect({ bytes: fixture('zip-not-docx.docx') })).toBe(0);
    expect(docxImporter.detect({ bytes: fixture('zip-not-docx.docx'), name: 'a.docx' })).toBe(0.6);
  });

  it('imports the DOCX seed through the registry', async () => {
    const bytes = new Uint8Array(
      readFileSync(path.join(repoRoot, 'seeds', 'petani-garam-madura.docx')),
    );
    expect(detectImporter({ bytes }).id).toBe('docx');
    const a = await importDraft({ bytes, name: 'petani-garam-madura.docx' });
    expect(a.headline).toBe('Petani Garam Madura Panen Lebih Awal');
    expect(a.importReport.format).toBe('docx');
  });
});

describe('DOCX importer: property over generated Word documents', () => {
  const WORDS = [
    'harga',
    'beras',
    'naik',
    'Pasar',
    'Johar',
    'kata',
    'warga',
    'Rp14.000',
    'persen',
    'pagi,',
    'Semarang.',
  ];
  const run = fc.record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    bold: fc.boolean(),
    italic: fc.boolean(),
  });
  const paragraphs = fc.array(fc.array(run, { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 6,
  });

  /** Runs joined by plain spaces; touching styled runs read as one range, as the reader sees. */
  function expected(runs: { words: string[]; bold: boolean; italic: boolean }[]) {
    let text = '';
    const marks: { type: 'bold' | 'italic'; start: number; end: number }[] = [];
    const open: Partial<Record<'bold' | 'italic', { start: number; end: number }>> = {};
    runs.forEach((r, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += r.words.join(' ');
      for (const type of ['bold', 'italic'] as const) {
        if (!r[type]) {
          open[type] = undefined;
          continue;
        }
        const current = open[type];
        if (current) current.end = text.length;
        else {
          const m = { type, start, end: text.length };
          marks.push(m);
          open[type] = m;
        }
      }
    });
    marks.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
    return { text, marks };
  }

  it('keeps every paragraph’s text and bold/italic ranges', async () => {
    const id = getBuiltinProfile('id');
    await fc.assert(
      fc.asyncProperty(paragraphs, async (paras) => {
        const children = [new Paragraph({ text: 'Judul uji', heading: HeadingLevel.TITLE })];
        for (const runs of paras) {
          const parts: TextRun[] = [];
          runs.forEach((r, i) => {
            if (i > 0) parts.push(new TextRun(' '));
            parts.push(new TextRun({ text: r.words.join(' '), bold: r.bold, italics: r.italic }));
          });
          children.push(new Paragraph({ children: parts }));
        }
        const bytes = new Uint8Array(
          await Packer.toBuffer(new Document({ sections: [{ children }] })),
        );
        const a = await importDocxBytes(bytes, { profile: id });
        expect(a.headline).toBe('Judul uji');
        expect(
          a.blocks.map((b) => (b.type === 'paragraph' ? { text: b.text, marks: b.marks } : b)),
        ).toEqual(paras.map(expected));
      }),
      { numRuns: 25 },
    );
  });
});
