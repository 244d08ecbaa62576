/**
 * A stop-word vote between the two languages the built-in profiles serve, for drafts that do not
 * declare theirs. Function words are the most frequent words of running copy in both languages
 * and barely overlap, so a few hundred words decide it reliably.
 */
const INDONESIAN = new Set(
  'yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga adalah oleh karena sudah telah kata bahwa atau saat mereka kami kita ada bisa lebih para tersebut menjadi secara'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and of to in is that for on with was as by it at from are be has have this were said which not but an their they will would its after who been had more'.split(
    ' ',
  ),
);

/** 'id' or 'en' by function words; 'en' when the text gives no evidence either way. */
export function guessLanguageOf(text: string): 'id' | 'en' {
  let id = 0;
  let en = 0;
  let seen = 0;
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (INDONESIAN.has(m[0])) id++;
    else if (ENGLISH.has(m[0])) en++;
    if (++seen > 2000) break;
  }
  return id > en ? 'id' : 'en';
}
