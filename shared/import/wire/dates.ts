import { DateTime } from 'luxon';
import type { Compiled } from './conventions';

export interface ParsedDate {
  /** ISO 8601 with the offset, or null when the text gave a day but no time. */
  iso: string | null;
  hasTime: boolean;
}

interface DateForms {
  named: RegExp[];
  numeric: RegExp[];
  iso: RegExp;
}

const formsCache = new WeakMap<Compiled, DateForms>();

function forms(cc: Compiled): DateForms {
  const hit = formsCache.get(cc);
  if (hit) return hit;
  const words = cc.timeWords ? `|${cc.timeWords}` : '';
  // A weekday or "Updated" may lead; a time and a zone may follow.
  const lead = '^(?:\\p{L}+[:,]?\\s+)?';
  const time = `(?:\\s*(?:[,|•·-]${words})?\\s*(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:[:.](?<s>\\d{2}))?\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?)?)?`;
  const zone =
    '(?:\\s*\\(?(?<zone>(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|\\p{L}{1,5})\\)?)?';
  const tail = `${time}${zone}\\s*$`;
  // "4:05 PM EDT, October 2, 2025": the time may come first.
  const head = `(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:[:.](?<s>\\d{2}))?\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?)?${zone}\\s*[,|•·-]?\\s*`;
  const mon = cc.monthAlternation || '(?!)';
  const cores = [
    `(?<d>\\d{1,2})\\s+(?<mon>${mon})\\.?,?\\s+(?<y>\\d{4})`,
    `(?<mon>${mon})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})`,
  ];
  const numeric = `(?<a>\\d{1,2})[/.-](?<b>\\d{1,2})[/.-](?<y>\\d{4})`;
  const both = (core: string) => [
    new RegExp(`${lead}${core}${tail}`, 'iu'),
    new RegExp(`${lead}${head}${core}\\s*$`, 'iu'),
  ];
  const f: DateForms = {
    named: cores.flatMap(both),
    numeric: both(numeric),
    iso: /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?$/u,
  };
  formsCache.set(cc, f);
  return f;
}

/** The IANA zone or fixed offset luxon understands for a written zone, or undefined if unknown. */
function resolveZone(
  token: string | undefined,
  cc: Compiled,
  fallback: string,
): string | undefined {
  if (!token) return fallback;
  const t = token.replace(/\s+/g, '').toUpperCase();
  const named = cc.zoneNames.get(t);
  if (named) return named;
  const off = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (off) return `UTC${off[1]}${Number(off[2])}${off[3] && off[3] !== '00' ? `:${off[3]}` : ''}`;
  return undefined;
}

const ISO_FORMAT = "yyyy-MM-dd'T'HH:mm:ssZZ";

/**
 * Reads a written date ("29 September 2025 18:33", "Senin, 29/09/2025 18.33 WIB",
 * "Oct. 3, 2025 at 2:15 p.m. EDT") in the profile's language. Times without a zone are in the
 * profile's time zone. Null when the whole text is not a date.
 */
export function parseDate(text: string, cc: Compiled, timeZone: string): ParsedDate | null {
  if (text.length > 80 || !/\d/.test(text)) return null;
  const f = forms(cc);
  let m: RegExpExecArray | null = null;
  let year = 0;
  let month = 0;
  let day = 0;
  for (const re of f.named) {
    m = re.exec(text);
    if (m?.groups) {
      month = cc.months.get(m.groups.mon!.toLowerCase()) ?? 0;
      break;
    }
  }
  if (!m) {
    for (const re of f.numeric) {
      m = re.exec(text);
      if (m) break;
    }
    if (m?.groups) {
      const a = Number(m.groups.a);
      const b = Number(m.groups.b);
      [day, month] = cc.profile.conventions.numericDateOrder === 'mdy' ? [b, a] : [a, b];
    }
  }
  if (!m) {
    m = f.iso.exec(text);
    if (m?.groups) month = Number(m.groups.m);
  }
  if (!m?.groups) return null;
  const g = m.groups;
  year = Number(g.y);
  if (!day) day = Number(g.d);
  const zone = resolveZone(g.zone === 'Z' ? 'UTC' : g.zone, cc, timeZone);
  if (!zone) return null;
  const hasTime = g.h !== undefined;
  if (!hasTime) {
    const valid = DateTime.fromObject({ year, month, day }, { zone }).isValid;
    return valid ? { iso: null, hasTime: false } : null;
  }
  let hour = Number(g.h);
  if (g.ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = g.ampm.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const dt = DateTime.fromObject(
    { year, month, day, hour, minute: Number(g.mi), second: g.s ? Number(g.s) : 0 },
    { zone },
  );
  if (!dt.isValid) return null;
  return { iso: dt.toFormat(ISO_FORMAT), hasTime: true };
}
