import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../shared/import';
import { splitCaptionLabel } from '../../../shared/import/html/caption';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const WORD = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'docx', 'word-styled.docx'));
const CAPTION_RUN =
  '<w:r><w:t xml:space="preserve">Petani mengumpulkan garam di tambak Desa Pinggir Papas. (ANTARA FOTO/Siti Rahma)</w:t></w:r>';
const TEXT = 'Petani mengumpulkan garam di tambak Desa Pinggir Papas.';

/** The Word fixture with its Caption paragraph written as Insert Caption writes it. */
async function withCaption(runs: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(WORD);
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(CAPTION_RUN);
  zip.file('word/document.xml', xml.replace(CAPTION_RUN, runs));
  return zip.generateAsync({ type: 'uint8array' });
}

const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const rest = `${TEXT} (ANTARA FOTO/Siti Rahma)`;

describe('DOCX captions numbered by Insert Caption', () => {
  it.each([
    [
      'a complex SEQ field (Word)',
      run('Figure ') +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ Figure \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        run('1') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        run(`: ${rest}`),
      'Figure 1:',
    ],
    [
      'a simple SEQ field (w:fldSimple, which mammoth alone skips)',
      run('Gambar ') +
        '<w:fldSimple w:instr=" SEQ Gambar \\* ARABIC ">' +
        run('1') +
        '</w:fldSimple>' +
        run(`. ${rest}`),
      'Gambar 1.',
    ],
    ['a typed label', run(`Gambar 2. ${rest}`), 'Gambar 2.'],
  ])(
    '%s: the figure keeps the caption and credit, the label is reported',
    async (_l, runs, label) => {
      const a = await importDraft({ bytes: await withCaption(runs), name: 'garam.docx' });
      const figures = a.blocks.filter((b) => b.type === 'figure');
      expect(figures).toHaveLength(1);
      expect(figures[0]).toMatchObject({ caption: TEXT, credit: 'ANTARA FOTO/Siti Rahma' });
      expect(a.importReport.items.filter((i) => i.reason === 'caption-label')).toEqual([
        {
          reason: 'caption-label',
          text: label,
          action: 'dropped',
          detail: "the word processor's figure number",
        },
      ]);
    },
  );
});

describe('DOCX simple fields keep their text', () => {
  const BODY_RUN = '<w:r><w:t xml:space="preserve"> dari biasanya.</w:t></w:r></w:p>';

  async function withBody(runs: string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(WORD);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(BODY_RUN);
    zip.file('word/document.xml', xml.replace(BODY_RUN, `${runs}</w:p>`));
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('a HYPERLINK field stays a link, a DATE field keeps its date, an empty one goes', async () => {
    const bytes = await withBody(
      run(' dari biasanya, menurut ') +
        '<w:fldSimple w:instr=" HYPERLINK &quot;https://example.id/garam&quot; ">' +
        run('laporan dinas') +
        '</w:fldSimple>' +
        run(' tanggal ') +
        '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">' +
        run('3 Oktober 2025') +
        '</w:fldSimple>' +
        '<w:fldSimple w:instr=" PAGE "/>' +
        run('.'),
    );
    const a = await importDraft({ bytes, name: 'garam.docx' });
    const text =
      'Petani garam di Kabupaten Sumenep, Jawa Timur, mulai memanen dua pekan lebih awal dari biasanya, menurut laporan dinas tanggal 3 Oktober 2025.';
    const start = text.indexOf('laporan dinas');
    expect(a.blocks[0]).toEqual({
      id: 'b1',
      type: 'paragraph',
      text,
      marks: [
        { type: 'bold', start: 61, end: 81 },
        {
          type: 'link',
          start,
          end: start + 'laporan dinas'.length,
          href: 'https://example.id/garam',
        },
      ],
    });
    expect(a.importReport.items.filter((i) => i.reason === 'docx-conversion')).toEqual([]);
  });
});

describe('splitCaptionLabel', () => {
  it.each([
    ['Figure 1: Ferries wait.', 'Figure 1:', 'Ferries wait.'],
    ['Fig. 3. Ferries wait.', 'Fig. 3.', 'Ferries wait.'],
    ['Illustration 2-1: A map.', 'Illustration 2-1:', 'A map.'],
    ['Gambar 1. Warga antre.', 'Gambar 1.', 'Warga antre.'],
    ['Ilustrasi : Peta banjir.', 'Ilustrasi :', 'Peta banjir.'],
    ['Foto 4: Warga antre.', 'Foto 4:', 'Warga antre.'],
  ])('%s', (raw, label, text) => {
    expect(splitCaptionLabel(raw)).toEqual({ label, text });
  });

  it.each([
    'Foto: Budi Santoso',
    'Foto : Warga antre beras di Pasar Johar.',
    'Figure skating: the final in Milan.',
    'Gambaran umum: harga naik.',
    'Gambar: Budi',
    'Figure 1:',
    'Warga antre. Gambar 1: lihat di atas.',
  ])('leaves %s as it is', (raw) => {
    expect(splitCaptionLabel(raw)).toEqual({ label: null, text: raw });
  });
});
