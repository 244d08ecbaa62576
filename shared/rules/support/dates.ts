import { DateTime } from 'luxon';

/** ISO 8601 date and time with an explicit offset, as the model stores publication times. */
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant, or null when the value is not a real ISO 8601 time with an offset. */
export function parsePublished(value: string): DateTime | null {
  if (!ISO_WITH_OFFSET.test(value)) return null;
  const dt = DateTime.fromISO(value, { setZone: true });
  return dt.isValid ? dt : null;
}
