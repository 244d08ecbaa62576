import { escapeText } from './escape';
import { words } from '../labels';

/** The visible marker a draft export carries, so nobody publishes it by mistake. */
export function draftMarkerHtml(language: string): string {
  const w = words(language);
  return `<p class="draft-marker" role="note"><strong>${escapeText(w.draft)}</strong> — ${escapeText(w.draftNote)}</p>`;
}
