/**
 * The review core as the window calls it: who is acting (the Settings user) and the revision a
 * save records. Kept here so App.tsx only says when, not how.
 */
import type { Article } from '../../shared/model/article';
import { actorFor, recordRevision, type Actor, type ReviewError } from '../../shared/review';

export interface SettingsUser {
  name: string;
  role: string;
}

/** The actor for the Settings user; throws ReviewError "no-user" when no name is set. */
export function reviewActor(user: SettingsUser | undefined): Actor {
  return actorFor(user ?? { name: '', role: '' });
}

/**
 * The article with this save recorded as a revision. Without a user name the save still goes
 * through (refusing would put work at risk) but records nothing; the History panel says why.
 */
export function withRevision(article: Article, user: SettingsUser | undefined): Article {
  if (!user?.name.trim()) return article;
  return recordRevision(article, reviewActor(user));
}

/** A refused review action in the UI language (the core carries English and Indonesian). */
export function reviewErrorText(e: ReviewError, language: string): string {
  return language.startsWith('id') ? e.messages.id : e.messages.en;
}
