import { DateTime } from 'luxon';

/** Full date-time with seconds and an explicit offset or Z, as ninjs and NewsML-G2 require. */
const FULL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The article's publication time as an agency date-time, or null when it is missing or not a
 * full date-time. Kept verbatim when already complete, so the offset the newsroom chose survives.
 */
export function agencyDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  if (FULL_DATE_TIME.test(iso)) return DateTime.fromISO(iso).isValid ? iso : null;
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

/** "now" in the profile's time zone with its offset (readable for the desk that exported it). */
export function versionCreated(now: Date, timeZone: string): string {
  // Whole seconds: agency feeds compare and display these, and milliseconds say nothing there.
  const local = DateTime.fromJSDate(now).setZone(timeZone).startOf('second');
  const dt = local.isValid ? local : DateTime.fromJSDate(now).toUTC().startOf('second');
  return dt.toISO({ suppressMilliseconds: true }) ?? now.toISOString();
}
