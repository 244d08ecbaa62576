import type { Profile } from '../../profiles/profile';

const BYLINE_PREFIX =
  /^(?:(?:written\s+)?by|oleh|penulis|pewarta|reporter|wartawan|author|authors)\b\s*:?\s*/iu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The names in a byline that holds only names ("By Ana Putri and Budi Santoso", "Oleh Ana, Budi
 * dan Citra"), or null when it holds more (a date, an outlet, a role): such bylines go to the
 * wire recogniser as a paragraph, because it knows the profile's "name • date" forms.
 */
export function splitAuthorNames(raw: string, profile: Profile): string[] | null {
  const text = raw.replace(/\s+/g, ' ').trim().replace(BYLINE_PREFIX, '');
  if (text === '') return [];
  const joiners = profile.conventions.nameJoiners
    .map((j) => (/^\p{L}+$/u.test(j) ? `\\s+${escapeRegExp(j)}\\s+` : `\\s*${escapeRegExp(j)}\\s*`))
    .concat(['\\s+and\\s+', '\\s*&\\s*', '\\s*[,;]\\s*']);
  const names = text
    .split(new RegExp(joiners.join('|'), 'iu'))
    .map((n) => n.trim())
    .filter(Boolean);
  const plausible = names.every(
    (n) => !/[\d•|/@:()]/u.test(n) && n.length <= 60 && n.split(' ').length <= 6,
  );
  return plausible ? names : null;
}
