/**
 * A DOCX that LibreOffice itself wrote, not one built to look like it. Made with
 *   cd fixtures && pandoc libreoffice-written.md -o x.odt     (the picture is perahu.png)
 *   soffice --headless --convert-to docx:"MS Word 2007 XML" x.odt
 * (LibreOffice 7.4, whose app.xml is in the file). The ODT came from pandoc, so the styles are
 * pandoc's as LibreOffice names them in DOCX (FigureWithCaption, FigureCaption, Author, Date),
 * and, as with any conversion, dcterms:created is the moment it ran (2026-11-26), not the story's
 * day.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../shared/import';
import type { Article } from '../../../shared/model/article';
import { lostWords } from '../text/helpers';

const NAME = 'libreoffice-written.docx';
const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', NAME)));
const source = readFileSync(
  path.join(import.meta.dirname, 'fixtures', 'libreoffice-written.md'),
  'utf8',
);
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAIAAAC0SDtlAAAAFElEQVR4nGM4UaFBEmIY1TAoNAAA0SvKgWvAW1cAAAAASUVORK5CYII=';

const expected: Article = {
  schemaVersion: 1,
  id: 'art-7e85a4a87aa5b9a4',
  language: 'id-ID',
  headline: 'Nelayan Paotere Kembali Melaut Setelah Cuaca Membaik',
  subheadline: 'Harga ikan di pelelangan turun untuk pertama kali dalam sepekan',
  slug: null,
  // The Date paragraph names a day and no time; the file's creation time is another day.
  byline: { authors: [{ name: 'Andi Rahmat' }], published: null },
  dateline: { place: 'Makassar', source: 'ANTARA' },
  blocks: [
    {
      id: 'b1',
      type: 'paragraph',
      text: 'Ratusan nelayan di Pelabuhan Paotere kembali melaut pada Senin pagi setelah gelombang tinggi mereda, kata petugas syahbandar setempat.',
      marks: [{ type: 'bold', start: 29, end: 36 }],
    },
    {
      id: 'b2',
      type: 'figure',
      src: PNG,
      alt: '',
      caption: 'Perahu nelayan bersandar di Pelabuhan Paotere, Makassar.',
      credit: 'ANTARA FOTO/Arnas Padda',
    },
    {
      id: 'b3',
      type: 'paragraph',
      text: 'Selama sepekan terakhir, angin kencang membuat sebagian besar perahu kecil tidak berani keluar dari teluk.',
      marks: [],
    },
    { id: 'b4', type: 'heading', level: 2, text: 'Harga ikan turun', marks: [] },
    {
      id: 'b5',
      type: 'paragraph',
      text: 'Di pelelangan, harga ikan cakalang turun menjadi Rp28.000 per kilogram dari Rp35.000 pekan lalu.',
      marks: [],
    },
    {
      id: 'b6',
      type: 'quote',
      text: 'Kami sudah tujuh hari tidak melaut, jadi hari ini semua perahu keluar.',
      marks: [],
      attribution: null,
    },
    {
      id: 'b7',
      type: 'list',
      ordered: false,
      items: [
        { text: 'cakalang Rp28.000 per kilogram', marks: [] },
        { text: 'tongkol Rp24.000 per kilogram', marks: [] },
      ],
    },
    {
      id: 'b8',
      type: 'related',
      label: 'Baca juga',
      title: 'Gelombang tinggi diperkirakan kembali akhir pekan',
      url: null,
    },
  ],
  credits: [
    { name: 'Andi Rahmat', role: 'writer' },
    { name: 'Nur Aisyah', role: 'editor' },
  ],
  metadata: {
    tags: [],
    profile: 'id',
    extra: {
      'docx.title': 'Nelayan Paotere Kembali Melaut Setelah Cuaca Membaik',
      'docx.creator': 'Andi Rahmat',
      'docx.created': '2026-11-26T01:30:50Z',
      'docx.modified': '2026-11-26T01:30:50Z',
      'docx.language': 'id-ID',
      date: '6 Oktober 2025',
    },
  },
  importReport: {
    format: 'docx',
    source: NAME,
    profile: 'id',
    items: [
      {
        reason: 'date-without-time',
        text: '6 Oktober 2025',
        action: 'warning',
        detail: 'the draft gives a day but no time; publication time left empty',
      },
      {
        reason: 'credit-line',
        text: 'Pewarta: Andi Rahmat',
        action: 'moved',
        detail: 'Credits: Andi Rahmat (writer).',
      },
      {
        reason: 'credit-line',
        text: 'Editor: Nur Aisyah',
        action: 'moved',
        detail: 'Credits: Nur Aisyah (editor).',
      },
      {
        reason: 'dateline',
        text: 'Makassar (ANTARA) -',
        action: 'moved',
        detail: 'Moved to the dateline.',
      },
    ],
  },
};

describe('DOCX importer: a document LibreOffice wrote', () => {
  it('is what the file says it is', async () => {
    const app = await (await JSZip.loadAsync(bytes)).file('docProps/app.xml')!.async('string');
    expect(app).toContain('<Application>LibreOffice/7.4');
  });

  it('imports as the desk would file it: one figure with its picture, caption and credit', async () => {
    expect(await importDraft({ bytes, name: NAME })).toEqual(expected);
  });

  it('loses no word of the draft it was made from', async () => {
    const article = await importDraft({ bytes, name: NAME });
    // The copy, without what is Markdown rather than copy: front matter keys, the language
    // line and the picture's file name.
    const copy = source
      .replace(/^lang:.*$/m, '')
      .replace(/^(?:title|subtitle|author|date):/gm, '')
      .replace('(perahu.png)', '');
    expect(lostWords(copy, article)).toEqual([]);
  });
});
