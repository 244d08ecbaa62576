import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../shared/import';
import { applyWireConventions } from '../../../shared/import/wire';
import { getBuiltinProfile } from '../../../shared/profiles';
import type { Article, Byline, Credit, Dateline } from '../../../shared/model/article';
import { expectAccountedFor, expectValidArticle, lostWords, seedBytes } from './helpers';

/** A block reduced to what a reader sees: type, then its text fields in order. */
type Shown =
  | ['paragraph', string]
  | ['figure', string, string | null]
  | ['related', string, string, string | null];

const show = (a: Article): Shown[] =>
  a.blocks.map((b): Shown => {
    switch (b.type) {
      case 'paragraph':
        return ['paragraph', b.text];
      case 'figure':
        return ['figure', b.caption, b.credit];
      case 'related':
        return ['related', b.label, b.title, b.url];
      default:
        throw new Error(`unexpected ${b.type} block from a text draft`);
    }
  });

interface DraftCase {
  file: string;
  language: string;
  headline: string;
  subheadline: string | null;
  byline: Byline;
  dateline: Dateline | null;
  credits: Credit[];
  outlet: string | null;
  /** Metadata the draft carried: a section kicker over the headline, a tag line. */
  section?: string;
  tags?: string[];
  blocks: Shown[];
  /** [line, reason, action] of every report item, in source order. */
  report: [number | null, string, string][];
}

/**
 * Drafts written for these tests in the house styles of Indonesian and English outlets (the
 * text is invented; the conventions are the outlets').
 */
