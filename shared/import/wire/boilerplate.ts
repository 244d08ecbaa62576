import type { Compiled } from './conventions';

/** A promo or site-furniture line the profile lists ("Jangan lupa ikuti…", "Follow us on…"). */
export function isBoilerplate(text: string, cc: Compiled): boolean {
  // Promo lines are short; a long paragraph that mentions a link is copy.
  if (text.length > 300) return false;
  return cc.boilerplate.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}
