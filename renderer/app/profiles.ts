import type { SettingsView } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import {
  defaultProfileFor,
  getBuiltinProfile,
  isBuiltinProfile,
} from '../../shared/profiles/index';
import type { Profile } from '../../shared/profiles/profile';

/** The profile the article names, if it is one the app knows. */
export function namedProfile(article: Article | null): Profile | null {
  const id = article?.metadata.profile;
  return id && isBuiltinProfile(id) ? getBuiltinProfile(id) : null;
}

/** The profile an article is checked against: its own, else the user's default, else by language. */
export function profileFor(article: Article | null, settings: SettingsView | null): Profile {
  const own = namedProfile(article);
  if (own) return own;
  const id = settings?.defaultProfile;
  if (id && isBuiltinProfile(id)) return getBuiltinProfile(id);
  return defaultProfileFor(article?.language ?? 'en');
}
