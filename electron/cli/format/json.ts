import type { FileResult, FormatOptions } from './types';

/** The `--format json` record: one per finding, flat, in the chosen language. */
export interface JsonFinding {
  file: string;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  location: {
    blockIndex: number | null;
    blockId: string | null;
    field?: string;
    start?: number;
    end?: number;
  };
  fixes?: { id: string; title: string; safe: boolean }[];
}

export function toJsonFindings(
  results: readonly FileResult[],
  options: FormatOptions,
): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const { file, diagnostics } of results) {
    // Files that could not be checked are reported on standard error, not as findings.
    for (const d of diagnostics) {
      const f: JsonFinding = {
        file,
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message[options.lang],
        location: { ...d.location },
      };
      if (d.fixes?.length) {
        f.fixes = d.fixes.map((x) => ({ id: x.id, title: x.title[options.lang], safe: x.safe }));
      }
      out.push(f);
    }
  }
  return out;
}

export function formatJson(results: readonly FileResult[], options: FormatOptions): string {
  return `${JSON.stringify(toJsonFindings(results, options), null, 2)}\n`;
}
