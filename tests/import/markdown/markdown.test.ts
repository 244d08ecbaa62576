import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImporter, importDraft, isImportError } from '../../../shared/import';
import {
  importMarkdownText,
  markdownImporter,
  splitFrontMatter,
} from '../../../shared/import/markdown';
import { ArticleSchema } from '../../../shared/model/article';

const enc = (s: string) => new TextEncoder().encode(s);
const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

const DRAFT = `---
title: Harga beras naik jelang akhir tahun
subtitle: Pedagang di Pasar Johar mengeluh
authors: [Ana Putri, Budi Santoso]
date: 2025-12-01 09:30
dateline:
  place: SEMARANG
  source: Warta Kita
language: id
slug: harga-beras-naik
tags: ekonomi, pangan
section: Ekonomi
desk: metro
---

# Harga beras naik jelang akhir tahun

Harga beras medium di **Pasar Johar** naik menjadi Rp14.000 per kilogram, kata _pedagang_.

![Pedagang beras](foto/beras.jpg "Pedagang menata karung beras di Pasar Johar. (Dok. Warta Kita)")

## Stok aman

Bulog menyatakan stok cukup hingga Maret.

> Kami terpaksa menaikkan harga.
>
> — Suparmi, pedagang

- beras medium
- beras premium

Baca juga: [Inflasi pangan November](https://example.id/inflasi)
`;

describe('Markdown importer: a draft with front matter', () => {
  const a = importMarkdownText(DRAFT, {}, 'beras.md');

  it('maps front matter to the article fields', () => {
    expect(a).toMatchObject({
      language: 'id',
      headline: 'Harga beras naik jelang akhir tahun',
      subheadline: 'Pedagang di Pasar Johar mengeluh',
      slug: 'harga-beras-naik',
      byline: {
        authors: [{ name: 'Ana Putri' }, { name: 'Budi Santoso' }],
        published: '2025-12-01T09:30:00+07:00',
      },
      dateline: { place: 'SEMARANG', source: 'Warta Kita' },
      metadata: {
        section: 'Ekonomi',
        tags: ['ekonomi', 'pangan'],
        profile: 'id',
        extra: { desk: 'metro' },
      },
      importReport: { format: 'markdown', source: 'beras.md', profile: 'id' },
    });
  });

  it('maps the body to blocks, dropping the repeated # headline', () => {
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Harga beras medium di Pasar Johar naik menjadi Rp14.000 per kilogram, kata pedagang.',
        marks: [
          { type: 'bold', start: 22, end: 33 },
          { type: 'italic', start: 75, end: 83 },
        ],
      },
      {
        id: 'b2',
        type: 'figure',
        src: 'foto/beras.jpg',
        alt: 'Pedagang beras',
        caption: 'Pedagang menata karung beras di Pasar Johar.',
        credit: 'Dok. Warta Kita',
      },
      { id: 'b3', type: 'heading', level: 2, text: 'Stok aman', marks: [] },
      {
        id: 'b4',
        type: 'paragraph',
        text: 'Bulog menyatakan stok cukup hingga Maret.',
        marks: [],
      },
      {
        id: 'b5',
        type: 'quote',
        text: 'Kami terpaksa menaikkan harga.',
        marks: [],
        attribution: 'Suparmi, pedagang',
      },
      {
        id: 'b6',
        type: 'list',
        ordered: false,
        items: [
          { text: 'beras medium', marks: [] },
          { text: 'beras premium', marks: [] },
        ],
      },
      {
        id: 'b7',
        type: 'related',
        label: 'Baca juga',
        title: 'Inflasi pangan November',
        url: 'https://example.id/inflasi',
      },
    ]);
    expect(a.importReport.items).toEqual([
      {
        reason: 'duplicate-headline',
        text: 'Harga beras naik jelang akhir tahun',
        action: 'dropped',
        line: 16,
      },
    ]);
  });

  it('is valid against the article schema', () => {
    expect(ArticleSchema.safeParse(a).success).toBe(true);
  });
});

