import type { Credit } from '../../model/article';
import type { Compiled } from './conventions';
import { parseCreditLine } from './credits';
import { parseDate } from './dates';
import { isOutlet, splitNames } from './names';

export interface ParsedByline {
  authors: string[];
  /** Credits written in the byline ("Penulis: X | Editor: Y"). */
  credits: Credit[];
  published: string | null;
  /** A date was written but without a time, so `published` stays null. */
  dateWithoutTime: boolean;
  outlet?: string;
  /** True for the plain "name • date" form, which needs no `raw`. */
  plain: boolean;
}

const SEPARATORS = /\s*[•·|]\s*|\s+[-–—]{1,2}\s+/u;

/** Splits "Jane Doe, 3 October 2025" at the comma before the date, when there is one. */
function splitTrailingDate(seg: string, cc: Compiled, tz: string): string[] {
  for (let i = seg.indexOf(','); i > 0; i = seg.indexOf(',', i + 1)) {
    const rest = seg.slice(i + 1).trim();
    if (parseDate(rest, cc, tz)) return [seg.slice(0, i).trim(), rest];
  }
  return [seg];
}

/**
 * A byline or date line: "Willy Haryono • 29 September 2025 18:33", "By Jane Doe and John Roe",
 * "Kompas.com - 02/10/2025, 08:15 WIB", "Reporter: X | Editor: Y | Senin, 29 September 2025".
 * Null unless every segment is a date, an outlet, a credit label with names, or names next to a
 * date — a line of names alone is not enough evidence.
 */
export function parseByline(text: string, cc: Compiled): ParsedByline | null {
  if (text.length > 240 || text.length < 2) return null;
  const tz = cc.profile.timeZone;
  const raw = text.split(SEPARATORS).filter((s) => s !== '');
  if (raw.length === 0 || raw.length > 8) return null;

  // The longest run of segments that reads as one date ("Senin, 29 September 2025 | 18:33 WIB").
  let segs = raw;
  let dateAt = -1;
  let dateTo = -1;
  let date: ReturnType<typeof parseDate> = null;
  const findDate = () => {
    for (let i = 0; i < segs.length && !date; i++) {
      for (let j = segs.length - 1; j >= i; j--) {
        const d = parseDate(segs.slice(i, j + 1).join(' '), cc, tz);
        if (d) {
          date = d;
          dateAt = i;
          dateTo = j;
          break;
        }
      }
    }
  };
  findDate();
  if (!date) {
    segs = raw.flatMap((s) => splitTrailingDate(s, cc, tz));
    if (segs.length !== raw.length) findDate();
  }

  const authors: string[] = [];
  const credits: Credit[] = [];
  let outlet: string | undefined;
  let plain = true;
  let namesOnly = 0;
  for (let i = 0; i < segs.length; i++) {
    if (i >= dateAt && i <= dateTo) continue;
    const seg = segs[i]!;
    if (isOutlet(seg, cc)) {
      outlet ??= seg;
      plain = false;
      continue;
    }
    const labelled = parseCreditLine(seg, cc);
    if (labelled) {
      if (labelled.outlets[0]) outlet ??= labelled.outlets[0];
      for (const c of labelled.credits) {
        if (c.role === 'writer') authors.push(c.name);
        else credits.push(c);
      }
      plain = false;
      continue;
    }
    const people = splitNames(seg, cc);
    if (!people) return null;
    for (const p of people) {
      if (isOutlet(p.name, cc)) {
        outlet ??= p.name;
        plain = false;
      } else authors.push(p.name);
    }
    namesOnly++;
  }
  // Names alone could be any line of capitalised words; a date or an outlet beside them, or a
  // label before them, is the evidence that this is a byline.
  if (!date && namesOnly > 0 && !outlet) return null;
  if (!date && authors.length === 0 && credits.length === 0) return null;
  const d = date as ReturnType<typeof parseDate>;
  return {
    authors,
    credits,
    published: d?.iso ?? null,
    dateWithoutTime: !!d && !d.hasTime,
    outlet,
    plain: plain && !!d?.hasTime && authors.length > 0,
  };
}
