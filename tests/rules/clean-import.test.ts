/**
 * "An import of a clean draft produces no findings": drafts written the way the seed is (wire
 * copy as plain text, and the same story in Markdown with its photo), imported through the
 * real importers, then checked. Each has a twin with one slip, so the clean result is not a
 * check that finds nothing at all.
 */
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../shared/import';
import { getBuiltinProfile } from '../../shared/profiles';
import { checkArticle } from '../../shared/rules';
import { NOW, profileWith } from './tester';

const STORY = [
  'Semarang: Banjir rob kembali menggenangi permukiman warga di pesisir utara Semarang, Jawa Tengah, pada Rabu pagi. Air laut pasang masuk hingga ke jalan-jalan kampung.',
  '',
  'Petugas Badan Penanggulangan Bencana Daerah menyiagakan pompa di sejumlah titik. “Kami sudah menyiapkan enam pompa tambahan,” kata kepala pelaksana BPBD Semarang.',
  '',
];
const TAIL = [
  '',
  'Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan pasang maksimum masih terjadi hingga akhir pekan. Warga diminta tetap waspada.',
  '',
  'Penulis: Sari Wulandari',
  'Editor: Budi Santoso',
  '',
];
const HEADLINE = 'Banjir Rob Kembali Genangi Pesisir Utara Semarang';
const RELATED_TITLE = 'Pasang Maksimum Air Laut Diperkirakan hingga Akhir Pekan';
const RELATED_URL = 'https://www.medcom.id/nasional/daerah/pasang-maksimum';

/** Wire copy as the seed is laid out: headline, byline with time, dateline, "Baca juga", credits. */
function wireText(related = `Baca juga: ${RELATED_TITLE} ${RELATED_URL}`): string {
  return [
    HEADLINE,
    '',
    'Sari Wulandari • 1 Oktober 2025 08:15',
    '',
    ...STORY,
    related,
    ...TAIL,
  ].join('\n');
}

/** The same story in Markdown, with its photo (alt text, caption and credit). */
function markdown(credit = 'ANTARA FOTO/Makna Zaezar'): string {
  return [
    `# ${HEADLINE}`,
    '',
    'Sari Wulandari • 1 Oktober 2025 08:15',
    '',
    '![Genangan air laut setinggi lutut di jalan kampung Tambak Lorok](images/rob.jpg)',
    '',
    `*Warga melintasi genangan banjir rob di kawasan Tambak Lorok, Semarang. ${credit}*`,
    '',
    ...STORY,
    `Baca juga: [${RELATED_TITLE}](${RELATED_URL})`,
    ...TAIL,
  ].join('\n');
}

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const profile = getBuiltinProfile('id');

async function check(text: string, name: string) {
  const article = await importDraft({ bytes: bytes(text), name });
  return { article, list: checkArticle(article, { profile, now: NOW }) };
}

describe('a clean draft, imported', () => {
  it('as wire copy in plain text: every part recognised, no findings', async () => {
    const { article, list } = await check(wireText(), 'banjir.txt');
    expect(article.importReport.format).toBe('text');
    expect(article.headline).toBe(HEADLINE);
    expect(article.byline).toEqual({
      authors: [{ name: 'Sari Wulandari' }],
      published: '2025-10-01T08:15:00+07:00',
    });
    expect(article.dateline).toEqual({ place: 'Semarang' });
    expect(article.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'related',
      'paragraph',
    ]);
    expect(article.credits).toEqual([
      { name: 'Sari Wulandari', role: 'writer' },
      { name: 'Budi Santoso', role: 'editor' },
    ]);
    expect(list.map((d) => `${d.ruleId}: ${d.message.en}`)).toEqual([]);
  });

  it('as Markdown with its photo: no findings', async () => {
    const { article, list } = await check(markdown(), 'banjir.md');
    expect(article.importReport.format).toBe('markdown');
    expect(article.blocks[0]).toMatchObject({
      type: 'figure',
      src: 'images/rob.jpg',
      alt: 'Genangan air laut setinggi lutut di jalan kampung Tambak Lorok',
      caption: 'Warga melintasi genangan banjir rob di kawasan Tambak Lorok, Semarang.',
      credit: 'ANTARA FOTO/Makna Zaezar',
    });
    expect(list.map((d) => `${d.ruleId}: ${d.message.en}`)).toEqual([]);
  });
});

describe('the same drafts with one slip each', () => {
  it('a related line without its address, with a mismatched quote, gives what the seed gives', async () => {
    const { list } = await check(
      wireText("Baca juga: Pasang Maksimum Air Laut Bersifat ‘Permanen'"),
      'banjir.txt',
    );
    expect(
      list.map((d) => [d.ruleId, d.severity, d.location.blockIndex, d.location.field]),
    ).toEqual([
      ['related/missing-url', 'error', 2, 'url'],
      ['text/unbalanced-quotes', 'warning', 2, 'title'],
    ]);
  });

  it('a caption with no full stop is noted', async () => {
    const noStop = markdown().replace('Semarang. ANTARA', 'Semarang ANTARA');
    const { list } = await check(noStop, 'banjir.md');
    expect(list.map((d) => [d.ruleId, d.severity, d.location.field])).toEqual([
      ['caption/no-terminal-punctuation', 'info', 'caption'],
    ]);
  });

  it('a photo credit outside the house form is flagged once the profile sets that form', async () => {
    const house = profileWith({
      // The whole credit must match: the agency, a slash, a name.
      creditFormat: 'ANTARA FOTO/\\p{L}+(?: \\p{L}+)*',
      creditFormatExample: 'ANTARA FOTO/Nama Fotografer',
    });
    const article = await importDraft({ bytes: bytes(markdown()), name: 'banjir.md' });
    expect(checkArticle(article, { profile: house, now: NOW })).toEqual([]);
    const other = await importDraft({
      bytes: bytes(markdown('Foto: Makna Zaezar')),
      name: 'banjir.md',
    });
    expect(
      checkArticle(other, { profile: house, now: NOW }).map((d) => [d.ruleId, d.message.en]),
    ).toEqual([
      [
        'caption/credit-format',
        'The photo credit "Makna Zaezar" is not in the house form (ANTARA FOTO/Nama Fotografer).',
      ],
    ]);
  });
});
