import { describe, expect, it } from 'vitest';
import type { Article, Block, Mark } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { applyWireConventions } from '../../../shared/import/wire';
import { compileConventions } from '../../../shared/import/wire/conventions';
import { matchSignOff, parseCreditLine } from '../../../shared/import/wire/credits';
import { matchDateline } from '../../../shared/import/wire/dateline';
import { parseDate } from '../../../shared/import/wire/dates';
import { parseCaption } from '../../../shared/import/wire/figure';
import { parseByline } from '../../../shared/import/wire/byline';
import { importPlainText } from '../../../shared/import/text';
import { expectValidArticle } from './helpers';

const id = getBuiltinProfile('id');
const en = getBuiltinProfile('en');
const ccId = compileConventions(id);
const ccEn = compileConventions(en);

let n = 0;
const p = (text: string, marks: Mark[] = []): Block => ({
  id: `x${++n}`,
  type: 'paragraph',
  text,
  marks,
});

/** An article as the Markdown, HTML and DOCX importers hand it over: raw paragraphs. */
const raw = (blocks: Block[], headline = ''): Article =>
  createArticle({
    id: 'art-t',
    language: 'id',
    headline,
    blocks,
    importReport: { format: 'markdown', items: [] },
  });

describe('applyWireConventions on blocks from other importers', () => {
  it('takes a related link from a link mark over the title', () => {
    const text = 'Baca juga: Pemkot Siapkan Pompa Tambahan';
    const a = applyWireConventions(
      raw(
        [
          p('Isi berita pertama.'),
          p(text, [{ type: 'link', start: 11, end: text.length, href: 'https://contoh.id/pompa' }]),
        ],
        'Judul',
      ),
      { profile: id, headlineKnown: true },
    );
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Isi berita pertama.', marks: [] },
      {
        id: 'b2',
        type: 'related',
        label: 'Baca juga',
        title: 'Pemkot Siapkan Pompa Tambahan',
        url: 'https://contoh.id/pompa',
      },
    ]);
    expectValidArticle(a);
  });

  it('shifts marks when the dateline is cut from the first paragraph', () => {
    const text = 'JAKARTA, KOMPAS.com - Presiden meminta menteri bekerja cepat.';
    const start = text.indexOf('Presiden');
    const a = applyWireConventions(
      raw(
        [
          p(text, [
            { type: 'bold', start, end: start + 8 },
            { type: 'italic', start: 0, end: 7 },
          ]),
        ],
        'Judul',
      ),
      { profile: id },
    );
    expect(a.dateline).toEqual({ place: 'JAKARTA', source: 'KOMPAS.com' });
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Presiden meminta menteri bekerja cepat.',
        // The italic lay wholly inside the dateline, so it went with it.
        marks: [{ type: 'bold', start: 0, end: 8 }],
      },
    ]);
  });

  it('clips marks when a sign-off is cut from the end of the last paragraph', () => {
    const text = 'Keduanya kini ditahan polisi. (nkh/imk)';
    const a = applyWireConventions(
      raw([p(text, [{ type: 'italic', start: 9, end: text.length }])], 'Judul'),
      {
        profile: id,
      },
    );
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Keduanya kini ditahan polisi.',
        marks: [{ type: 'italic', start: 9, end: 29 }],
      },
    ]);
    expect(a.credits).toEqual([
      { name: 'nkh', role: 'writer', note: 'initials as the house writes them (writer/editor)' },
      { name: 'imk', role: 'editor', note: 'initials as the house writes them (writer/editor)' },
    ]);
  });

  it('with a known headline only drops its repeat and never promotes a paragraph', () => {
    const a = applyWireConventions(
      raw(
        [p('Harga Cabai Naik'), p('Pedagang mengeluh.'), p('Pembeli berkurang.')],
        'Harga Cabai Naik',
      ),
      { profile: id, headlineKnown: true },
    );
    expect(a.headline).toBe('Harga Cabai Naik');
    expect(a.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      'Pedagang mengeluh.',
      'Pembeli berkurang.',
    ]);
    expect(a.importReport.items).toEqual([
      {
        reason: 'duplicate-headline',
        text: 'Harga Cabai Naik',
        action: 'dropped',
        detail: 'The headline was repeated.',
      },
    ]);
  });

  it('reads conventions on the lines of a paragraph with soft breaks and keeps prose lines together', () => {
    const a = applyWireConventions(
      raw([
        p('Judul Berita Hari Ini'),
        p('Baris pertama puisi,\nbaris kedua puisi.'),
        p('Penulis: Sari Wulandari\nEditor: Bambang Priyo'),
      ]),
      { profile: id },
    );
    expect(a.headline).toBe('Judul Berita Hari Ini');
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Baris pertama puisi,\nbaris kedua puisi.', marks: [] },
    ]);
    expect(a.credits).toEqual([
      { name: 'Sari Wulandari', role: 'writer' },
      { name: 'Bambang Priyo', role: 'editor' },
    ]);
    expect(a.byline.authors).toEqual([{ name: 'Sari Wulandari' }]);
  });

  it('passes headings, quotes and lists through with fresh ids', () => {
    const quote: Block = {
      id: 'q9',
      type: 'quote',
      text: 'Kami siap.',
      marks: [],
      attribution: 'Menteri',
    };
    const list: Block = {
      id: 'l3',
      type: 'list',
      ordered: false,
      items: [{ text: 'Satu', marks: [] }],
    };
    const heading: Block = { id: 'h2', type: 'heading', level: 2, text: 'Latar', marks: [] };
    const a = applyWireConventions(raw([p('Isi.'), heading, quote, list], 'Judul'), {
      profile: id,
    });
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Isi.', marks: [] },
      { ...heading, id: 'b2' },
      { ...quote, id: 'b3' },
      { ...list, id: 'b4' },
    ]);
  });

  it('takes a related title from the line after a label that stands alone', () => {
    const a = applyWireConventions(
      raw(
        [p('Isi berita.'), p('Pilihan Editor:'), p('Operasi Pasar Digelar di Lima Kota')],
        'Judul',
      ),
      { profile: id },
    );
    expect(a.blocks[1]).toEqual({
      id: 'b2',
      type: 'related',
      label: 'Pilihan Editor',
      title: 'Operasi Pasar Digelar di Lima Kota',
      url: null,
    });
    expect(a.importReport.items).toEqual([
      {
        reason: 'related',
        text: 'Pilihan Editor:\nOperasi Pasar Digelar di Lima Kota',
        action: 'moved',
        detail: 'Became a related-link block.',
      },
    ]);
  });

  it('cuts a Reuters credit tail written inside the last paragraph', () => {
    const a = applyWireConventions(
      raw([p('Ports were quiet on Friday. (Reporting by Jane Doe; Editing by Sam Poe)')], 'Ports'),
      { profile: en },
    );
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Ports were quiet on Friday.', marks: [] },
    ]);
    expect(a.credits).toEqual([
      { name: 'Jane Doe', role: 'writer' },
      { name: 'Sam Poe', role: 'editor' },
    ]);
    expect(a.byline.authors).toEqual([{ name: 'Jane Doe' }]);
  });
});