describe('Markdown importer: front matter edge cases', () => {
  it('imports the body when the front matter is empty', () => {
    const a = importMarkdownText('---\n---\n# Judul\n\nIsi berita pendek.\n', {});
    expect(a.headline).toBe('Judul');
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Isi berita pendek.', marks: [] },
    ]);
    expect(a.importReport.items).toEqual([]);
  });

  it('sets invalid YAML aside with a report item and still imports the body', () => {
    const a = importMarkdownText(
      '---\ntitle: "Tanpa penutup\nauthor: [Ana\n---\n\nThe body survives. Every word of it.\n',
      {},
    );
    expect(a.headline).toBe('');
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'The body survives. Every word of it.', marks: [] },
    ]);
    const fm = a.importReport.items.filter((i) => i.reason === 'front-matter-invalid');
    expect(fm).toHaveLength(1);
    expect(fm[0]).toMatchObject({
      reason: 'front-matter-invalid',
      text: 'title: "Tanpa penutup\nauthor: [Ana',
      action: 'set-aside',
      line: 2,
    });
    expect(fm[0]?.detail).toMatch(/^not valid YAML: Missing closing "quote/);
  });

  it('refuses front matter that is not a mapping, keeping the body', () => {
    const { data, items, body } = splitFrontMatter('---\n- satu\n- dua\n---\nIsi\n');
    expect(data).toEqual({});
    expect(body).toBe('Isi\n');
    expect(items[0]).toMatchObject({
      reason: 'front-matter-invalid',
      detail: 'front matter must be "key: value" lines',
    });
  });

  it('reads author strings with joiners, and a bare day as a day without a time', () => {
    const a = importMarkdownText(
      '---\nbyline: Ana Putri dan Budi Santoso\ndate: 2025-12-01\nlanguage: id\n---\nIsi.\n',
      {},
    );
    expect(a.byline).toEqual({
      authors: [{ name: 'Ana Putri' }, { name: 'Budi Santoso' }],
      published: null,
    });
    expect(a.metadata.extra).toEqual({ date: '2025-12-01' });
    expect(a.importReport.items).toContainEqual(
      expect.objectContaining({
        reason: 'date-without-time',
        text: '2025-12-01',
        action: 'warning',
      }),
    );
  });

  it.each([
    [
      'en',
      '"WASHINGTON, Oct 3 (Reuters)"',
      { place: 'WASHINGTON', source: 'Reuters', date: 'Oct 3' },
    ],
    ['en', 'KYIV, Ukraine (AP) —', { place: 'KYIV, Ukraine', source: 'AP' }],
    ['id', 'Bandung (ANTARA)', { place: 'Bandung', source: 'ANTARA' }],
    ['id', 'JAKARTA, KOMPAS.com -', { place: 'JAKARTA', source: 'KOMPAS.com' }],
    ['id', 'SEMARANG', { place: 'SEMARANG' }],
    ['en', 'Port of Spain, near the docks', { place: 'Port of Spain, near the docks' }],
  ])('%s: reads a dateline written as a string, %s', (language, written, dateline) => {
    const a = importMarkdownText(
      `---\ntitle: Judul\nlanguage: ${language}\ndateline: ${written}\n---\nIsi berita.\n`,
      {},
    );
    expect(a.dateline).toEqual(dateline);
  });

  it('takes a link-less "Related:" line as a related block with no URL', () => {
    const a = importMarkdownText(
      '---\ntitle: Ferries\nlanguage: en\n---\nBody text here.\n\nRelated: Port traffic falls\n',
      {},
    );
    expect(a.blocks[1]).toEqual({
      id: 'b2',
      type: 'related',
      label: 'Related',
      title: 'Port traffic falls',
      url: null,
    });
  });
});

describe('Markdown importer: captions under pictures', () => {
  it('reads the "Foto:" line written under an image', () => {
    const a = importMarkdownText(
      '---\ntitle: Rob\n---\n\n![Genangan](rob.jpg)\nFoto: Warga melintasi genangan di Tambak Lorok. (ANTARA FOTO/Budi)\n\nAir laut naik setinggi 50 sentimeter sejak Rabu malam. Warga mengungsi.\n',
      {},
    );
    expect(a.blocks[0]).toEqual({
      id: 'b1',
      type: 'figure',
      src: 'rob.jpg',
      alt: 'Genangan',
      caption: 'Warga melintasi genangan di Tambak Lorok.',
      credit: 'ANTARA FOTO/Budi',
    });
    expect(a.blocks[1]).toMatchObject({ type: 'paragraph' });
  });
});

