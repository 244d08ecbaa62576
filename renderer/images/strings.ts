/**
 * What picking an image tells the user, in both languages, spread into the app catalogues
 * (renderer/i18n) so the key-parity test covers them. Sizes and dimensions arrive formatted
 * (renderer/images/plan.ts), so the decimal comma is the catalogue's language's.
 */
export const imagesEn = {
  images: {
    scaled: 'Scaled from {{from}} ({{fromSize}}) to {{to}} ({{toSize}}) for the web.',
    compressed: 'Made smaller for the web: {{to}}, from {{fromSize}} to {{toSize}}.',
    notImage: '{{name}} is not an image that can be placed. Choose a PNG, JPEG, GIF or WebP file.',
    unreadable:
      '{{name}} could not be read as an image; the file may be damaged. Nothing was changed.',
    tooLarge: '{{name}} is {{size}}; image files up to {{max}} can be placed.',
    tooManyPixels:
      '{{name}} is {{dims}} ({{megapixels}} megapixels); images up to {{max}} megapixels can be placed.',
    animatedTooLarge:
      '{{name}} is {{size}}. GIFs and animated images are placed unchanged, to keep the animation, so they can be at most {{max}}.',
    cannotShrink:
      '{{name}} could not be made small enough for the web ({{size}} at {{dims}}); files up to {{max}} can be placed.',
  },
};

export const imagesId: typeof imagesEn = {
  images: {
    scaled: 'Diperkecil dari {{from}} ({{fromSize}}) menjadi {{to}} ({{toSize}}) untuk web.',
    compressed: 'Dirampingkan untuk web: {{to}}, dari {{fromSize}} menjadi {{toSize}}.',
    notImage: '{{name}} bukan gambar yang bisa dipasang. Pilih berkas PNG, JPEG, GIF, atau WebP.',
    unreadable:
      '{{name}} tidak terbaca sebagai gambar; berkasnya mungkin rusak. Tidak ada yang diubah.',
    tooLarge: '{{name}} berukuran {{size}}; berkas gambar yang bisa dipasang paling besar {{max}}.',
    tooManyPixels:
      '{{name}} berukuran {{dims}} ({{megapixels}} megapiksel); gambar yang bisa dipasang paling besar {{max}} megapiksel.',
    animatedTooLarge:
      '{{name}} berukuran {{size}}. GIF dan gambar animasi dipasang apa adanya agar animasinya tetap ada, jadi paling besar {{max}}.',
    cannotShrink:
      '{{name}} tidak bisa dibuat cukup kecil untuk web ({{size}} pada {{dims}}); berkas yang bisa dipasang paling besar {{max}}.',
  },
};