describe('credit lines', () => {
  it.each([
    [
      'Penulis: Sari Wulandari | Editor: Bambang Priyo',
      [
        ['Sari Wulandari', 'writer'],
        ['Bambang Priyo', 'editor'],
      ],
    ],
    [
      'Pewarta: Ahmad Fauzi dan Rina Marlina',
      [
        ['Ahmad Fauzi', 'writer'],
        ['Rina Marlina', 'writer'],
      ],
    ],
    [
      'Reporter: Andi Prasetyo Editor: Rina Marlina',
      [
        ['Andi Prasetyo', 'writer'],
        ['Rina Marlina', 'editor'],
      ],
    ],
    ['Fotografer: Hafidz Mubarak', [['Hafidz Mubarak', 'photographer']]],
    ['Oleh: Dewi Lestari', [['Dewi Lestari', 'writer']]],
  ])('id: %s', (line, credits) => {
    expect(parseCreditLine(line, ccId)?.credits.map((c) => [c.name, c.role])).toEqual(credits);
  });

  it.each([
    [
      'By Jane Doe and John Roe',
      [
        ['Jane Doe', 'writer'],
        ['John Roe', 'writer'],
      ],
    ],
    ['By Jane Doe, Reuters', [['Jane Doe', 'writer']]],
    ['Additional reporting by Ann Poe in Jakarta', [['Ann Poe', 'contributor', 'in Jakarta']]],
    [
      '(Reporting by A. B. Carter, Dee Evans and Finn Gray; Writing by Hal Ives; Editing by Jo King)',
      [
        ['A. B. Carter', 'writer'],
        ['Dee Evans', 'writer'],
        ['Finn Gray', 'writer'],
        ['Hal Ives', 'writer'],
        ['Jo King', 'editor'],
      ],
    ],
  ])('en: %s', (line, credits) => {
    expect(
      parseCreditLine(line, ccEn)?.credits.map((c) => [
        c.name,
        c.role,
        ...(c.note ? [c.note] : []),
      ]),
    ).toEqual(credits);
  });

  it.each([
    'Oleh karena itu, pemerintah menunda kebijakan tersebut.',
    'Editor: kebijakan ini sudah lama ditunggu warga.',
    'Foto: Menlu Tiongkok berjabat tangan dengan Menlu Korea Utara.',
    'Sumber',
  ])('id prose stays prose: %s', (line) => {
    expect(parseCreditLine(line, ccId)).toBeNull();
  });

  it.each(['By the way, the port reopened.', 'Editing by hand is slow.'])(
    'en prose stays prose: %s',
    (line) => {
      expect(parseCreditLine(line, ccEn)).toBeNull();
    },
  );
});

