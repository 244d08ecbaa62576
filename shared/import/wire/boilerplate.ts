import type { Compiled } from './conventions';

/** A promo or site-furniture line the profile lists ("Jangan lupa ikuti…", "Follow us on…"). */
export function isBoilerplate(text: string, cc: Compiled): boolean {
  if (text.length > 600) return false;
  return cc.boilerplate.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}
