import type { Catalogue } from './types';

/** Wording in Bahasa Indonesia. Keep every {{value}} of the English message. */
export const id: Catalogue = {
  rules: {
    'headline/missing': {
      description: 'Artikel memiliki judul.',
      messages: { default: 'Judul belum diisi.' },
    },
    'headline/too-long': {
      description: 'Panjang judul sesuai batas gaya selingkung.',
      messages: { default: 'Judul sepanjang {{length}} karakter; batasnya {{max}}.' },
    },
    'headline/all-caps': {
      description: 'Judul tidak ditulis dengan huruf kapital semua.',
      messages: {
        default: 'Judul ditulis dengan huruf kapital semua; gunakan huruf kapital sesuai kaidah.',
      },
    },
    'headline/trailing-period': {
      description: 'Judul tidak diakhiri tanda titik.',
      messages: { default: 'Judul diakhiri tanda titik.' },
      fixes: { remove: 'Hapus tanda titik' },
    },
    'byline/missing-author': {
      description: 'Byline menyebut setidaknya satu penulis.',
      messages: { default: 'Byline tidak menyebut penulis.' },
    },
    'byline/author-format': {
      description: 'Nama di byline ditulis sebagaimana akan dicetak.',
      messages: {
        prefix: 'Hapus "{{prefix}}" dari nama penulis "{{name}}".',
        punctuation: 'Nama penulis "{{name}}" mengandung tanda baca yang tidak perlu.',
        digits: 'Nama penulis "{{name}}" mengandung angka; mungkin tanggal atau jam ikut terbawa.',
        allCaps: 'Nama penulis "{{name}}" ditulis dengan huruf kapital semua.',
        lowerCase: 'Nama penulis "{{name}}" tidak diawali huruf kapital.',
      },
      fixes: {
        strip: 'Ubah menjadi "{{name}}"',
        titleCase: 'Ubah menjadi "{{name}}"',
      },
    },
    'byline/unknown-author': {
      description: 'Penulis di byline terdaftar dalam daftar awak redaksi.',
      messages: { default: '"{{name}}" tidak ada dalam daftar awak redaksi.' },
    },
    'byline/missing-date': {
      description: 'Byline memuat tanggal dan waktu terbit.',
      messages: { default: 'Byline tidak memuat tanggal terbit.' },
    },
    'byline/invalid-date': {
      description: 'Waktu terbit berformat ISO 8601 yang sah dengan zona waktu.',
      messages: {
        default:
          'Waktu terbit "{{value}}" bukan tanggal dan waktu yang sah dengan zona waktu (misalnya 2025-09-29T18:33:00+07:00).',
      },
    },
    'byline/future-date': {
      description: 'Waktu terbit tidak berada di masa depan.',
      messages: {
        minutes: 'Waktu terbit {{value}} berada {{minutes}} menit di masa depan.',
        hours: 'Waktu terbit {{value}} berada sekitar {{hours}} jam di masa depan.',
      },
    },
    'byline/credit-mismatch': {
      description: 'Penulis di byline tercantum di kredit, dan penulis di kredit ada di byline.',
      messages: {
        authorNotCredited:
          '{{name}} ada di byline tetapi tidak tercantum sebagai penulis atau editor di kredit.',
        writerNotInByline:
          '{{name}} tercantum sebagai penulis di kredit tetapi tidak ada di byline.',
      },
      fixes: {
        addCredit: 'Cantumkan {{name}} sebagai penulis',
        addToByline: 'Tambahkan {{name}} ke byline',
      },
    },
    'dateline/missing': {
      description: 'Artikel menyebut tempat berita dilaporkan.',
      messages: { default: 'Dateline (tempat berita) belum diisi.' },
    },
    'dateline/format': {
      description: 'Tempat pada dateline ditulis sebagaimana akan dicetak.',
      messages: {
        punctuation:
          'Tempat pada dateline "{{place}}" memuat tanda baca; tata letak yang menambahkannya.',
        lowercase: 'Tempat pada dateline "{{place}}" ditulis dengan huruf kecil semua.',
      },
      fixes: {
        strip: 'Ubah menjadi "{{place}}"',
        capitalise: 'Ubah menjadi "{{place}}"',
      },
    },
    'credits/missing-writer': {
      description: 'Kredit mencantumkan penulis.',
      messages: { default: 'Belum ada penulis yang dicantumkan di kredit.' },
      fixes: { addBylineAuthors: 'Cantumkan {{names}} sebagai penulis' },
    },
    'credits/missing-editor': {
      description: 'Kredit mencantumkan editor.',
      messages: { default: 'Belum ada editor yang dicantumkan di kredit.' },
    },
    'credits/duplicate': {
      description: 'Tidak ada orang yang dicantumkan dua kali dengan peran yang sama.',
      messages: {
        default: '{{name}} dicantumkan dua kali sebagai {{role}} (lihat juga kredit ke-{{first}}).',
      },
      fixes: { remove: 'Hapus kredit yang berulang' },
    },
    'credits/unknown-role': {
      description: 'Peran di kredit adalah peran yang dipakai redaksi.',
      messages: {
        default:
          '"{{role}}" (untuk {{name}}) bukan peran kredit yang dipakai redaksi ini ({{known}}).',
      },
    },
    'figure/missing-image': {
      description: 'Setiap foto memiliki berkas gambar.',
      messages: { default: 'Foto belum memiliki berkas atau alamat gambar.' },
    },
    'figure/missing-alt': {
      description: 'Setiap gambar memiliki teks alternatif untuk pembaca layar.',
      messages: { default: 'Foto belum memiliki teks alternatif untuk pembaca layar.' },
      fixes: { useCaption: 'Pakai keterangan foto sebagai teks alternatif' },
    },
    'caption/missing': {
      description: 'Setiap foto memiliki keterangan.',
      messages: { default: 'Foto belum memiliki keterangan.' },
    },
    'caption/missing-credit': {
      description: 'Setiap foto mencantumkan fotografer atau sumbernya.',
      messages: { default: 'Foto belum mencantumkan kredit.' },
    },
    'caption/credit-format': {
      description: 'Kredit foto mengikuti bentuk gaya selingkung.',
      messages: {
        default: 'Kredit foto "{{credit}}" tidak sesuai bentuk gaya selingkung ({{format}}).',
      },
    },
    'caption/too-long': {
      description: 'Panjang keterangan foto sesuai batas gaya selingkung.',
      messages: { default: 'Keterangan foto sepanjang {{length}} karakter; batasnya {{max}}.' },
    },
    'caption/no-terminal-punctuation': {
      description: 'Keterangan foto diakhiri tanda titik.',
      messages: { default: 'Keterangan foto tidak diakhiri tanda titik.' },
      fixes: { addFullStop: 'Tambahkan tanda titik' },
    },
    'related/missing-url': {
      description: 'Setiap tautan terkait memiliki alamat.',
      messages: { default: 'Tautan terkait "{{title}}" belum memiliki alamat.' },
    },
    'related/invalid-url': {
      description: 'Tautan terkait berupa alamat http(s) lengkap dengan host yang sah.',
      messages: {
        notAbsolute: '"{{url}}" bukan alamat web lengkap (perlu https://).',
        scheme: '"{{url}}" bukan alamat web; tautan terkait harus diawali http:// atau https://.',
        host: '"{{url}}" tidak menyebut host yang sah ("{{host}}").',
        whitespace: '"{{url}}" mengandung spasi.',
        credentials: '"{{url}}" mengandung nama pengguna atau kata sandi.',
      },
      fixes: { addScheme: 'Ubah menjadi {{url}}' },
    },
    'related/disallowed-domain': {
      description: 'Tautan terkait hanya menuju domain yang diizinkan redaksi.',
      messages: {
        default: 'Tautan ke {{host}} tidak diizinkan di sini (yang diizinkan: {{allowed}}).',
      },
    },
    'related/missing-title': {
      description: 'Setiap tautan terkait memiliki judul.',
      messages: { default: 'Tautan terkait belum memiliki judul.' },
    },
    'related/duplicate': {
      description: 'Tidak ada tautan terkait yang muncul dua kali.',
      messages: {
        default: 'Tautan terkait ini mengulang tautan sebelumnya (blok {{first}}): {{url}}',
      },
      fixes: { remove: 'Hapus tautan ini' },
    },
    'related/too-many': {
      description: 'Jumlah tautan terkait tidak melebihi batas gaya selingkung.',
      messages: { default: 'Artikel memuat {{count}} tautan terkait; batasnya {{max}}.' },
    },
    'related/placement': {
      description:
        'Tautan terkait muncul setelah berita dimulai, tidak berurutan, dan (bila profil menghendaki) tidak setelah berita berakhir.',
      messages: {
        first:
          'Tautan terkait muncul sebelum berita dimulai; pindahkan ke bawah paragraf-paragraf awal.',
        adjacent:
          'Dua tautan terkait berurutan; sisipkan paragraf di antaranya atau hapus salah satu.',
        last: 'Tautan terkait muncul setelah berita berakhir; pindahkan ke antara paragraf.',
      },
    },
    'text/unbalanced-quotes': {
      description: 'Tanda petik berpasangan.',
      messages: {
        mismatched: 'Kutipan yang dibuka dengan {{open}} ditutup dengan {{close}}.',
        unclosed: 'Kutipan yang dibuka dengan {{open}} tidak pernah ditutup.',
        unopened: 'Tanda petik penutup {{close}} tidak memiliki pembuka.',
      },
      fixes: { replaceClosing: 'Ganti {{from}} dengan {{to}}' },
    },
    'text/double-space': {
      description: 'Kata dipisahkan satu spasi.',
      messages: { default: '{{count}} spasi berturut-turut.' },
      fixes: { collapse: 'Jadikan satu spasi' },
    },
    'text/leftover-boilerplate': {
      description: 'Isi berita tidak memuat teks promosi atau perabot situs.',
      messages: { default: 'Ini tampak seperti teks promosi situs, bukan isi berita: "{{line}}"' },
      fixes: {
        removeBlock: 'Hapus paragraf ini',
        removeLine: 'Hapus baris ini',
      },
    },
  },
  ui: {
    severity: { error: 'kesalahan', warning: 'peringatan', info: 'catatan' },
    summary: {
      none: 'Tidak ada masalah.',
      errors_other: '{{count}} kesalahan',
      warnings_other: '{{count}} peringatan',
      infos_other: '{{count}} catatan',
    },
    fix: {
      applied_other: '{{count}} perbaikan diterapkan.',
      none: 'Tidak ada yang bisa diperbaiki otomatis.',
      written: '{{path}} ditulis.',
    },
    where: {
      block: 'blok {{n}}',
      chars: 'karakter {{start}}-{{end}}',
      article: 'artikel',
      fixHint: 'perbaikan: {{title}}',
    },
  },
};