describe('sign-offs', () => {
  it('reads AP "contributed to this report" lines with places', () => {
    expect(
      matchSignOff(
        'Associated Press writers Kim Tran in Seattle and Lee Park contributed to this report.',
        ccEn,
        'line',
      )?.credits,
    ).toEqual([
      { name: 'Kim Tran', role: 'contributor', note: 'in Seattle' },
      { name: 'Lee Park', role: 'contributor' },
    ]);
  });

  it('needs a sentence end before a trailing name, so a parenthesis in prose stays', () => {
    expect(matchSignOff('kata Menteri Luar Negeri (Retno Marsudi)', ccId, 'trailing')).toBeNull();
    expect(matchSignOff('kata dia. (Kelvin Yurcel)', ccId, 'trailing')?.credits).toEqual([
      { name: 'Kelvin Yurcel', role: 'contributor' },
    ]);
  });

  it('takes an agency in parentheses as the source, never another outlet as an editor', () => {
    expect(matchSignOff('(ANTARA)', ccId, 'line')?.credits).toEqual([
      { name: 'ANTARA', role: 'source' },
    ]);
    expect(matchSignOff('Harga naik lagi. (Ant)', ccId, 'trailing')?.credits).toEqual([
      { name: 'Ant', role: 'source' },
    ]);
    expect(matchSignOff('(KOMPAS.com)', ccId, 'line')).toBeNull();
    expect(matchSignOff('(Kompas)', ccId, 'line')).toBeNull();
  });
});

