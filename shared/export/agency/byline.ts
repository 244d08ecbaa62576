import type { Article } from '../../model/article';
import type { Profile } from '../../profiles/profile';
import { datelineLead, words } from '../labels';

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

/** The dateline as the body prints it, without the dash or colon that leads into the copy. */
export function datelineText(article: Article): string | null {
  const d = article.dateline;
  if (!d || !d.place.trim()) return null;
  return datelineLead(d).replace(/[\s:–—-]+$/u, '');
}

/** "DRAF: belum untuk diterbitkan: …" — the editorial note a draft export carries. */
export function draftNote(language: string): string {
  const w = words(language);
  return `${w.draft}: ${w.draftNote}.`;
}