describe('Markdown importer: source lines', () => {
  it('tells the wire recogniser which file line each block came from', () => {
    const a = importMarkdownText(
      '---\ntitle: Jalan tol baru dibuka\nlanguage: id\n---\n\nRuas tol sepanjang 24 kilometer itu dibuka untuk umum pada Jumat pagi.\n\nPengendara tidak dikenai tarif hingga akhir bulan, kata pengelola jalan tol.\n\nPenulis: Ana Putri\n',
      {},
    );
    expect(a.credits).toEqual([{ name: 'Ana Putri', role: 'writer' }]);
    expect(a.importReport.items).toContainEqual(
      expect.objectContaining({ reason: 'credit-line', text: 'Penulis: Ana Putri', line: 10 }),
    );
  });
});

describe('Markdown importer: hostile input', () => {
  it('drops raw HTML scripts and handlers; javascript: links stay literal text', () => {
    const a = importMarkdownText(
      '---\ntitle: Uji\n---\nKlik [di sini](javascript:alert(1)) sekarang.\n\n<script>alert(2)</script>\n\n<img src=x onerror="alert(3)">\n',
      {},
    );
    // markdown-it refuses javascript: links, so the draft's text arrives as written, unlinked.
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Klik [di sini](javascript:alert(1)) sekarang.',
        marks: [],
      },
      { id: 'b2', type: 'figure', src: 'x', alt: '', caption: '', credit: null },
    ]);
    expect(a.importReport.items.map((i) => [i.reason, i.text])).toEqual([
      ['script-removed', 'alert(2)'],
      ['event-handler-removed', 'onerror="alert(3)"'],
    ]);
  });

  it('drops javascript: hrefs that arrive through raw HTML links', () => {
    const a = importMarkdownText(
      '---\ntitle: Uji\n---\nBaca <a href="javascript:alert(1)">ini</a> dulu.\n',
      {},
    );
    expect(a.blocks[0]).toEqual({ id: 'b1', type: 'paragraph', text: 'Baca ini dulu.', marks: [] });
    expect(a.importReport.items[0]).toMatchObject({
      reason: 'unsafe-link',
      text: 'javascript:alert(1)',
    });
  });
});

describe('Markdown importer: detection and the seed', () => {
  const score = (text: string, name?: string) =>
    markdownImporter.detect({ bytes: enc(text), name });

  it('claims front matter and Markdown syntax, not plain prose', () => {
    expect(score('---\ntitle: X\n---\nIsi')).toBe(0.85);
    expect(score('Isi', 'draft.md')).toBe(0.8);
    expect(score('# Judul\n\nIsi dengan [tautan](https://x.id).')).toBe(0.6);
    expect(score('Banjir rob\n\nSEMARANG - Air laut naik setinggi 50 sentimeter.')).toBe(0);
    expect(score('<p>html</p>')).toBe(0);
  });

  it('imports the Markdown seed through the registry', async () => {
    const file = path.join(repoRoot, 'seeds', 'pasar-apung-banjarmasin.md');
    const bytes = new Uint8Array(readFileSync(file));
    expect(detectImporter({ bytes, name: 'pasar.md' }).id).toBe('markdown');
    const a = await importDraft({ bytes, name: 'pasar-apung-banjarmasin.md' });
    expect(a.headline).toBe('Pasar Terapung Lok Baintan Ramai Lagi');
    expect(a.byline.published).toBe('2025-09-14T07:45:00+07:00');
    expect(a.dateline?.place).toBe('Banjarmasin');
    expect(a.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(a.blocks.find((b) => b.type === 'figure')).toEqual({
      id: 'b2',
      type: 'figure',
      src: 'foto/lok-baintan.jpg',
      alt: 'Pedagang di atas jukung',
      caption: 'Pedagang menawarkan kue dari atas jukung di Lok Baintan.',
      credit: 'Foto: Fitri Handayani',
    });
    expect(a.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'figure',
      'paragraph',
      'quote',
      'paragraph',
      'list',
      'related',
    ]);
  });
});