describe('datelines', () => {
  it.each([
    ['JAKARTA, KOMPAS.com - Isi.', { place: 'JAKARTA', source: 'KOMPAS.com' }],
    ['Bandung (ANTARA) - Isi.', { place: 'Bandung', source: 'ANTARA' }],
    ['TEMPO.CO, Jakarta - Isi.', { place: 'Jakarta', source: 'TEMPO.CO' }],
    ['Jakarta, CNN Indonesia -- Isi.', { place: 'Jakarta', source: 'CNN Indonesia' }],
    ['Beijing: Menteri Luar Negeri Tiongkok', { place: 'Beijing' }],
    ['Jakarta - Polisi menangkap', { place: 'Jakarta' }],
  ])('id: %s', (text, dateline) => {
    expect(matchDateline(text, ccId)?.dateline).toEqual(dateline);
  });

  it.each([
    [
      'WASHINGTON, Oct 3 (Reuters) - Text.',
      { place: 'WASHINGTON', source: 'Reuters', date: 'Oct 3' },
    ],
    ['KYIV, Ukraine (AP) — Text.', { place: 'KYIV, Ukraine', source: 'AP' }],
    ['Paris (AFP) - Text.', { place: 'Paris', source: 'AFP' }],
    ['NEW YORK — Text.', { place: 'NEW YORK' }],
    [
      'NEW DELHI/MUMBAI, Sept 30 (Reuters) - Text.',
      { place: 'NEW DELHI/MUMBAI', source: 'Reuters', date: 'Sept 30' },
    ],
    ['Jakarta (ANTARA) - Text.', { place: 'Jakarta', source: 'ANTARA' }],
    [
      'MAKASSAR, Indonesia (Harbour Post) — Text.',
      { place: 'MAKASSAR, Indonesia', source: 'Harbour Post' },
    ],
    [
      'PORT ELLEN, Scotland (Islay Gazette) - Text.',
      { place: 'PORT ELLEN, Scotland', source: 'Islay Gazette' },
    ],
  ])('en: %s', (text, dateline) => {
    expect(matchDateline(text, ccEn)?.dateline).toEqual(dateline);
  });

  it.each([
    'WHO (World Health Organization) — the agency said cases fell.',
    'Makassar, Indonesia (Harbour Post) — a lower-case city is not a dateline here.',
    'MAKASSAR (Harbour Post) — without a country, an unknown outlet is not enough.',
    'MAKASSAR, Indonesia (the port city) — prose in the brackets.',
  ])('en: no dateline in %s', (text) => {
    expect(matchDateline(text, ccEn)).toBeNull();
  });

  it.each(['Menurut dia, harga naik.', 'Pemerintah - kata dia - akan menunda.', 'Jakarta:'])(
    'id: no dateline in %s',
    (text) => {
      expect(matchDateline(text, ccId)).toBeNull();
    },
  );
});

describe('dates in bylines', () => {
  it.each([
    ['29 September 2025 18:33', '2025-09-29T18:33:00+07:00'],
    ['Senin, 29/09/2025 18.33 WIB', '2025-09-29T18:33:00+07:00'],
    ['Rabu, 08 Okt 2025 10:12 WITA', '2025-10-08T10:12:00+08:00'],
    ['2 Januari 2026 pukul 07:05 WIT', '2026-01-02T07:05:00+09:00'],
    ['2025-09-29T18:33:00+07:00', '2025-09-29T18:33:00+07:00'],
  ])('id: %s', (text, iso) => {
    expect(parseDate(text, ccId, id.timeZone)).toEqual({ iso, hasTime: true });
  });

  it.each([
    ['October 3, 2025 6:42 AM EDT', '2025-10-03T06:42:00-04:00'],
    ['Oct. 3, 2025 at 12:15 a.m. GMT', '2025-10-03T00:15:00+00:00'],
    ['10/03/2025 14:00 ET', '2025-10-03T14:00:00-04:00'],
    ['Updated 3 October 2025 14:15 GMT+7', '2025-10-03T14:15:00+07:00'],
  ])('en: %s', (text, iso) => {
    expect(parseDate(text, ccEn, en.timeZone)).toEqual({ iso, hasTime: true });
  });

  it('knows a day without a time, and refuses impossible dates and unknown zones', () => {
    expect(parseDate('29 September 2025', ccId, id.timeZone)).toEqual({
      iso: null,
      hasTime: false,
    });
    expect(parseDate('31 Februari 2025 10:00', ccId, id.timeZone)).toBeNull();
    expect(parseDate('29 September 2025 18:33 XYZ', ccId, id.timeZone)).toBeNull();
    expect(parseDate('Tahun 2025 ada 12 bulan', ccId, id.timeZone)).toBeNull();
  });

  it('needs a date, an outlet or a label beside names to call a line a byline', () => {
    expect(parseByline('Willy Haryono', ccId)).toBeNull();
    expect(parseByline('Korea Utara dan Tiongkok', ccId)).toBeNull();
    expect(parseByline('Nur Khasanah - detikNews', ccId)).toMatchObject({
      authors: ['Nur Khasanah'],
      outlet: 'detikNews',
    });
  });
});

