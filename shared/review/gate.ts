/**
 * Open suggestions in the export gate. They are reported as an error-severity finding, so every
 * door that shows the gate's errors explains the refusal, and the same override that exports
 * despite errors (as a marked draft) exports despite open suggestions; the text exported is then
 * the accepted text only.
 */
import type { Article } from '../model/article';
import type { Diagnostic } from '../rules/types';
import { openSuggestions } from './suggestions';

export const OPEN_SUGGESTIONS_RULE = 'review/open-suggestions';

export function openSuggestionDiagnostics(article: Article): Diagnostic[] {
  const open = openSuggestions(article);
  if (open.length === 0) return [];
  const names = [...new Set(open.map((s) => s.by.name))].join(', ');
  const first = open[0];
  const blockIndex = first?.blockId ? article.blocks.findIndex((b) => b.id === first.blockId) : -1;
  const n = open.length;
  return [
    {
      ruleId: OPEN_SUGGESTIONS_RULE,
      severity: 'error',
      message: {
        en: `${n} suggestion${n === 1 ? '' : 's'} by ${names} ${n === 1 ? 'is' : 'are'} still open: accept or reject ${n === 1 ? 'it' : 'them'} before exporting.`,
        id: `${n} saran dari ${names} belum diputuskan: terima atau tolak sebelum mengekspor.`,
      },
      location: {
        blockIndex: blockIndex >= 0 ? blockIndex : null,
        blockId: blockIndex >= 0 && first ? first.blockId : null,
        ...(first?.field ? { field: first.field } : {}),
        ...(first ? { start: first.start, end: first.end } : {}),
      },
    },
  ];
}
