/**
 * Simple fields (`w:fldSimple`) in a DOCX LibreOffice wrote. Mammoth skips them, so the importer
 * rewrites them as complex fields first; the schema lets one nest inside another, and a rewrite
 * that pairs an outer start tag with the inner end tag leaves a HYPERLINK open to the end of the
 * document, turning every later paragraph into one link.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../shared/import';
import { simpleFieldsToComplex } from '../../../shared/import/docx';
import type { Article, Block } from '../../../shared/model/article';

const NAME = 'libreoffice-written.docx';
const FIXTURE = new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', NAME)));
/** The end of the fixture's first body paragraph, where the fields go. */
const FIRST_PARAGRAPH_END =
  '<w:t xml:space="preserve"> kembali melaut pada Senin pagi setelah gelombang tinggi mereda, kata petugas syahbandar setempat.</w:t></w:r></w:p>';
const FIRST_TEXT =
  'Ratusan nelayan di Pelabuhan Paotere kembali melaut pada Senin pagi setelah gelombang tinggi mereda, kata petugas syahbandar setempat.';
const BOLD = { type: 'bold', start: 29, end: 36 } as const;

const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const HYPERLINK = '<w:fldSimple w:instr=" HYPERLINK &quot;https://ex.com&quot; ">';
const SEQ = '<w:fldSimple w:instr=" SEQ Figure ">';
const END = '</w:fldSimple>';

