import { describe, expect, it } from 'vitest';
import { textExporter } from '../../../shared/export/text';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { seedArticle } from '../html/seedArticle';

const id = getBuiltinProfile('id');
const en = getBuiltinProfile('en');

describe('text: wire-style plain text', () => {
  it('writes the seed with its dateline lede, related line and Indonesian credit lines', () => {
    const text = String(textExporter.export(seedArticle(), { profile: id }));
    const paragraphs = text.split('\n\n');
    expect(paragraphs.slice(0, 4)).toEqual([
      'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
      'Oleh Willy Haryono · 29 September 2025 18.33 WIB',
      '[Foto: Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui. (@SpoxCHN_LinJian)]',
      'BEIJING: Menteri Luar Negeri Tiongkok Wang Yi menyatakan bahwa Beijing ingin memperkuat kerja sama dengan Korea Utara dan bersama-sama menolak dominasi asing. Pernyataan disampaikan Wang dalam pertemuan dengan Menlu Korut Choe Son-hui pada Minggu, 28 September.',
    ]);
    expect(paragraphs.slice(-2)).toEqual([
      'Baca juga: Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
      'Penulis: Willy Haryono\nEditor: Kelvin Yurcel\n',
    ]);
    // Headline, byline, photo line, eight paragraphs, related line, credits.
    expect(paragraphs).toHaveLength(13);
    expect(text).not.toMatch(/[<>]/);
  });

  it('writes an English wire story with an agency dateline, lists, quotes and links as text', () => {
    const a = createArticle({
      language: 'en',
      headline: 'Floods hit the north coast',
      subheadline: 'Sea water rose 50 cm',
      byline: { authors: [{ name: 'Sari Wulandari' }, { name: 'Budi Santoso' }], published: null },
      dateline: { place: 'Semarang', source: 'Reuters', date: 'Oct 2' },
      blocks: [
        {
          id: 'b1',
          type: 'paragraph',
          text: 'Sea water rose, officials said.',
          marks: [{ type: 'link', start: 0, end: 9, href: 'https://example.com/sea' }],
        },
        {
          id: 'b2',
          type: 'quote',
          text: '“We are ready,” he said.',
          marks: [],
          attribution: 'Agus Salim',
        },
        {
          id: 'b3',
          type: 'list',
          ordered: true,
          items: [
            { text: 'Evacuate', marks: [] },
            { text: 'Report', marks: [] },
          ],
        },
        {
          id: 'b4',
          type: 'related',
          label: 'Related',
          title: 'Rice prices rise',
          url: 'https://example.com/rice',
        },
      ],
      credits: [
        { name: 'Karl Melander', role: 'editor' },
        { name: 'Dewi Lestari', role: 'contributor', note: 'additional reporting' },
      ],
    });
    expect(String(textExporter.export(a, { profile: en, draft: true }))).toBe(
      [
        'DRAFT — not for publication: this copy still has errors',
        'Floods hit the north coast\nSea water rose 50 cm',
        'By Sari Wulandari and Budi Santoso',
        'SEMARANG, Oct 2 (Reuters) - Sea water rose, officials said.',
        '“We are ready,” he said.\n— Agus Salim',
        '1. Evacuate\n2. Report',
        'Related: Rice prices rise (https://example.com/rice)',
        'Editor: Karl Melander\nContributor: Dewi Lestari (additional reporting)',
      ].join('\n\n') + '\n',
    );
  });

  it('gives the dateline its own line when the body has no paragraph', () => {
    const a = createArticle({
      language: 'id',
      headline: 'Foto hari ini',
      dateline: { place: 'Jakarta', source: 'ANTARA' },
      blocks: [
        {
          id: 'b1',
          type: 'figure',
          src: null,
          alt: '',
          caption: 'Hujan deras.',
          credit: 'ANTARA FOTO/Budi',
        },
      ],
    });
    expect(String(textExporter.export(a, { profile: id }))).toBe(
      'Foto hari ini\n\nJAKARTA (ANTARA) -\n\n[Foto: Hujan deras. (ANTARA FOTO/Budi)]\n',
    );
  });
});
