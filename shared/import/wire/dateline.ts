import type { Dateline } from '../../model/article';
import type { Compiled } from './conventions';

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the dateline, separator included, at the start of the paragraph. */
  length: number;
}

/** A dateline may not run longer than this; past it, a match is prose, not a dateline. */
const MAX_DATELINE = 100;

/** "JAKARTA, KOMPAS.com -", "Bandung (ANTARA) -", "WASHINGTON, Oct 3 (Reuters) -", "Beijing:". */
export function matchDateline(text: string, cc: Compiled): DatelineMatch | null {
  const head = text.slice(0, MAX_DATELINE + 40);
  for (const re of cc.datelines) {
    re.lastIndex = 0;
    const m = re.exec(head);
    if (!m || m.index !== 0 || m[0].length > MAX_DATELINE) continue;
    const place = m.groups?.place?.trim().replace(/[\s,]+$/u, '');
    if (!place) continue;
    // The dateline must leave copy behind it.
    if (text.slice(m[0].length).trim() === '') continue;
    const dateline: Dateline = { place };
    const source = m.groups?.source?.trim();
    const date = m.groups?.date?.trim();
    if (source) dateline.source = source;
    if (date) dateline.date = date;
    return { dateline, length: m[0].length };
  }
  return null;
}