describe('captions', () => {
  it.each([
    ['Foto: Warga antre beras murah. (Dok. Bulog)', 'Warga antre beras murah.', 'Dok. Bulog'],
    [
      'Petugas memadamkan api. (ANTARA FOTO/Hafidz Mubarak)',
      'Petugas memadamkan api.',
      'ANTARA FOTO/Hafidz Mubarak',
    ],
    ['Presiden tiba di Bandara. (Istimewa)', 'Presiden tiba di Bandara.', 'Istimewa'],
  ])('id before the body: %s', (text, caption, credit) => {
    expect(parseCaption(text, ccId, true)).toEqual({ caption, credit });
  });

  it('in the body, a handle in parentheses closes a sentence, not a caption', () => {
    const line = 'Pernyataan itu disampaikan melalui akun resminya. (@kemlu_ri)';
    expect(parseCaption(line, ccId, true)).toEqual({
      caption: 'Pernyataan itu disampaikan melalui akun resminya.',
      credit: '@kemlu_ri',
    });
    expect(parseCaption(line, ccId, false)).toBeNull();
    expect(
      parseCaption('Warga mengungsi ke masjid. (ANTARA FOTO/Budi)', ccId, false),
    ).not.toBeNull();
  });

  it('three sentences are a paragraph, not a caption', () => {
    expect(
      parseCaption('Satu kalimat. Dua kalimat. Tiga kalimat. (Istimewa)', ccId, true),
    ).toBeNull();
  });
});

describe('more house forms', () => {
  it.each([
    ['Liputan6.com, Jakarta - Isi.', { place: 'Jakarta', source: 'Liputan6.com' }],
    ['REPUBLIKA.CO.ID, JAKARTA -- Isi.', { place: 'JAKARTA', source: 'REPUBLIKA.CO.ID' }],
    ['Bisnis.com, SURABAYA — Isi.', { place: 'SURABAYA', source: 'Bisnis.com' }],
  ])('outlet-first datelines: %s', (text, dateline) => {
    expect(matchDateline(text, ccId)?.dateline).toEqual(dateline);
  });

  it.each([
    ['4:05 PM EDT, October 2, 2025', '2025-10-02T16:05:00-04:00'],
    ['Updated 11:30 a.m. GMT, 3 Oct 2025', '2025-10-03T11:30:00+00:00'],
  ])('time before the date: %s', (text, iso) => {
    expect(parseDate(text, ccEn, en.timeZone)).toEqual({ iso, hasTime: true });
  });

  it('files a section kicker and a tag line as metadata', () => {
    const a = applyWireConventions(
      raw([
        p('Ekonomi'),
        p('Harga Beras Medium Turun di Pasar Tradisional'),
        p('Harga beras turun.'),
        p('Topik: #beras #harga pangan'),
      ]),
      { profile: id },
    );
    expect(a.headline).toBe('Harga Beras Medium Turun di Pasar Tradisional');
    expect(a.metadata.section).toBe('Ekonomi');
    expect(a.metadata.tags).toEqual(['beras', 'harga pangan']);
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Harga beras turun.', marks: [] },
    ]);
  });

  it('keeps a short headline when what follows is a sentence, not a headline', () => {
    const a = applyWireConventions(raw([p('Banjir Jakarta'), p('Ribuan warga mengungsi.')]), {
      profile: id,
    });
    expect(a.headline).toBe('Banjir Jakarta');
    expect(a.metadata.section).toBeUndefined();
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Ribuan warga mengungsi.', marks: [] },
    ]);
  });

  it('sets separator rules and breadcrumbs aside as boilerplate', () => {
    const a = applyWireConventions(
      raw([p('Beranda > Berita > Nasional'), p('Isi.'), p('___')], 'Judul'),
      {
        profile: id,
      },
    );
    expect(a.blocks).toEqual([{ id: 'b1', type: 'paragraph', text: 'Isi.', marks: [] }]);
    expect(a.importReport.items.map((i) => [i.reason, i.text])).toEqual([
      ['boilerplate', 'Beranda > Berita > Nasional'],
      ['boilerplate', '___'],
    ]);
  });
});

