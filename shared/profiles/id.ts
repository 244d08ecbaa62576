import type { ProfileInput } from './profile';

/** Indonesian newsrooms: Kompas, Antara, Tempo, Detik, Medcom/Metro TV and the like. */
export const indonesianProfile: ProfileInput = {
  id: 'id',
  name: 'Bahasa Indonesia (newsrooms in Indonesia)',
  language: 'id',
  timeZone: 'Asia/Jakarta',
  conventions: {
    relatedLabels: [
      'Baca juga',
      'Baca Juga',
      'BACA JUGA',
      'Pilihan Editor',
      'Simak juga',
      'Lihat juga',
      'Berita terkait',
      'Artikel terkait',
    ],
    creditLines: [
      { label: 'Penulis', role: 'writer' },
      { label: 'Pewarta', role: 'writer' },
      { label: 'Reporter', role: 'writer' },
      { label: 'Wartawan', role: 'writer' },
      { label: 'Oleh', role: 'writer', bare: true },
      { label: 'Laporan wartawan', role: 'writer', bare: true },
      { label: 'Kontributor', role: 'contributor' },
      { label: 'Editor', role: 'editor' },
      { label: 'Penyunting', role: 'editor' },
      { label: 'Redaktur', role: 'editor' },
      { label: 'Fotografer', role: 'photographer' },
      { label: 'Pewarta foto', role: 'photographer' },
      { label: 'Foto', role: 'photographer' },
      { label: 'Penerjemah', role: 'translator' },
      { label: 'Alih bahasa', role: 'translator' },
      { label: 'Sumber', role: 'source' },
    ],
    boilerplate: [
      '^jangan lupa ikuti\\b',
      '^google news\\b',
      '^viral!?,',
      '^(?:simak|tonton|saksikan) (?:juga )?video\\b',
      // A video promo's header line on its own ("Video Pilihan", "Video Terkait").
      '^video (?:pilihan|terkait|terkini|terpopuler|unggulan)$',
      // Follow-us lines with the English verb, as Indonesian sites write them ("Follow Instagram kami").
      '^follow (?:(?:akun|instagram|twitter|x|tiktok|facebook|youtube|threads|kanal|channel)\\b|(?:kami|juga)\\b)',
      '^dapatkan (?:update|berita|informasi)\\b',
      '^ikuti (?:kami|berita|update|saluran|akun)\\b',
      '\\bklik\\s*:\\s*\\S+\\.\\S+',
      '^(?:scroll|gulir) (?:to continue|untuk melanjutkan)',
      '^advertisement$',
      '^iklan$',
      '^lihat foto$',
      '^copyright\\b',
      '^©',
      '^(?:download|unduh) aplikasi\\b',
      '^artikel ini telah (?:tayang|terbit) di\\b',
      '^baca (?:berita|artikel) (?:lainnya|selengkapnya)\\b',
      '^(?:cek|klik) (?:berita|artikel)? ?(?:dan artikel )?(?:lainnya|di sini)\\b',
      '^simak breaking news\\b',
      '\\bwhatsapp channel\\b',
      '^\\[gambas:',
      '^dilarang keras mengambil konten\\b',
      '^(?:home|beranda)\\s*[>»/]',
      '^[-_*=~•]{3,}$',
    ],
    datelines: [
      // JAKARTA, KOMPAS.com - / Jakarta, investor.id —
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?),\\s*(?<source>[\\p{L}\\p{N}]+(?:\\.[\\p{L}]{2,})+)\\s*[-–—]{1,2}\\s*",
        flags: 'u',
      },
      // Bandung (ANTARA) -
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?)\\s*\\((?<source>ANTARA(?: News)?)\\)\\s*[-–—]{1,2}\\s*",
        flags: 'u',
      },
      // TEMPO.CO, Jakarta - / Liputan6.com, Jakarta - / REPUBLIKA.CO.ID, JAKARTA --
      {
        pattern:
          "^(?<source>[\\p{L}\\p{N}]+(?:\\.[\\p{L}]{2,})+),\\s*(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?)\\s*[-–—]{1,2}\\s*",
        flags: 'u',
      },
      // Jakarta, CNN Indonesia -- / Surabaya, detikNews -
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?),\\s*(?<source>CNN Indonesia|detik(?:News|com|Finance|Jatim|Jabar)|Beritasatu|IDN Times)\\s*[-–—]{1,2}\\s*",
        flags: 'u',
      },
      // Beijing: (Medcom, Metro TV)
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}):\\s+(?=\\p{Lu}|[\"“])",
        flags: 'u',
      },
      // JAKARTA - / Jakarta -
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2})\\s+[-–—]{1,2}\\s+(?=\\p{Lu}|[\"“])",
        flags: 'u',
      },
    ],
    photoCredits: [
      '\\((?<credit>@[\\p{L}\\p{N}_.]+)\\)$',
      '\\((?<credit>ANTARA FOTO/[^()]+)\\)$',
      '\\((?<credit>(?:AP Photo|AFP|Reuters|EPA(?:-EFE)?|Xinhua|Anadolu|Getty Images|AP)(?:/[^()]+)?)\\)$',
      '\\((?<credit>(?:Dok\\.?|Dokumentasi|Istimewa|Foto|Ilustrasi)(?![\\p{L}])[^()]*)\\)$',
      '\\((?<credit>[\\p{L}\\p{N}]+(?:\\.[\\p{L}]{2,})+/[^()]+)\\)$',
      "(?<credit>(?:REUTERS|ANTARA FOTO|AFP|AP Photo|EPA)/[\\p{L} .'’-]+)$",
      // (Nama Fotografer/detikcom): a name and an outlet, never lower-case initials.
      { pattern: '\\((?<credit>(?=[^()]*\\p{Lu})[^()/]{2,40}/[^()/]{2,40})\\)$', flags: 'u' },
    ],
    captionPrefixes: ['Foto', 'Keterangan foto', 'Caption'],
    signOffs: [
      {
        // "(Ant)", "(Antara)": the agency the copy came from.
        pattern: '\\((?<names>Ant|Antara|AFP|AP|Reuters|Xinhua|Anadolu|Bernama)\\)$',
        roles: ['source'],
        where: 'either',
      },
      {
        // (abc/def): the writer's initials, then the editor's.
        pattern: { pattern: '\\((?<names>[a-z]{2,5}(?:/[a-z]{2,5})+)\\)$', flags: 'u' },
        roles: ['writer', 'editor'],
        note: 'initials as the house writes them (writer/editor)',
        where: 'either',
      },
      {
        // "…nuklirnya. (Kelvin Yurcel)": the reporter named at the end of the copy.
        pattern: {
          pattern:
            "(?<=[.!?\"”’…)]\\s*)\\((?<names>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})\\)$",
          flags: 'u',
        },
        roles: ['contributor'],
        where: 'trailing',
      },
      {
        // A closing "(Willy Haryono)" line: the editor who signed the story off.
        pattern: {
          pattern: "^\\((?<names>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})\\)$",
          flags: 'u',
        },
        roles: ['editor'],
        where: 'line',
      },
    ],
    zoneNames: {
      WIB: 'Asia/Jakarta',
      WITA: 'Asia/Makassar',
      WIT: 'Asia/Jayapura',
      GMT: 'UTC',
      UTC: 'UTC',
    },
    tagLabels: ['Tag', 'Tags', 'Topik', 'Kata kunci'],
    timeWords: ['pukul', 'pkl', 'jam'],
    placeWords: ['di', 'dari'],
    numericDateOrder: 'dmy',
    outlets: [
      'KOMPAS.com',
      'Kompas',
      'ANTARA',
      'TEMPO.CO',
      'Tempo',
      'detikcom',
      'detikNews',
      'Metrotvnews.com',
      'Medcom.id',
      'CNN Indonesia',
      'Liputan6.com',
      'tirto.id',
      'Beritasatu',
      'IDN Times',
      'Tribunnews.com',
      'Republika',
      'Ant',
    ],
    nameJoiners: ['dan', '&', 'serta'],
    months: [
      ['Januari', 'Jan'],
      ['Februari', 'Feb', 'Pebruari'],
      ['Maret', 'Mar'],
      ['April', 'Apr'],
      ['Mei'],
      ['Juni', 'Jun'],
      ['Juli', 'Jul'],
      ['Agustus', 'Agu', 'Agt', 'Ags'],
      ['September', 'Sep', 'Sept'],
      ['Oktober', 'Okt'],
      ['November', 'Nov', 'Nopember'],
      ['Desember', 'Des'],
    ],
  },
};
