import type { Compiled } from './conventions';

export interface NamedPerson {
  name: string;
  /** "in Tokyo": where the person worked from, when the credit says so. */
  note?: string;
}

/** Lower-case words that sit inside personal names across the languages we see. */
const PARTICLES = new Set([
  'bin',
  'binti',
  'van',
  'de',
  'da',
  'der',
  'den',
  'von',
  'al',
  'el',
  'la',
  'le',
  'du',
  'dos',
  'del',
  'ter',
]);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const INITIAL = /^(?:\p{Lu}\.)+$/u;

/** One to six capitalised words (particles allowed inside): "Willy Haryono", "Ahmad bin Ali". */
export function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > 60) return false;
  const words = text.split(' ');
  if (words.length > 6) return false;
  return words.every(
    (w, i) =>
      NAME_WORD.test(w) ||
      INITIAL.test(w) ||
      (i > 0 && i < words.length - 1 && PARTICLES.has(w.toLowerCase())),
  );
}

/** Lower-case initials as newsrooms sign off with them: "abc", "sw". */
export const looksLikeInitials = (text: string): boolean =>
  /^[a-z]{2,5}(?:-[a-z]{2,5})?$/u.test(text);

/**
 * Splits "Jane Doe in Tokyo, John Roe and Ann Poe" into people, each with an optional place
 * note. Returns null when any piece is not a name, so callers never invent credits from prose.
 */
export function splitNames(
  text: string,
  cc: Compiled,
  allowInitials = false,
): NamedPerson[] | null {
  const cleaned = text.replace(/^[\s,;:]+|[\s,;:.]+$/gu, '');
  if (cleaned === '' || cleaned.length > 240) return null;
  const out: NamedPerson[] = [];
  for (const piece of cleaned.split(cc.nameSplitter)) {
    const p = piece.trim();
    if (p === '') return null;
    let name = p;
    let note: string | undefined;
    const place = cc.namePlace?.exec(p);
    if (place?.[1] && place[2]) {
      name = place[1];
      note = place[2];
    }
    if (!(looksLikeName(name) || (allowInitials && looksLikeInitials(name)))) return null;
    out.push(note ? { name, note } : { name });
  }
  return out;
}

export const isOutlet = (text: string, cc: Compiled): boolean => cc.outlets.has(text.toLowerCase());
