/**
 * Words the exporters print around the copy (credit roles, "By", the draft marker, the dateline
 * lead), in the article's language. Indonesian and English are built in; other languages get
 * English words, and credit roles a profile adds print as the profile's own credit-line label.
 */
import { DateTime } from 'luxon';
import { KNOWN_CREDIT_ROLES, type Article, type Credit, type Dateline } from '../model/article';
import type { Profile } from '../profiles/profile';

type Lang = 'id' | 'en';

export const langOf = (language: string): Lang =>
  language.toLowerCase().startsWith('id') ? 'id' : 'en';

const ROLE_LABELS: Record<Lang, Record<string, string>> = {
  id: {
    writer: 'Penulis',
    editor: 'Editor',
    contributor: 'Kontributor',
    photographer: 'Fotografer',
    translator: 'Penerjemah',
    source: 'Sumber',
  },
  en: {
    writer: 'Writer',
    editor: 'Editor',
    contributor: 'Contributor',
    photographer: 'Photographer',
    translator: 'Translator',
    source: 'Source',
  },
};

const WORDS = {
  id: {
    by: 'Oleh',
    and: 'dan',
    draft: 'DRAF',
    draftNote: 'belum untuk diterbitkan: naskah ini masih memuat kesalahan',
    credits: 'Kredit',
    related: 'Baca juga',
  },
  en: {
    by: 'By',
    and: 'and',
    draft: 'DRAFT',
    draftNote: 'not for publication: this copy still has errors',
    credits: 'Credits',
    related: 'Related',
  },
} as const;

export const words = (language: string) => WORDS[langOf(language)];

/** "Penulis", "Editor", …; a profile's own role prints as its credit-line label, else as is. */
export function roleLabel(role: string, language: string, profile?: Profile): string {
  // Own keys only: a profile's role may be called "constructor" or "valueOf".
  const table = ROLE_LABELS[langOf(language)];
  if (Object.hasOwn(table, role)) return table[role]!;
  const line = profile?.conventions.creditLines.find((l) => l.role === role);
  if (line) return line.label;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export interface CreditGroup {
  role: string;
  label: string;
  credits: Credit[];
}

/** Credits grouped by role: known roles in their usual order, then the profile's own, as met. */
export function creditGroups(article: Article, profile?: Profile): CreditGroup[] {
  const groups = new Map<string, Credit[]>();
  for (const c of article.credits) {
    if (!c.name.trim()) continue;
    const list = groups.get(c.role) ?? [];
    list.push(c);
    groups.set(c.role, list);
  }
  const known: readonly string[] = KNOWN_CREDIT_ROLES;
  const roles = [
    ...KNOWN_CREDIT_ROLES.filter((r) => groups.has(r)),
    ...[...groups.keys()].filter((r) => !known.includes(r)),
  ];
  return roles.map((role) => ({
    role,
    label: roleLabel(role, article.language, profile),
    credits: groups.get(role)!,
  }));
}

/** "Sari (foto)" when a credit has a note. */
export const creditText = (c: Credit): string => (c.note ? `${c.name} (${c.note})` : c.name);

/** "A, B dan C" / "A, B and C". */
export function joinNames(names: readonly string[], language: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${words(language).and} ${names[names.length - 1]}`;
}

/** The byline's authors, or the writers among the credits when the byline names nobody. */
export function authorNames(article: Article): string[] {
  const fromByline = article.byline.authors.map((a) => a.name.trim()).filter(Boolean);
  if (fromByline.length > 0) return fromByline;
  return article.credits.filter((c) => c.role === 'writer' && c.name.trim()).map((c) => c.name);
}

export interface PublishedTime {
  /** Valid for `<time datetime>`: the ISO string as stored. */
  iso: string;
  /** "29 September 2025 18.33 WIB"-style wording in the article's language and offset. */
  display: string;
}

/**
 * The publication time, when the byline has one that parses. Shown in the offset it was written
 * with (a Jakarta story reads in Jakarta time), never in the machine's zone, so every door
 * prints the same bytes.
 */
export function publishedTime(article: Article): PublishedTime | null {
  const iso = article.byline.published;
  if (!iso) return null;
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return null;
  const lang = langOf(article.language);
  const display =
    lang === 'id'
      ? dt.setLocale('id').toFormat('d MMMM yyyy HH.mm')
      : dt.setLocale('en').toFormat('MMMM d, yyyy HH:mm');
  return {
    iso: dt.toISO({ suppressMilliseconds: true }) ?? iso,
    display: `${display} ${offsetName(dt, lang)}`,
  };
}

/** Indonesian zones by name (WIB/WITA/WIT), everything else as UTC±hh:mm. */
function offsetName(dt: DateTime, lang: Lang): string {
  const minutes = dt.offset;
  const named: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };
  if (lang === 'id' && named[minutes]) return named[minutes];
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The words that open the lede: "Beijing: " or "JAKARTA (ANTARA) - " or "BEIJING, Oct 3
 * (Reuters) - ". Wire agencies put their name in parentheses and a dash; a place alone takes a
 * colon, the Indonesian online style.
 */
export function datelineLead(dateline: Dateline, options: { upper?: boolean } = {}): string {
  const place = options.upper ? dateline.place.toUpperCase() : dateline.place;
  const date = dateline.date ? `, ${dateline.date}` : '';
  return dateline.source ? `${place}${date} (${dateline.source}) - ` : `${place}${date}: `;
}
