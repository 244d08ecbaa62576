/**
 * The review UI's strings in both languages, spread into the app catalogues (renderer/i18n), so
 * the key-parity test covers them with everything else.
 */
export const reviewEn = {
  history: {
    none: 'No revisions yet: each save records one.',
    noUser: 'Saves are not recorded in the history until your name is set in Settings.',
    setName: 'Set your name…',
    hint: 'Tick two revisions to compare them.',
    list: 'Revisions, newest first',
    compare: 'Compare revision {{n}}',
    restore: 'Restore',
    restoreN: 'Restore revision {{n}}',
    restoredFrom: 'Restored revision {{n}}',
    restoredNotice:
      'Revision {{n}} is the current text again (as a new revision). Save to keep it.',
    diffOf: 'Changes from revision {{from}} to {{to}}',
    noDifference: 'The two revisions have the same content.',
    op: {
      added: 'Added',
      removed: 'Removed',
      changed: 'Changed',
      moved: 'Moved',
      unchanged: 'Unchanged',
    },
    block: {
      paragraph: 'Paragraph',
      heading: 'Subheading',
      quote: 'Quote',
      list: 'List',
      figure: 'Figure',
      related: 'Related link',
    },
    field: {
      headline: 'Headline',
      subheadline: 'Subheadline',
      byline: 'Byline',
      dateline: 'Dateline',
      credits: 'Credits',
    },
  },
};

export const reviewId: typeof reviewEn = {
  history: {
    none: 'Belum ada revisi: setiap penyimpanan mencatat satu.',
    noUser: 'Penyimpanan belum dicatat di riwayat sampai nama Anda diisi di Pengaturan.',
    setName: 'Isi nama Anda…',
    hint: 'Centang dua revisi untuk membandingkannya.',
    list: 'Revisi, terbaru di atas',
    compare: 'Bandingkan revisi {{n}}',
    restore: 'Pulihkan',
    restoreN: 'Pulihkan revisi {{n}}',
    restoredFrom: 'Memulihkan revisi {{n}}',
    restoredNotice:
      'Revisi {{n}} kini menjadi teks terkini (sebagai revisi baru). Simpan agar tetap tersimpan.',
    diffOf: 'Perubahan dari revisi {{from}} ke {{to}}',
    noDifference: 'Isi kedua revisi sama.',
    op: {
      added: 'Ditambahkan',
      removed: 'Dihapus',
      changed: 'Diubah',
      moved: 'Dipindahkan',
      unchanged: 'Tidak berubah',
    },
    block: {
      paragraph: 'Paragraf',
      heading: 'Subjudul',
      quote: 'Kutipan',
      list: 'Daftar',
      figure: 'Foto',
      related: 'Tautan terkait',
    },
    field: {
      headline: 'Judul',
      subheadline: 'Subjudul berita',
      byline: 'Penulis',
      dateline: 'Dateline',
      credits: 'Kredit',
    },
  },
};