describe('a byline printed under the story', () => {
  it('is read when it names the writer and a dated time', () => {
    const a = applyWireConventions(
      raw([p('Judul Berita'), p('Isi berita.'), p('Sari Wulandari • 2 Oktober 2025 08:15')]),
      { profile: id },
    );
    expect(a.byline).toEqual({
      authors: [{ name: 'Sari Wulandari' }],
      published: '2025-10-02T08:15:00+07:00',
    });
    expect(a.blocks).toEqual([{ id: 'b1', type: 'paragraph', text: 'Isi berita.', marks: [] }]);
  });

  it('is not read from a bare date in the copy', () => {
    const a = applyWireConventions(
      raw([p('Judul Berita'), p('Isi berita.'), p('2 Oktober 2025')]),
      {
        profile: id,
      },
    );
    expect(a.byline.published).toBeNull();
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('a page title as the first line', () => {
  it('loses the site name, which becomes the outlet', () => {
    const a = applyWireConventions(
      raw([
        p('Harga Cabai Naik Dua Kali Lipat | Kompas.com'),
        p('Harga Cabai Naik Dua Kali Lipat'),
        p('Isi.'),
      ]),
      { profile: id },
    );
    expect(a.headline).toBe('Harga Cabai Naik Dua Kali Lipat');
    expect(a.metadata.outlet).toBe('Kompas.com');
    expect(a.importReport.items.map((i) => [i.reason, i.text])).toEqual([
      ['headline-outlet', '| Kompas.com'],
      ['duplicate-headline', 'Harga Cabai Naik Dua Kali Lipat'],
    ]);
  });

  it('keeps a dash that is part of the headline', () => {
    const a = applyWireConventions(raw([p('Jokowi - Prabowo Bertemu di Istana'), p('Isi.')]), {
      profile: id,
    });
    expect(a.headline).toBe('Jokowi - Prabowo Bertemu di Istana');
  });
});

describe('a new outlet is a profile entry, not new code', () => {
  it('reads the conventions a user profile adds in YAML', async () => {
    const { parseProfileText } = await import('../../../shared/profiles');
    const { importPlainText } = await import('../../../shared/import/text');
    const profile = parseProfileText(
      [
        'id: warta-kota',
        'name: Warta Kota Kita',
        'extends: id',
        'conventions:',
        '  relatedLabels: ["Simak pula"]',
        '  creditLines:',
        '    - { label: "Penggarap", role: writer }',
        '    - { label: "Penyelaras", role: editor }',
        '  boilerplate: ["^langganan warta\\\\b"]',
        '  datelines:',
        '    - { pattern: "^(?<place>\\\\p{Lu}+) \\\\[(?<source>WKK)\\\\] ", flags: u }',
      ].join('\n'),
    );
    const a = importPlainText(
      [
        'Pasar Malam Kembali Dibuka',
        '',
        'Penggarap: Rini Astuti',
        '',
        'DEPOK [WKK] Pasar malam di alun-alun kembali dibuka setelah renovasi.',
        '',
        'Simak pula: Alun-alun Depok Dipercantik',
        '',
        'Penyelaras: Yoga Pratama',
        'Langganan warta harian kami.',
      ].join('\n'),
      { profile },
    );
    expect(a.byline.authors).toEqual([{ name: 'Rini Astuti' }]);
    expect(a.dateline).toEqual({ place: 'DEPOK', source: 'WKK' });
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Pasar malam di alun-alun kembali dibuka setelah renovasi.',
        marks: [],
      },
      {
        id: 'b2',
        type: 'related',
        label: 'Simak pula',
        title: 'Alun-alun Depok Dipercantik',
        url: null,
      },
    ]);
    expect(a.credits).toEqual([
      { name: 'Rini Astuti', role: 'writer' },
      { name: 'Yoga Pratama', role: 'editor' },
    ]);
    expect(a.importReport.items.at(-1)).toMatchObject({ reason: 'boilerplate', line: 10 });
  });
});

describe('scraped page layouts', () => {
  it('pairs a credit label alone on its line with the names below it', () => {
    const a = applyWireConventions(
      raw([
        p('Judul Berita Hari Ini'),
        p('Reporter'),
        p('Andi Prasetyo'),
        p('Editor'),
        p('Rina Marlina'),
        p('Isi.'),
      ]),
      { profile: id },
    );
    expect(a.byline).toEqual({
      authors: [{ name: 'Andi Prasetyo' }],
      published: null,
      raw: 'Reporter\nAndi Prasetyo',
    });
    expect(a.credits).toEqual([
      { name: 'Andi Prasetyo', role: 'writer' },
      { name: 'Rina Marlina', role: 'editor' },
    ]);
    expect(a.importReport.items.map((i) => i.text)).toEqual([
      'Reporter\nAndi Prasetyo',
      'Editor\nRina Marlina',
    ]);
  });

  it('reads a detik-style photo line and leaves closing initials to the credits', () => {
    const a = applyWireConventions(
      raw([
        p('Judul Berita Hari Ini'),
        p('Foto: Petugas memeriksa barang bukti di Polsek Bekasi. (Nur Khasanah/detikcom)'),
        p('Jakarta - Polisi menangkap dua pria.'),
        p('Keduanya ditahan. (nkh/imk)'),
      ]),
      { profile: id },
    );
    expect(a.blocks).toEqual([
      {
        id: 'b1',
        type: 'figure',
        src: null,
        alt: '',
        caption: 'Petugas memeriksa barang bukti di Polsek Bekasi.',
        credit: 'Nur Khasanah/detikcom',
      },
      { id: 'b2', type: 'paragraph', text: 'Polisi menangkap dua pria.', marks: [] },
      { id: 'b3', type: 'paragraph', text: 'Keduanya ditahan.', marks: [] },
    ]);
    expect(a.credits.map((c) => [c.name, c.role])).toEqual([
      ['nkh', 'writer'],
      ['imk', 'editor'],
    ]);
  });
});

describe('captions in the middle of the copy', () => {
  it.each([
    ['Warga mengungsi ke masjid. (ANTARA FOTO/Budi)', 'ANTARA FOTO/Budi'],
    ['Banjir merendam jalan. (KOMPAS.com/Sari Wulandari)', 'KOMPAS.com/Sari Wulandari'],
    ['Petugas berjaga di lokasi. (Nur Khasanah/detikcom)', 'Nur Khasanah/detikcom'],
  ])('%s', (text, credit) => {
    expect(parseCaption(text, ccId, false)?.credit).toBe(credit);
  });

  it.each(['Keduanya ditahan polisi. (ANT/sw)', 'Kata dia kepada wartawan. (Budi/Andi)'])(
    'not from a closing sign-off: %s',
    (text) => {
      expect(parseCaption(text, ccId, false)).toBeNull();
    },
  );
});

describe('related-link lines', () => {
  it.each([
    ['Baca juga: Pemkot Siapkan Pompa', 'Baca juga', 'Pemkot Siapkan Pompa', null],
    [
      'Baca Juga: Pemkot Siapkan Pompa https://warta.example/pompa',
      'Baca Juga',
      'Pemkot Siapkan Pompa',
      'https://warta.example/pompa',
    ],
    ['BACA JUGA: Pemkot Siapkan Pompa', 'BACA JUGA', 'Pemkot Siapkan Pompa', null],
    ['Pilihan Editor: Operasi Pasar Digelar', 'Pilihan Editor', 'Operasi Pasar Digelar', null],
  ])('id: %s', (text, label, title, url) => {
    const a = applyWireConventions(raw([p('Isi.'), p(text)], 'Judul'), { profile: id });
    expect(a.blocks[1]).toEqual({ id: 'b2', type: 'related', label, title, url });
  });

  it.each([
    [
      'Read more: Ports reopen after storm https://example.com/ports',
      'Read more',
      'Ports reopen after storm',
      'https://example.com/ports',
    ],
    [
      'Related: [Ports reopen after storm](https://example.com/ports)',
      'Related',
      'Ports reopen after storm',
      'https://example.com/ports',
    ],
    ['READ MORE - Ports reopen after storm', 'READ MORE', 'Ports reopen after storm', null],
  ])('en: %s', (text, label, title, url) => {
    const a = applyWireConventions(raw([p('Isi.'), p(text)], 'Judul'), { profile: en });
    expect(a.blocks[1]).toEqual({ id: 'b2', type: 'related', label, title, url });
  });

  it('is not a paragraph that happens to start with a label and a dash', () => {
    const text = 'Related – as the minister said. Other ministers disagreed with him.';
    const a = applyWireConventions(raw([p('Isi.'), p(text)], 'Judul'), { profile: en });
    expect(a.blocks[1]).toEqual({ id: 'b2', type: 'paragraph', text, marks: [] });
  });
});

describe('a byline printed twice', () => {
  it('keeps the first and drops the repeat under the story', () => {
    const line = 'Sari Wulandari • 2 Oktober 2025 08:15';
    const a = applyWireConventions(
      raw([p('Judul Berita'), p(line), p('Isi berita pertama.'), p('Isi berita kedua.'), p(line)]),
      { profile: id },
    );
    expect(a.byline.authors).toEqual([{ name: 'Sari Wulandari' }]);
    expect(a.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      'Isi berita pertama.',
      'Isi berita kedua.',
    ]);
    expect(a.importReport.items.map((i) => [i.reason, i.action])).toEqual([
      ['byline', 'moved'],
      ['duplicate-byline', 'dropped'],
    ]);
  });
});

