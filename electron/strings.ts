/**
 * The few words the Node side shows itself (native menu, dialog titles, the close prompt), in
 * both UI languages. The renderer has its own catalogue; these follow the same `uiLanguage`
 * setting, so an Indonesian desk gets "Berkas › Simpan" in the menu bar too.
 */
import type { UiLanguage } from '../shared/ipc/settings';

const en = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  help: '&Help',
  new: 'New',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent files',
  clearRecent: 'Clear Recent',
  import: 'Import…',
  save: 'Save',
  saveAs: 'Save As…',
  export: 'Export…',
  close: 'Close',
  settings: 'Settings…',
  about: 'About {app}',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and Match Style',
  delete: 'Delete',
  selectAll: 'Select All',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullscreen: 'Toggle Full Screen',
  quit: 'Quit',
  dialogOpen: 'Open article',
  dialogImport: 'Import draft',
  dialogSave: 'Save article',
  dialogExportFolder: 'Export to folder',
  dialogChooseExportFolder: 'Choose the export folder',
  filterArticle: 'Newsroom Desk article',
  filterDrafts: 'Drafts',
  filterAll: 'All files',
  unsavedMessage: 'This article has unsaved changes.',
  unsavedDetail: 'Close anyway? The changes since the last save will be lost.',
  closeWithoutSaving: 'Close Without Saving',
  cancel: 'Cancel',
  settingsUnreadable: 'Your settings could not be read.',
  windowGoneMessage: 'The window keeps failing to start, so it has been closed.',
  windowGoneDetail:
    'Your unsaved work is kept as a recovery copy and will be offered the next time you open Newsroom Desk.',
};

export type StringKey = keyof typeof en;

const id: Record<StringKey, string> = {
  file: '&Berkas',
  edit: '&Sunting',
  view: '&Tampilan',
  help: 'Ban&tuan',
  new: 'Baru',
  open: 'Buka…',
  openRecent: 'Buka Terbaru',
  noRecent: 'Belum ada berkas terbaru',
  clearRecent: 'Kosongkan Daftar',
  import: 'Impor…',
  save: 'Simpan',
  saveAs: 'Simpan Sebagai…',
  export: 'Ekspor…',
  close: 'Tutup',
  settings: 'Pengaturan…',
  about: 'Tentang {app}',
  undo: 'Urungkan',
  redo: 'Ulangi',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tempel',
  pasteAndMatchStyle: 'Tempel Tanpa Format',
  delete: 'Hapus',
  selectAll: 'Pilih Semua',
  resetZoom: 'Ukuran Asli',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  fullscreen: 'Layar Penuh',
  quit: 'Keluar',
  dialogOpen: 'Buka artikel',
  dialogImport: 'Impor draf',
  dialogSave: 'Simpan artikel',
  dialogExportFolder: 'Ekspor ke folder',
  dialogChooseExportFolder: 'Pilih folder ekspor',
  filterArticle: 'Artikel Newsroom Desk',
  filterDrafts: 'Draf',
  filterAll: 'Semua berkas',
  unsavedMessage: 'Artikel ini punya perubahan yang belum disimpan.',
  unsavedDetail: 'Tetap tutup? Perubahan sejak penyimpanan terakhir akan hilang.',
  closeWithoutSaving: 'Tutup Tanpa Menyimpan',
  cancel: 'Batal',
  settingsUnreadable: 'Pengaturan Anda tidak dapat dibaca.',
  windowGoneMessage: 'Jendela terus gagal dimulai, jadi jendela ditutup.',
  windowGoneDetail:
    'Pekerjaan yang belum disimpan tetap ada sebagai salinan pemulihan dan akan ditawarkan saat Newsroom Desk dibuka lagi.',
};

const TABLES: Record<UiLanguage, Record<StringKey, string>> = { en, id };

export function text(language: UiLanguage, key: StringKey, values: Record<string, string> = {}) {
  return TABLES[language][key].replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}

/** A translator bound to one language. */
export const strings =
  (language: UiLanguage) =>
  (key: StringKey, values?: Record<string, string>): string =>
    text(language, key, values);