const cases: DraftCase[] = [
  {
    file: 'id-kompas-style.txt',
    language: 'id',
    headline: 'Banjir Rob Genangi Pesisir Utara Semarang, Ratusan Warga Mengungsi',
    subheadline: null,
    byline: {
      authors: [{ name: 'Sari Wulandari' }],
      published: '2025-10-02T08:15:00+07:00',
      raw: 'Kompas.com - 02/10/2025, 08:15 WIB\nPenulis: Sari Wulandari | Editor: Bambang Priyo Santoso',
    },
    dateline: { place: 'SEMARANG', source: 'KOMPAS.com' },
    credits: [
      { name: 'Sari Wulandari', role: 'writer' },
      { name: 'Bambang Priyo Santoso', role: 'editor' },
    ],
    outlet: 'Kompas.com',
    blocks: [
      [
        'figure',
        'Warga menyeberangi genangan rob di Kelurahan Tanjung Mas, Semarang, Rabu (1/10/2025).',
        'KOMPAS.com/Sari Wulandari',
      ],
      [
        'paragraph',
        'Banjir rob kembali menggenangi kawasan pesisir utara Kota Semarang, Jawa Tengah, sejak Rabu (1/10/2025) sore. Ketinggian air di sejumlah titik mencapai 60 sentimeter.',
      ],
      [
        'paragraph',
        'Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang, Endro Suryanto, mengatakan sedikitnya 340 warga dari tiga kelurahan telah dievakuasi ke balai warga dan masjid terdekat.',
      ],
      [
        'paragraph',
        '"Kami prioritaskan lansia, ibu hamil, dan anak-anak. Posko dapur umum sudah berjalan sejak semalam," kata Endro saat ditemui di Tanjung Mas, Kamis (2/10/2025).',
      ],
      ['related', 'Baca juga', 'Pemkot Semarang Siapkan Pompa Tambahan Hadapi Musim Hujan', null],
      [
        'paragraph',
        'Menurut dia, rob dipicu pasang air laut maksimum yang bertepatan dengan fase bulan baru. BMKG memperkirakan kondisi serupa masih akan terjadi hingga akhir pekan.',
      ],
      [
        'paragraph',
        'Sejumlah ruas jalan, termasuk Jalan Ronggowarsito, ditutup sementara karena tidak dapat dilalui kendaraan roda dua.',
      ],
    ],
    report: [
      [2, 'byline', 'moved'],
      [3, 'byline', 'moved'],
      [5, 'figure', 'moved'],
      [7, 'dateline', 'moved'],
      [13, 'related', 'moved'],
      [19, 'boilerplate', 'set-aside'],
    ],
  },
  {
    file: 'id-antara-style.txt',
    language: 'id',
    headline: 'Pemprov Jabar Percepat Perbaikan Jalan Rusak Jelang Musim Hujan',
    subheadline: null,
    byline: { authors: [{ name: 'Ahmad Fauzi' }], published: null },
    dateline: { place: 'Bandung', source: 'ANTARA' },
    credits: [
      { name: 'Ahmad Fauzi', role: 'writer' },
      { name: 'Dewi Lestari', role: 'editor' },
    ],
    outlet: null,
    blocks: [
      [
        'paragraph',
        'Pemerintah Provinsi Jawa Barat mempercepat perbaikan ruas jalan provinsi yang rusak menjelang puncak musim hujan pada November mendatang.',
      ],
      [
        'paragraph',
        'Kepala Dinas Bina Marga dan Penataan Ruang Jawa Barat, Hendra Kusuma, di Bandung, Jumat, mengatakan sebanyak 42 kilometer jalan provinsi masuk daftar prioritas perbaikan tahun ini.',
      ],
      [
        'paragraph',
        '"Targetnya seluruh titik prioritas selesai sebelum curah hujan tinggi, agar tidak menimbulkan kecelakaan," ujar Hendra.',
      ],
      ['related', 'Baca juga', 'Jabar Alokasikan Rp1,2 Triliun untuk Infrastruktur Jalan', null],
      [
        'paragraph',
        'Ia menambahkan, pengerjaan dilakukan bertahap dengan memprioritaskan jalur yang menghubungkan sentra ekonomi dan fasilitas kesehatan.',
      ],
    ],
    report: [
      [3, 'dateline', 'moved'],
      [9, 'related', 'moved'],
      [13, 'credit-line', 'moved'],
      [14, 'credit-line', 'moved'],
      [15, 'boilerplate', 'set-aside'],
    ],
  },
  {
    file: 'id-tempo-style.txt',
    language: 'id',
    headline: 'Harga Cabai Rawit di Pasar Induk Kramat Jati Naik Dua Kali Lipat',
    subheadline: null,
    byline: {
      authors: [{ name: 'Andi Prasetyo' }],
      published: '2025-10-06T14:20:00+07:00',
      raw: 'Reporter: Andi Prasetyo\nSenin, 6 Oktober 2025 14:20 WIB',
    },
    dateline: { place: 'Jakarta', source: 'TEMPO.CO' },
    credits: [
      { name: 'Andi Prasetyo', role: 'writer' },
      { name: 'Rina Marlina', role: 'editor' },
    ],
    outlet: null,
    blocks: [
      [
        'paragraph',
        'Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, melonjak hingga Rp 90 ribu per kilogram pada awal pekan ini. Sepekan sebelumnya, komoditas itu masih dijual Rp 45 ribu per kilogram.',
      ],
      [
        'paragraph',
        'Seorang pedagang, Suryani, mengatakan pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur berkurang akibat hujan yang turun hampir setiap hari.',
      ],
      [
        'paragraph',
        '"Barang yang datang sedikit, banyak yang busuk di jalan," ujar Suryani saat ditemui Tempo, Senin, 6 Oktober 2025.',
      ],
      [
        'related',
        'Pilihan Editor',
        'Pemerintah Siapkan Operasi Pasar untuk Tekan Harga Pangan',
        null,
      ],
    ],
    report: [
      [3, 'byline', 'moved'],
      [4, 'credit-line', 'moved'],
      [5, 'byline', 'moved'],
      [7, 'dateline', 'moved'],
      [13, 'related', 'moved'],
    ],
  },
  {
    file: 'id-detik-style.txt',
    language: 'id',
    headline: 'Polisi Tangkap Dua Pelaku Pencurian Kabel di Bekasi',
    subheadline: null,
    byline: {
      authors: [{ name: 'Nur Khasanah' }],
      published: '2025-10-08T10:12:00+07:00',
      raw: 'Nur Khasanah - detikNews\nRabu, 08 Okt 2025 10:12 WIB',
    },
    dateline: { place: 'Jakarta' },
    credits: [
      { name: 'Nur Khasanah', role: 'writer' },
      { name: 'nkh', role: 'writer', note: 'initials as the house writes them (writer/editor)' },
      { name: 'imk', role: 'editor', note: 'initials as the house writes them (writer/editor)' },
    ],
    outlet: 'detikNews',
    blocks: [
      [
        'paragraph',
        'Polisi menangkap dua pria yang diduga mencuri kabel tembaga milik perusahaan telekomunikasi di Bekasi, Jawa Barat. Keduanya ditangkap saat hendak menjual hasil curian ke pengepul.',
      ],
      [
        'paragraph',
        '"Pelaku sudah kami amankan beserta barang bukti sekitar 80 meter kabel," kata Kapolsek setempat, Kompol Hadi Santoso, kepada wartawan, Rabu (8/10/2025).',
      ],
      ['paragraph', 'Kedua pelaku kini ditahan dan dijerat pasal pencurian dengan pemberatan.'],
    ],
    report: [
      [3, 'byline', 'moved'],
      [4, 'byline', 'moved'],
      [6, 'dateline', 'moved'],
      [10, 'sign-off', 'moved'],
    ],
  },
  {
    file: 'en-reuters-style.txt',
    language: 'en',
    headline: 'Port congestion eases as US importers front-load holiday stock',
    subheadline: null,
    byline: {
      authors: [{ name: 'Jane Holloway' }, { name: 'Marcus Webb' }],
      published: '2025-10-03T06:42:00-04:00',
      raw: 'By Jane Holloway and Marcus Webb\nOctober 3, 2025 6:42 AM EDT',
    },
    dateline: { place: 'WASHINGTON', source: 'Reuters', date: 'Oct 3' },
    credits: [
      { name: 'Jane Holloway', role: 'writer', note: 'in Washington' },
      { name: 'Marcus Webb', role: 'writer', note: 'in Los Angeles' },
      { name: 'Priya Raman', role: 'editor' },
    ],
    outlet: null,
    blocks: [
      [
        'figure',
        'A container ship leaves the port of Long Beach, California, U.S., September 30, 2025.',
        'REUTERS/Daniel Ortega',
      ],
      [
        'paragraph',
        'Congestion at the largest U.S. container ports eased in September as importers brought forward holiday shipments to get ahead of new tariffs, port data showed on Friday.',
      ],
      [
        'paragraph',
        'The average wait for a berth at Los Angeles and Long Beach fell to under a day, from nearly three days in August, according to the Marine Exchange of Southern California.',
      ],
      [
        'paragraph',
        '"We front-loaded about six weeks of inventory," said Alicia Moreno, chief operating officer at a California-based furniture importer. "Nobody wanted to be caught with empty shelves in December."',
      ],
      [
        'related',
        'Related',
        'US retail sales beat forecasts on back-to-school spending',
        'https://www.example.com/markets/us-retail-sales-2025-09-16/',
      ],
      [
        'paragraph',
        'Economists cautioned that the early rush could leave ports quieter than usual in the weeks before Christmas.',
      ],
    ],
    report: [
      [3, 'byline', 'moved'],
      [4, 'byline', 'moved'],
      [6, 'figure', 'moved'],
      [8, 'dateline', 'moved'],
      [14, 'related', 'moved'],
      [18, 'credit-line', 'moved'],
      [20, 'boilerplate', 'set-aside'],
    ],
  },
  {
    file: 'en-ap-style.txt',
    language: 'en',
    headline: 'Wildfire forces evacuations east of Portland as winds pick up',
    subheadline:
      'Crews are racing to protect homes in two rural counties before gusts return Friday',
    byline: {
      authors: [{ name: 'TOM REYES' }, { name: 'ANA LUISA MORENO' }],
      published: '2025-10-02T16:05:00-04:00',
      raw: 'By TOM REYES and ANA LUISA MORENO\nOctober 2, 2025 at 4:05 p.m. EDT',
    },
    dateline: { place: 'PORTLAND, Ore.', source: 'AP' },
    credits: [
      { name: 'TOM REYES', role: 'writer' },
      { name: 'ANA LUISA MORENO', role: 'writer' },
      { name: 'Kim Tran', role: 'contributor', note: 'in Seattle' },
    ],
    outlet: null,
    blocks: [
      [
        'figure',
        'Firefighters dig a containment line near Corbett, Ore., on Thursday, Oct. 2, 2025.',
        'AP Photo/Lena Brooks',
      ],
      [
        'paragraph',
        'A fast-moving wildfire east of Portland forced hundreds of families from their homes Thursday as dry easterly winds pushed flames through timber and brush.',
      ],
      [
        'paragraph',
        "The Multnomah County sheriff's office said about 900 residences were under the highest-level evacuation order by late afternoon.",
      ],
      [
        'paragraph',
        '"It\'s moving faster than anything we\'ve seen this season," said fire district spokesperson Carla Nguyen. "If you\'re told to go, go now."',
      ],
    ],
    report: [
      [3, 'subheadline', 'moved'],
      [5, 'byline', 'moved'],
      [6, 'byline', 'moved'],
      [8, 'figure', 'moved'],
      [10, 'dateline', 'moved'],
      [16, 'sign-off', 'moved'],
      [18, 'boilerplate', 'set-aside'],
    ],
  },
  {
    file: 'en-afp-hardwrapped.txt',
    language: 'en',
    headline: 'Paris transport strike disrupts commuters for second day',
    subheadline: null,
    byline: { authors: [], published: null },
    dateline: { place: 'Paris', source: 'AFP' },
    credits: [
      { name: 'jm', role: 'writer', note: 'initials as the agency writes them (writer/editor)' },
      { name: 'sst', role: 'editor', note: 'initials as the agency writes them (writer/editor)' },
    ],
    outlet: null,
    blocks: [
      [
        'paragraph',
        'Commuters in the Paris region faced a second day of disruption on Tuesday as rail and metro workers extended a strike over pay, with only one train in three running on some suburban lines.',
      ],
      [
        'paragraph',
        'Unions said the walkout would continue until at least Thursday unless management reopened talks on a wage agreement that expired in June.',
      ],
      [
        'paragraph',
        '"We are not asking for the moon, we are asking for what inflation has already taken from us," said Marc Lefevre, a driver on the RER B line.',
      ],
    ],
    report: [
      [3, 'dateline', 'moved'],
      [13, 'sign-off', 'moved'],
    ],
  },
  {
    file: 'id-tribun-style.txt',
    language: 'id',
    headline: 'Jalur Mudik Lintas Selatan Jawa Mulai Dipadati Kendaraan Pribadi',
    subheadline: null,
    byline: {
      authors: [{ name: 'Galih Pratama' }],
      published: '2025-10-07T21:05:00+07:00',
      raw: 'Laporan Wartawan Tribunnews.com, Galih Pratama\nSelasa, 7 Oktober 2025 | 21:05 WIB',
    },
    dateline: { place: 'CILACAP', source: 'TRIBUNNEWS.COM' },
    credits: [
      { name: 'Galih Pratama', role: 'writer' },
      { name: 'Ant', role: 'source' },
    ],
    outlet: 'Tribunnews.com',
    section: 'Nasional',
    tags: ['mudik', 'lalu lintas', 'Cilacap'],
    blocks: [
      [
        'paragraph',
        'Arus kendaraan pribadi di jalur lintas selatan Jawa mulai meningkat sejak Selasa (7/10/2025) sore, terutama di ruas Cilacap hingga Kebumen.',
      ],
      ['related', 'Baca juga', 'Rekayasa Lalu Lintas Disiapkan di Simpang Gombong', null],
      [
        'paragraph',
        'Petugas gabungan menyiapkan pos pantau di sejumlah titik rawan kemacetan dan kecelakaan. Pengendara diimbau beristirahat setiap empat jam perjalanan.',
      ],
    ],
    report: [
      [1, 'section', 'moved'],
      [4, 'byline', 'moved'],
      [6, 'byline', 'moved'],
      [8, 'dateline', 'moved'],
      [10, 'related', 'moved'],
      [12, 'sign-off', 'moved'],
      [14, 'tags', 'moved'],
    ],
  },
];

