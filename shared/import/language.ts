/**
 * Guesses whether copy is Indonesian or English from its commonest function words, to choose a
 * default profile. Only these two: they are the languages the built-in profiles serve, and a
 * wrong guess merely picks the other profile, which the user can override.
 */
const STOPWORDS: Readonly<Record<'id' | 'en', readonly string[]>> = {
  id: [
    'yang',
    'dan',
    'di',
    'ke',
    'dari',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'pada',
    'adalah',
    'tidak',
    'akan',
    'dalam',
    'juga',
    'karena',
    'oleh',
    'sebagai',
    'telah',
    'bahwa',
    'kata',
    'ada',
    'tersebut',
    'para',
    'atau',
    'bisa',
    'lebih',
    'saat',
    'kami',
    'mereka',
    'sudah',
    'menjadi',
    'serta',
    'hingga',
    'agar',
    'namun',
    'kepada',
    'yakni',
    'tahun',
    'sejak',
    'bila',
    'jika',
    'setelah',
    'belum',
    'masih',
    'hanya',
    'harus',
    'bagi',
    'tentang',
    'antara',
    'sementara',
    'tetapi',
    'kita',
    'apa',
    'bagaimana',
    'mengapa',
    'siapa',
    // Month names that differ from the English ones: datelines and bylines carry them.
    'januari',
    'februari',
    'maret',
    'mei',
    'juni',
    'juli',
    'agustus',
    'oktober',
    'desember',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'on',
    'with',
    'as',
    'was',
    'at',
    'by',
    'it',
    'from',
    'said',
    'are',
    'be',
    'has',
    'have',
    'this',
    'an',
    'will',
    'were',
    'which',
    'not',
    'but',
    'they',
    'their',
    'its',
    'after',
    'who',
    'would',
    'had',
    'been',
    'january',
    'february',
    'march',
    'may',
    'june',
    'july',
    'august',
    'october',
    'december',
  ],
};

const LOOKUP = new Map<string, 'id' | 'en'>();
for (const lang of ['id', 'en'] as const) for (const w of STOPWORDS[lang]) LOOKUP.set(w, lang);

/**
 * Short copy may hold few function words, but Indonesian verbs and nouns wear their suffixes
 * ("menyatakan", "programnya") and English ones theirs ("meeting", "nation").
 */
function affixLanguage(word: string): 'id' | 'en' | undefined {
  if (word.length < 6) return undefined;
  if (/(?:kan|nya)$/u.test(word) || /^(?:meng|meny|peng|peny)/u.test(word)) return 'id';
  if (/(?:ing|tion|ed)$/u.test(word)) return 'en';
  return undefined;
}

export interface LanguageGuess {
  /** 'id' or 'en', or undefined when the text gives too little to go on. */
  language: 'id' | 'en' | undefined;
  /** Stopword hits for each language, for callers that want to weigh the guess. */
  scores: { id: number; en: number };
}

/** How much text is enough: the first 20 000 characters decide as well as all of them. */
const SAMPLE = 20_000;

export function guessLanguage(text: string): LanguageGuess {
  const scores = { id: 0, en: 0 };
  for (const m of text
    .slice(0, SAMPLE)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    const w = m[0];
    const lang = LOOKUP.get(w) ?? affixLanguage(w);
    if (lang) scores[lang]++;
  }
  const total = scores.id + scores.en;
  let language: LanguageGuess['language'];
  // Two cues and none against is enough for a short draft; with cues both ways, a clear lead.
  if (total >= 2) {
    if (scores.id > scores.en * 1.2) language = 'id';
    else if (scores.en > scores.id * 1.2) language = 'en';
  }
  return { language, scores };
}
