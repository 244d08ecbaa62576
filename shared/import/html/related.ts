import type { Profile } from '../../profiles/profile';

export interface RelatedLabelMatch {
  /** The label as the draft wrote it ("BACA JUGA", "Related"). */
  label: string;
  /** Offset in the text where what follows the label (and its colon) starts. */
  restStart: number;
}

/** The two labels every importer knows, whatever the profile: drafts mix languages. */
const ALWAYS = ['Related', 'Baca juga'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cache = new WeakMap<Profile, RegExp>();

function labelPattern(profile: Profile): RegExp {
  let re = cache.get(profile);
  if (!re) {
    const labels = [...new Set([...profile.conventions.relatedLabels, ...ALWAYS])]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    re = new RegExp(`^\\s*(${labels.join('|')})\\s*[:：]\\s*`, 'iu');
    cache.set(profile, re);
  }
  return re;
}

/** Whether a paragraph starts with a related-link label and a colon ("Baca juga: …"). */
export function matchRelatedLabel(text: string, profile: Profile): RelatedLabelMatch | null {
  const m = labelPattern(profile).exec(text);
  if (!m?.[1]) return null;
  return { label: m[1], restStart: m[0].length };
}
