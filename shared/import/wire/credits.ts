import type { Credit } from '../../model/article';
import type { Compiled } from './conventions';
import { isOutlet, looksLikeInitials, splitNames } from './names';

const toCredit = (name: string, role: string, note?: string): Credit =>
  note ? { name, role, note } : { name, role };

/**
 * A line made only of credits: "Penulis: X | Editor: Y", "Pewarta: X", "By Jane Doe and John
 * Roe", "(Reporting by X in Tokyo; Editing by Y)". Null unless every part of the line is a label
 * the profile knows followed by names, so that prose which happens to start with "Editor:" or
 * "Oleh karena itu" stays prose.
 */
export interface CreditLine {
  credits: Credit[];
  /** Outlets named among the people ("By Jane Doe, Reuters"): not credits, but worth keeping. */
  outlets: string[];
}

export function parseCreditLine(text: string, cc: Compiled): CreditLine | null {
  if (!cc.creditLabels || text.length > 300) return null;
  let t = text.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  const hits = [...t.matchAll(cc.creditLabels)];
  if (hits.length === 0 || hits[0]!.index !== 0) return null;
  const credits: Credit[] = [];
  const outlets: string[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const label = hit[0].replace(/[\s:：]+$/u, '').toLowerCase();
    const def = cc.creditByLabel.get(label);
    if (!def) return null;
    const from = hit.index + hit[0].length;
    const to = i + 1 < hits.length ? hits[i + 1]!.index : t.length;
    const names = t.slice(from, to).replace(/[\s,;|•·]+$/u, '');
    const people = splitNames(names, cc, true);
    if (!people) return null;
    for (const p of people) {
      if (def.role !== 'source' && isOutlet(p.name, cc)) outlets.push(p.name);
      else credits.push(toCredit(p.name, def.role, p.note));
    }
  }
  return credits.length ? { credits, outlets } : null;
}

export interface SignOffMatch {
  credits: Credit[];
  /** Where the sign-off starts in the text; 0 for a whole line. */
  start: number;
  matched: string;
}

/**
 * A sign-off the profile describes by form: as a whole line after the body ("(Willy Haryono)",
 * "Jane Doe contributed to this report.") or cut from the end of the last body paragraph
 * ("… nuklirnya. (Kelvin Yurcel)", "… (abc/def)").
 */
export function matchSignOff(
  text: string,
  cc: Compiled,
  position: 'line' | 'trailing',
): SignOffMatch | null {
  if (text.length > 2000) text = text.slice(-400);
  for (const s of cc.signOffs) {
    if (s.where !== 'either' && s.where !== position) continue;
    s.re.lastIndex = 0;
    const m = s.re.exec(text);
    if (!m?.groups?.names) continue;
    if (m.index + m[0].length !== text.length) continue;
    if (position === 'line' ? m.index !== 0 : m.index === 0) continue;
    const credits: Credit[] = [];
    let ok = true;
    let k = 0;
    for (const group of m.groups.names.split(/\s*\/\s*/u)) {
      const people = splitNames(group, cc, true);
      if (!people) {
        ok = false;
        break;
      }
      for (const p of people) {
        const role = s.roles[Math.min(k, s.roles.length - 1)]!;
        // "(ANTARA)" on its own names the agency, not an editor.
        if (role !== 'source' && isOutlet(p.name, cc)) {
          ok = false;
          break;
        }
        const note = [p.note, looksLikeInitials(p.name) ? s.note : undefined]
          .filter(Boolean)
          .join('; ');
        credits.push(toCredit(p.name, role, note || undefined));
        k++;
      }
    }
    if (ok && credits.length) return { credits, start: m.index, matched: m[0] };
  }
  return null;
}

/** A credit label alone on its line ("Reporter", "Editor:"), its names on the next line. */
export const isBareCreditLabel = (text: string, cc: Compiled): boolean =>
  text.length <= 40 && cc.creditByLabel.has(text.replace(/\s*[:：]\s*$/u, '').toLowerCase());
