import type { Article } from '../../model/article';
import type { Profile } from '../../profiles/profile';
import { words } from '../labels';

/** "A", "A dan B", "A, B dan C" — the byline as a reader of the article's language expects it. */
export function joinNames(names: readonly string[], profile: Profile): string {
  if (names.length <= 1) return names[0] ?? '';
  const joiner =
    profile.conventions.nameJoiners.find((j) => /^\p{L}+$/u.test(j)) ??
    (profile.language.startsWith('id') ? 'dan' : 'and');
  return `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]}`;
}

/** The printed byline: the draft's own wording when it kept one, else the joined author names. */
export function bylineText(article: Article, profile: Profile): string {
  const raw = article.byline.raw?.trim();
  if (raw) return raw;
  return joinNames(
    article.byline.authors.map((a) => a.name),
    profile,
  );
}

/** The dateline as printed: "Beijing", "JAKARTA (ANTARA)", "Beijing, Oct 3 (Reuters)". */
export function datelineText(article: Article): string | null {
  const d = article.dateline;
  if (!d) return null;
  return `${d.place}${d.date ? `, ${d.date}` : ''}${d.source ? ` (${d.source})` : ''}`;
}

/** "DRAF: belum untuk diterbitkan: …" — the editorial note a draft export carries. */
export function draftNote(language: string): string {
  const w = words(language);
  return `${w.draft}: ${w.draftNote}.`;
}