describe('video promos and follow-us lines', () => {
  const setAside = (profileName: 'id' | 'en', lines: string[], prose: string[]) => {
    const a = importPlainText(['Judul', '', ...prose, ...lines].join('\n'), {
      profile: getBuiltinProfile(profileName),
    });
    expect(a.blocks.map((b) => ('text' in b ? b.text : b.type))).toEqual(prose);
    expect(a.importReport.items.map((i) => [i.reason, i.text])).toEqual(
      lines.map((l) => ['boilerplate', l]),
    );
  };

  it('id: sets the promo lines aside and keeps the copy', () => {
    setAside(
      'id',
      [
        'Saksikan video berikut ini:',
        'Video Pilihan',
        'Follow Instagram kami @wartakita',
        'Follow akun TikTok Warta Kita untuk berita terkini',
        'Ikuti kami di Instagram @wartakita',
      ],
      [
        'Harga beras naik lagi pekan ini.',
        'Video pilihan warga diputar di balai desa.',
        'Follow-up pemerintah ditunggu petani.',
      ],
    );
  });

  it('en: sets "WATCH:" and "Video:" promos aside and keeps the copy', () => {
    setAside(
      'en',
      [
        'WATCH: Ferries leave Makassar at dawn',
        'Watch: the storm hits the port',
        'Related video: Storm season in Sulawesi',
        'Video: Ferries leave port',
      ],
      [
        'Ferry services resumed on Tuesday.',
        'Watchers on the quay cheered the first boat.',
        'Video footage showed waves over the breakwater.',
      ],
    );
  });
});
