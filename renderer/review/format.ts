import type { Person } from '../../shared/review';

/** "Dewi Lestari (editor)", or the bare name when no role was set. */
export const personLabel = (p: Person): string => (p.role ? `${p.name} (${p.role})` : p.name);

/** A stored ISO timestamp in the reader's language and time zone, to the minute. */
export function formatWhen(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language.startsWith('id') ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}
