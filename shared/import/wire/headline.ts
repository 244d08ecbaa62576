const SENTENCE_INSIDE = /[.!?]["”’]?\s+\p{Lu}/u;

/** Could this first line be a headline rather than the opening of the copy? */
export function looksLikeHeadline(text: string): boolean {
  if (text.length < 3 || text.length > 200) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (SENTENCE_INSIDE.test(text)) return false;
  // Headlines rarely end in a full stop; a long line that does is a paragraph.
  if (/[^.]\.$/u.test(text) && text.length > 100) return false;
  return true;
}

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’'“”"«»]/gu, '')
    .replace(/[\s.:!?…]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** The same headline, up to case, quotes and closing punctuation. */
export const sameHeadline = (a: string, b: string): boolean => a !== '' && fold(a) === fold(b);

const SUFFIX = /\s+[|–—-]\s+(?<outlet>[^|–—]{2,40})$/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}]{2,})+$/u;

/**
 * "Judul Berita | Kompas.com", "Title - Reuters": scraped titles carry the site's name. Returns
 * the headline without it and the outlet, when the tail is an outlet the profile knows or a
 * domain name.
 */
export function splitOutletSuffix(
  text: string,
  isOutlet: (name: string) => boolean,
): { headline: string; outlet?: string; suffix?: string } {
  const m = SUFFIX.exec(text);
  const outlet = m?.groups?.outlet?.trim();
  if (!m || !outlet || !(isOutlet(outlet) || DOMAIN.test(outlet))) return { headline: text };
  const headline = text.slice(0, m.index).trim();
  if (headline === '') return { headline: text };
  return { headline, outlet, suffix: m[0].trim() };
}
