import { countsText, uiText } from '../../../shared/i18n';
import { countBySeverity, type Diagnostic } from '../../../shared/rules';
import { describeWhere } from './location';
import type { FileResult, FormatOptions } from './types';

const COLOURS: Record<Diagnostic['severity'], string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
};
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';

/**
 * One line per finding, `file:where: severity rule-id message`, so editors and `grep` can use it,
 * then a count. Fixable findings say so, with the fix `newsroom fix` would apply.
 */
export function formatText(results: readonly FileResult[], options: FormatOptions): string {
  const { lang, color = false } = options;
  const lines: string[] = [];
  const all: Diagnostic[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      all.push(d);
      const severity = uiText(lang, `severity.${d.severity}`);
      const sev = color ? `${COLOURS[d.severity]}${severity}${RESET}` : severity;
      const rule = color ? `${DIM}${d.ruleId}${RESET}` : d.ruleId;
      let line = `${file}:${describeWhere(d, lang)}: ${sev} ${rule} ${d.message[lang]}`;
      const safe = d.fixes?.find((f) => f.safe);
      if (safe) line += ` [${uiText(lang, 'where.fixHint', { title: safe.title[lang] })}]`;
      lines.push(line);
    }
  }
  const c = countBySeverity(all);
  lines.push(all.length === 0 ? uiText(lang, 'summary.none') : countsText(lang, c));
  return `${lines.join('\n')}\n`;
}