/** The fixture with `runs` added after the last words of its first body paragraph. */
async function withRuns(runs: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(FIXTURE);
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml.split(FIRST_PARAGRAPH_END)).toHaveLength(2);
  expect(xml).not.toContain('<w:fldSimple');
  zip.file(
    'word/document.xml',
    xml.replace(FIRST_PARAGRAPH_END, FIRST_PARAGRAPH_END.replace('</w:p>', `${runs}</w:p>`)),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

async function importWith(runs: string): Promise<Article> {
  return importDraft({ bytes: await withRuns(runs), name: NAME });
}

const untouched = importDraft({ bytes: FIXTURE, name: NAME });

/** Every link mark in the article, with the block it is in. */
function links(
  blocks: readonly Block[],
): { block: string; text: string; href: string | undefined }[] {
  const found: { block: string; text: string; href: string | undefined }[] = [];
  for (const b of blocks) {
    const spans =
      'marks' in b && 'text' in b
        ? [{ text: b.text, marks: b.marks }]
        : b.type === 'list'
          ? b.items
          : [];
    for (const s of spans) {
      for (const m of s.marks) {
        if (m.type === 'link') {
          found.push({ block: b.id, text: s.text.slice(m.start, m.end), href: m.href });
        }
      }
    }
  }
  return found;
}

/** The first paragraph is `text` with `marks`; everything after it is as in the untouched file. */
async function expectOnlyFirstParagraphChanged(
  a: Article,
  text: string,
  marks: unknown[],
): Promise<void> {
  const base = await untouched;
  expect(a.blocks[0]).toEqual({ id: 'b1', type: 'paragraph', text, marks });
  expect(a.blocks.slice(1)).toEqual(base.blocks.slice(1));
  expect(a.credits).toEqual(base.credits);
  expect(a.importReport.items.filter((i) => i.reason === 'docx-conversion')).toEqual([]);
}

describe('DOCX simple fields (w:fldSimple)', () => {
  it('the untouched file has no link anywhere', async () => {
    const base = await untouched;
    expect(base.blocks[0]).toEqual({
      id: 'b1',
      type: 'paragraph',
      text: FIRST_TEXT,
      marks: [BOLD],
    });
    expect(links(base.blocks)).toEqual([]);
  });

  it('a SEQ field nested in a HYPERLINK field: "7 tautan" links to the URL in that paragraph only', async () => {
    const a = await importWith(
      run(' Lihat ') + HYPERLINK + SEQ + '<w:r><w:t>7</w:t></w:r>' + END + run(' tautan') + END,
    );
    const text = `${FIRST_TEXT} Lihat 7 tautan`;
    const start = text.indexOf('7 tautan');
    expect(start).toBe(FIRST_TEXT.length + ' Lihat '.length);
    await expectOnlyFirstParagraphChanged(a, text, [
      BOLD,
      { type: 'link', start, end: text.length, href: 'https://ex.com' },
    ]);
    expect(links(a.blocks)).toEqual([{ block: 'b1', text: '7 tautan', href: 'https://ex.com' }]);
  });

  it('fields nested three deep, with text on both sides of the inner ones, all come through', async () => {
    const a = await importWith(
      run(' Lihat ') +
        HYPERLINK +
        run('gambar ') +
        SEQ +
        '<w:fldSimple w:instr=" PAGE ">' +
        run('3') +
        END +
        run('.1') +
        END +
        run(' di sini') +
        END +
        run('.'),
    );
    const text = `${FIRST_TEXT} Lihat gambar 3.1 di sini.`;
    const start = text.indexOf('gambar');
    await expectOnlyFirstParagraphChanged(a, text, [
      BOLD,
      { type: 'link', start, end: text.length - 1, href: 'https://ex.com' },
    ]);
  });

  it('a self-closing field, alone and inside a HYPERLINK field, adds nothing and breaks nothing', async () => {
    const a = await importWith(
      '<w:fldSimple w:instr=" PAGE "/>' +
        run(' Lihat ') +
        HYPERLINK +
        run('peta') +
        '<w:fldSimple w:instr=" NUMPAGES " />' +
        END +
        run('.'),
    );
    const text = `${FIRST_TEXT} Lihat peta.`;
    const start = text.indexOf('peta');
    await expectOnlyFirstParagraphChanged(a, text, [
      BOLD,
      { type: 'link', start, end: start + 'peta'.length, href: 'https://ex.com' },
    ]);
  });

  it('two HYPERLINK fields side by side each keep their own URL', async () => {
    const a = await importWith(
      run(' Lihat ') +
        HYPERLINK +
        run('satu') +
        END +
        run(' dan ') +
        "<w:fldSimple w:instr=' HYPERLINK &quot;https://ex.org/dua&quot; '>" +
        run('dua') +
        END +
        run('.'),
    );
    expect(links(a.blocks)).toEqual([
      { block: 'b1', text: 'satu', href: 'https://ex.com' },
      { block: 'b1', text: 'dua', href: 'https://ex.org/dua' },
    ]);
    expect(a.blocks.slice(1)).toEqual((await untouched).blocks.slice(1));
  });

  it('a HYPERLINK around fields nested 200 deep keeps every word and its link', async () => {
    const depth = 200;
    const a = await importWith(
      run(' Lihat ') +
        HYPERLINK +
        SEQ.repeat(depth) +
        run('7') +
        END.repeat(depth) +
        run(' tautan') +
        END +
        run('.'),
    );
    const text = `${FIRST_TEXT} Lihat 7 tautan.`;
    const start = text.indexOf('7 tautan');
    await expectOnlyFirstParagraphChanged(a, text, [
      BOLD,
      { type: 'link', start, end: start + '7 tautan'.length, href: 'https://ex.com' },
    ]);
  });
});

describe('simpleFieldsToComplex', () => {
  const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>';
  const instr = (i: string) => `<w:r><w:instrText xml:space="preserve">${i}</w:instrText></w:r>`;
  const separate = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const t = (x: string) => `<w:r><w:t>${x}</w:t></w:r>`;

  it('nests the complex fields as the simple ones were nested', () => {
    expect(
      simpleFieldsToComplex(
        `<w:p>${HYPERLINK}${SEQ}${t('7')}${END}${t(' tautan')}${END}${t('.')}</w:p>`,
      ),
    ).toBe(
      '<w:p>' +
        begin +
        instr(' HYPERLINK &quot;https://ex.com&quot; ') +
        separate +
        begin +
        instr(' SEQ Figure ') +
        separate +
        t('7') +
        end +
        t(' tautan') +
        end +
        t('.') +
        '</w:p>',
    );
  });

  it('reads self-closing tags, single quotes, and a ">" or "/>" inside a quoted instruction', () => {
    expect(
      simpleFieldsToComplex(
        `<w:fldSimple w:instr=" PAGE "/><w:fldSimple w:dirty="true" w:instr=' IF 2 > 1 "a/>b" '>${t('a/>b')}</w:fldSimple >`,
      ),
    ).toBe(
      begin +
        instr(' PAGE ') +
        separate +
        end +
        begin +
        instr(' IF 2 > 1 "a/>b" ') +
        separate +
        t('a/>b') +
        end,
    );
  });

  it('drops a start or end tag that has no partner and keeps the text between', () => {
    expect(simpleFieldsToComplex(`${t('a')}${END}${HYPERLINK}${t('b')}${SEQ}${t('c')}${END}`)).toBe(
      t('a') + t('b') + begin + instr(' SEQ Figure ') + separate + t('c') + end,
    );
  });

  // Searching each unterminated tag to the end of the part took 6 s for 20 000 of them; a
  // quadratic search of these 50 000 would take far longer than the test's time limit.
  it('gives up a start tag that never ends at the next "<", so a damaged part stays fast', () => {
    const xml = '<w:fldSimple w:instr="'.repeat(50_000);
    expect(simpleFieldsToComplex(xml)).toBe(xml);
  });

  it('leaves other elements whose names begin the same way alone', () => {
    const xml = `<w:fldSimpleX w:instr=" PAGE "/>${t('a')}</w:fldSimpleX>`;
    expect(simpleFieldsToComplex(xml)).toBe(xml);
  });
});
