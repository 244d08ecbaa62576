import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../shared/import/language';

describe('guessLanguage', () => {
  it.each([
    ['Pemerintah akan menaikkan tarif parkir di pusat kota untuk menekan kemacetan.', 'id'],
    ['Kim sebelumnya menyatakan siap melanjutkan kontak dengan AS bila Washington setuju.', 'id'],
    ['The government said on Friday that it will raise parking fees in the city centre.', 'en'],
    ['Congestion at the largest ports eased as importers brought forward shipments.', 'en'],
    // Short copy: suffixes, prefixes and month names count when function words are few.
    ['Pertumbuhan ekonomi diperkirakan melambat pada Oktober.', 'id'],
    ['Mengungsi ke Pengungsian', 'id'],
    ['Quake rattled Tokyo in October', 'en'],
  ])('%s → %s', (text, language) => {
    expect(guessLanguage(text).language).toBe(language);
  });

  it('does not guess from too little', () => {
    expect(guessLanguage('By Jane Holloway').language).toBeUndefined();
    expect(guessLanguage('12345 !!!').language).toBeUndefined();
    expect(guessLanguage('').scores).toEqual({ id: 0, en: 0 });
  });

  it('does not guess when both languages are as likely', () => {
    expect(guessLanguage('the dan of yang to di').language).toBeUndefined();
  });
});
