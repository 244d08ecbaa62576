import { compilePattern, type Pattern, type Profile } from '../../profiles/profile';

/**
 * Profile patterns compiled once per profile object. Profiles are immutable once resolved, so
 * the profile itself is the cache key; a bad pattern in a user profile is skipped rather than
 * failing every check (profile loading reports it).
 */
const boilerplateCache = new WeakMap<Profile, RegExp[]>();
const creditFormatCache = new WeakMap<Profile, RegExp | null>();

function compileAll(patterns: readonly Pattern[]): RegExp[] {
  const out: RegExp[] = [];
  for (const p of patterns) {
    try {
      const re = compilePattern(p);
      // `test` on a global pattern remembers its last position; these are tested line by line.
      out.push(re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re);
    } catch {
      // Reported by validateProfileRules; a check must not throw on a user's typo.
    }
  }
  return out;
}

export function boilerplatePatterns(profile: Profile): RegExp[] {
  let r = boilerplateCache.get(profile);
  if (!r) {
    r = compileAll(profile.conventions.boilerplate);
    boilerplateCache.set(profile, r);
  }
  return r;
}

/** The house photo-credit form, anchored so the whole credit must match it. */
export function creditFormatPattern(profile: Profile): RegExp | null {
  let r = creditFormatCache.get(profile);
  if (r === undefined) {
    r = null;
    if (profile.creditFormat) {
      try {
        const re = compilePattern(profile.creditFormat);
        r = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/g, ''));
      } catch {
        r = null;
      }
    }
    creditFormatCache.set(profile, r);
  }
  return r;
}
