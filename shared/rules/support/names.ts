/** Comparing people's names as newsrooms write them: case, accents and spacing do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the text has letters and none of them is lower case ("WILLY HARYONO"). */
export function isAllCaps(text: string): boolean {
  let upper = 0;
  for (const ch of text) {
    if (ch.toLocaleLowerCase() !== ch) upper++;
    else if (ch.toLocaleUpperCase() !== ch) return false;
  }
  return upper >= 2;
}

/**
 * True when every word of the name that has letters starts with a lower-case one ("willy
 * haryono", "wILLY hARYONO"). Scripts without case never count as lower case.
 */
export function startsLowerCase(name: string): boolean {
  let words = 0;
  for (const word of name.trim().split(/\s+/)) {
    const first = /\p{L}/u.exec(word)?.[0];
    if (first === undefined) continue;
    if (first === first.toLocaleUpperCase()) return false;
    words++;
  }
  return words > 0;
}

/**
 * "WILLY HARYONO" → "Willy Haryono", "choe son-hui" → "Choe Son-Hui" is wrong for Korean names,
 * so only the first letter of each space-separated word is raised and a hyphenated tail is
 * lowered: "CHOE SON-HUI" → "Choe Son-hui". Particles a reader would expect lower-case stay so.
 */
const LOWER_PARTICLES = new Set([
  'bin',
  'binti',
  'van',
  'der',
  'de',
  'da',
  'di',
  'von',
  'al',
  'la',
  'le',
]);

export function titleCaseName(name: string): string {
  return name
    .toLocaleLowerCase()
    .split(/(\s+)/)
    .map((word, i) => {
      if (/^\s+$/.test(word) || word === '') return word;
      if (i > 0 && LOWER_PARTICLES.has(word)) return word;
      const first = word.match(/\p{L}/u);
      if (!first || first.index === undefined) return word;
      const k = first.index;
      const raised = word.slice(0, k) + word.charAt(k).toLocaleUpperCase() + word.slice(k + 1);
      // O'BRIEN → O'Brien, D’ALMEIDA → D’Almeida.
      return raised.replace(
        /^(\p{L}['’])(\p{L})/u,
        (_, head: string, c: string) => head + c.toLocaleUpperCase(),
      );
    })
    .join('');
}

/**
 * A desk's initials ("nkh", "jm", "SST"): a house code for a person, not a name, so it cannot be
 * matched against the byline.
 */
export function looksLikeInitials(name: string): boolean {
  const n = name.trim();
  return /^\p{L}{1,5}$/u.test(n) && (n === n.toLocaleLowerCase() || n === n.toLocaleUpperCase());
}

/** An agency or outlet credited as the author ("ANTARA", "Reuters"), by the profile's own list. */
export function isOutletName(name: string, outlets: readonly string[]): boolean {
  const key = nameKey(name);
  return key !== '' && outlets.some((o) => nameKey(o) === key);
}