describe('plain-text drafts in outlet house styles', () => {
  for (const c of cases) {
    describe(c.file, () => {
      it('files each convention in its field and keeps the copy in order', async () => {
        const a = await importDraft({ bytes: seedBytes(c.file), name: c.file });
        expectValidArticle(a);
        expect(a.importReport.format).toBe('text');
        expect({
          language: a.language,
          headline: a.headline,
          subheadline: a.subheadline,
          byline: a.byline,
          dateline: a.dateline,
          credits: a.credits,
          outlet: a.metadata.outlet ?? null,
          section: a.metadata.section,
          tags: a.metadata.tags,
        }).toEqual({
          language: c.language,
          headline: c.headline,
          subheadline: c.subheadline,
          byline: c.byline,
          dateline: c.dateline,
          credits: c.credits,
          outlet: c.outlet,
          section: c.section,
          tags: c.tags ?? [],
        });
        expect(show(a)).toEqual(c.blocks);
        expect(a.importReport.items.map((i) => [i.line ?? null, i.reason, i.action])).toEqual(
          c.report,
        );
      });

      it('accounts for every line', async () => {
        const bytes = seedBytes(c.file);
        const a = await importDraft({ bytes, name: c.file });
        const text = new TextDecoder().decode(bytes);
        expectAccountedFor(text, a);
        expect(lostWords(text, a)).toEqual([]);
      });
    });
  }
});

describe('running the recogniser again', () => {
  it.each(
    cases.map((c) => c.file).concat(['000_96a0e40e744c17ac.txt', 'malformed-byline-only.txt']),
  )('changes nothing in %s (pasting an imported story back in is safe)', async (file) => {
    const a = await importDraft({ bytes: seedBytes(file), name: file });
    const again = applyWireConventions(a, {
      profile: getBuiltinProfile(a.metadata.profile ?? 'id'),
      headlineKnown: true,
    });
    expect(again).toEqual(a);
  });
});
