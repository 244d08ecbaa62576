import { compilePattern, type Profile, type SignOff } from '../../profiles/profile';

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so that "Additional reporting by" wins over "Reporting by" in an alternation. */
const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

export interface CompiledSignOff {
  re: RegExp;
  roles: readonly string[];
  note?: string;
  where: SignOff['where'];
}

export interface CreditLabel {
  label: string;
  role: string;
  bare: boolean;
}

/** A profile's conventions compiled once into the regular expressions the recogniser runs. */
export interface Compiled {
  profile: Profile;
  boilerplate: RegExp[];
  datelines: RegExp[];
  photoCredits: RegExp[];
  signOffs: CompiledSignOff[];
  /** Label, then a separator or the end: group 1 is the label as written, `rest` the remainder. */
  related: RegExp | null;
  /** Every credit label with its separator, global, for splitting lines with several labels. */
  creditLabels: RegExp | null;
  creditByLabel: Map<string, CreditLabel>;
  captionPrefix: RegExp | null;
  /** "Tags: a, b": group `rest` holds the tags. */
  tagLine: RegExp | null;
  outlets: Set<string>;
  /** Splits a list of names at commas and joiners ("A, B and C", "A dan B"). */
  nameSplitter: RegExp;
  /** "Jane Doe in Tokyo": group 1 the name, group 2 the place phrase. */
  namePlace: RegExp | null;
  months: Map<string, number>;
  monthAlternation: string;
  timeWords: string;
  zoneNames: Map<string, string>;
}

const cache = new WeakMap<Profile, Compiled>();

export function compileConventions(profile: Profile): Compiled {
  const hit = cache.get(profile);
  if (hit) return hit;
  const c = profile.conventions;

  const creditByLabel = new Map<string, CreditLabel>();
  for (const l of c.creditLines) {
    creditByLabel.set(l.label.toLowerCase(), { label: l.label, role: l.role, bare: !!l.bare });
  }
  const labelForms = [...creditByLabel.values()]
    .sort((a, b) => b.label.length - a.label.length)
    .map((l) => `${escapeRegExp(l.label)}${l.bare ? '(?:\\s*[:：]\\s*|\\s+)' : '\\s*[:：]\\s*'}`);

  const months = new Map<string, number>();
  c.months.forEach((names, i) => {
    for (const n of names) months.set(n.toLowerCase(), i + 1);
  });

  const joiners = c.nameJoiners.filter((j) => j.trim() !== '');
  const compiled: Compiled = {
    profile,
    boilerplate: c.boilerplate.map(compilePattern),
    datelines: c.datelines.map(compilePattern),
    photoCredits: c.photoCredits.map(compilePattern),
    signOffs: c.signOffs.map((s) => ({
      re: compilePattern(s.pattern),
      roles: s.roles,
      note: s.note,
      where: s.where,
    })),
    related: c.relatedLabels.length
      ? new RegExp(
          `^(?:[»>•*·]+\\s*)?(${alternation(c.relatedLabels)})(?![\\p{L}\\p{N}])\\s*(?:(?:[:：]|[-–—]{1,2}|»|>>)\\s*(?<rest>.*))?$`,
          'iu',
        )
      : null,
    creditLabels: labelForms.length
      ? new RegExp(`(?:^|(?<=[\\s,;|(]))(?:${labelForms.join('|')})`, 'giu')
      : null,
    creditByLabel,
    captionPrefix: c.captionPrefixes.length
      ? new RegExp(`^(?:${alternation(c.captionPrefixes)})\\s*[:：]\\s*`, 'iu')
      : null,
    tagLine: c.tagLabels.length
      ? new RegExp(`^(?:${alternation(c.tagLabels)})\\s*[:：]\\s*(?<rest>.+)$`, 'iu')
      : null,
    outlets: new Set(c.outlets.map((o) => o.toLowerCase())),
    nameSplitter: new RegExp(
      `\\s*,\\s*(?:(?:${alternation(joiners.length ? joiners : ['&'])})\\s+)?|\\s+(?:${alternation(joiners.length ? joiners : ['&'])})\\s+`,
      'iu',
    ),
    namePlace: c.placeWords.length
      ? new RegExp(`^(.+?)\\s+((?:${alternation(c.placeWords)})\\s+\\p{Lu}.*)$`, 'u')
      : null,
    months,
    monthAlternation: alternation([...months.keys()]),
    timeWords: alternation(c.timeWords),
    zoneNames: new Map(Object.entries(c.zoneNames).map(([k, v]) => [k.toUpperCase(), v])),
  };
  cache.set(profile, compiled);
  return compiled;
}
