import { DateTime } from 'luxon';
import type { Profile } from '../../profiles/profile';

export interface ParsedDate {
  /** ISO 8601 with an offset, or null when the text names a day but no time (or nothing). */
  iso: string | null;
  /** True when the text is a recognisable date without a time of day. */
  dateOnly: boolean;
  /** That day as YYYY-MM-DD, when `dateOnly`. */
  day?: string;
}

/** Indonesian time-zone abbreviations as they follow a time in copy ("18.33 WIB"). */
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  WIB: 'UTC+7',
  WITA: 'UTC+8',
  WIT: 'UTC+9',
  UTC: 'UTC',
  GMT: 'UTC',
};

const NOTHING: ParsedDate = { iso: null, dateOnly: false };

function toIso(dt: DateTime): string | null {
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

/**
 * Reads a publication date as drafts carry it: ISO 8601 (`<time datetime>`, front matter, DOCX
 * core properties), RFC 2822, or "29 September 2025 18:33 WIB" in the profile's language. A time
 * without an offset is in the profile's zone. A bare day is not turned into midnight: inventing a
 * time would put a wrong instant into every export, so the caller keeps the day as text instead.
 */
export function parseDate(raw: string, profile: Profile): ParsedDate {
  const text = raw.trim();
  if (text === '') return NOTHING;
  const zone = profile.timeZone;

  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return DateTime.fromISO(text).isValid ? { iso: null, dateOnly: true, day: text } : NOTHING;
  }
  const iso = DateTime.fromISO(text.replace(' ', 'T'), { zone, setZone: true });
  if (iso.isValid) return { iso: toIso(iso.setZone(zone)), dateOnly: false };
  const rfc = DateTime.fromRFC2822(text, { setZone: true });
  if (rfc.isValid) return { iso: toIso(rfc.setZone(zone)), dateOnly: false };
  return parseWrittenDate(text, profile);
}

function monthIndex(word: string, profile: Profile): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const list of [profile.conventions.months, ENGLISH_MONTHS]) {
    const i = list.findIndex((names) => names.some((n) => n.toLowerCase() === w));
    if (i >= 0) return i + 1;
  }
  return -1;
}

const ENGLISH_MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const DAY_MONTH_YEAR =
  /(?<day>\d{1,2})\s+(?<month>\p{L}+\.?)\s+(?<year>\d{4})(?:[\s,|•-]+(?:[Pp]ukul\s+|[Pp]kl\.?\s+|at\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:\s*(?<zone>\p{Lu}{2,5}))?)?/u;
const MONTH_DAY_YEAR =
  /(?<month>\p{L}+\.?)\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})(?:[\s,|•-]+(?:at\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:\s*(?<ampm>[aApP]\.?[mM]\.?))?(?:\s*(?<zone>\p{Lu}{2,5}))?)?/u;

function parseWrittenDate(text: string, profile: Profile): ParsedDate {
  for (const re of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    const g = re.exec(text)?.groups;
    if (!g) continue;
    const month = monthIndex(g.month ?? '', profile);
    if (month < 0) continue;
    const day = Number(g.day);
    const year = Number(g.year);
    if (g.hour === undefined) {
      const date = DateTime.fromObject({ year, month, day });
      return date.isValid ? { iso: null, dateOnly: true, day: date.toISODate()! } : NOTHING;
    }
    let hour = Number(g.hour);
    const ampm = g.ampm?.toLowerCase().replace(/\./g, '');
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    // The profile's own zone names ("WIB", "EDT") first, then the few every newsroom writes.
    const named = g.zone
      ? (profile.conventions.zoneNames[g.zone] ?? ZONE_ABBREVIATIONS[g.zone])
      : undefined;
    const zone = named ?? profile.timeZone;
    const dt = DateTime.fromObject({ year, month, day, hour, minute: Number(g.minute) }, { zone });
    const iso = toIso(dt);
    if (iso) return { iso, dateOnly: false };
  }
  return NOTHING;
}