describe('Markdown importer: an English wire-style draft without front matter', () => {
  it('takes the # headline, and the wire recogniser takes byline and sign-off with their lines', async () => {
    const file = path.join(repoRoot, 'seeds', 'ferry-storm-makassar.md');
    const a = await importDraft({
      bytes: new Uint8Array(readFileSync(file)),
      name: 'ferry-storm-makassar.md',
    });
    expect(a.language).toBe('en');
    expect(a.headline).toBe('Ferry Services Resume After Three-Day Storm');
    expect(a.dateline).toEqual({ place: 'MAKASSAR, Indonesia', source: 'Harbour Post' });
    expect(a.blocks[0]).toMatchObject({
      type: 'paragraph',
      text: 'Ferry services between Makassar and the Selayar islands resumed on Tuesday after a storm kept boats in port for three days, stranding more than 2,000 passengers.',
    });
    expect(a.byline.authors).toEqual([{ name: 'Nur Aisyah' }, { name: 'Yusuf Rahim' }]);
    expect(a.credits).toEqual([
      { name: 'Nur Aisyah', role: 'writer' },
      { name: 'Yusuf Rahim', role: 'writer' },
      { name: 'Dimas Pratama', role: 'editor' },
    ]);
    expect(a.importReport.items.map((i) => [i.reason, i.line])).toEqual([
      ['byline', 3],
      ['dateline', 5],
      ['credit-line', 22],
    ]);
    expect(a.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'figure',
      'paragraph',
      'quote',
      'paragraph',
      'list',
      'related',
    ]);
    expect(a.blocks[1]).toMatchObject({
      caption: 'The first ferry leaves Makassar for Selayar on Tuesday.',
      credit: 'Harbour Post/Nur Aisyah',
    });
    expect(a.blocks[3]).toMatchObject({ attribution: 'Yusuf Rahim, harbour master' });
    // The "Related:" link paragraph keeps its address.
    expect(a.blocks[6]).toEqual({
      id: 'b7',
      type: 'related',
      label: 'Related',
      title: 'Port traffic falls in the rainy season',
      url: 'https://harbourpost.example/rainy-season',
    });
  });
});

describe('Markdown importer: properties', () => {
  const line = fc.oneof(
    fc.constantFrom(
      '---',
      'title: Judul',
      'title: "tak tertutup',
      'tags: [a, b',
      '# Judul',
      '## Sub',
      '> kutipan',
      '> — Nama',
      '- butir',
      '1. satu',
      '![alt](a.png "Keterangan (Foto: X)")',
      '[tautan](https://x.id)',
      '[jahat](javascript:alert(1))',
      'Baca juga: [Judul lain](https://x.id/2)',
      '<script>alert(1)</script>',
      '<div onclick="x()">',
      '**tebal** _miring_',
      '```',
      '',
    ),
    fc.string({ maxLength: 20 }),
  );
  it('never throws anything but ImportError and always yields a valid article', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        try {
          const a = importMarkdownText(lines.join('\n'), {});
          expect(ArticleSchema.safeParse(a).success).toBe(true);
          for (const b of a.blocks) {
            const marks =
              'marks' in b ? b.marks : b.type === 'list' ? b.items.flatMap((i) => i.marks) : [];
            for (const m of marks) expect(m.href ?? '').not.toMatch(/javascript:/i);
          }
        } catch (e) {
          if (!isImportError(e)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown importer: property over generated drafts', () => {
  const WORDS = [
    'harga',
    'beras',
    'naik',
    'Pasar',
    'Johar',
    'kata',
    'warga',
    'Rp14.000',
    'pagi,',
    'Semarang.',
  ];
  const run = fc.record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    bold: fc.boolean(),
    italic: fc.boolean(),
  });
  type Run = { words: string[]; bold: boolean; italic: boolean };

  function markdown(runs: Run[]): string {
    return runs
      .map((r) => {
        let t = r.words.join(' ');
        if (r.italic) t = `_${t}_`;
        if (r.bold) t = `**${t}**`;
        return t;
      })
      .join(' ');
  }

  /** Runs joined by spaces; touching styled runs read as one range, as the reader sees. */
  function expected(runs: Run[]) {
    let text = '';
    const marks: { type: 'bold' | 'italic'; start: number; end: number }[] = [];
    const open: Partial<Record<'bold' | 'italic', { end: number }>> = {};
    runs.forEach((r, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += r.words.join(' ');
      for (const type of ['bold', 'italic'] as const) {
        const current = open[type];
        if (!r[type]) open[type] = undefined;
        else if (current) current.end = text.length;
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

  it('keeps every paragraph’s text and emphasis ranges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(run, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (paras) => {
          const draft = `---\ntitle: Judul uji\nlanguage: id\n---\n\n${paras.map(markdown).join('\n\n')}\n`;
          const a = importMarkdownText(draft, {});
          expect(
            a.blocks.map((b) => (b.type === 'paragraph' ? { text: b.text, marks: b.marks } : b)),
          ).toEqual(paras.map(expected));
        },
      ),
      { numRuns: 200 },
    );
  });
});
