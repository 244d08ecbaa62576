import { importDraft, isImportError } from '../../../shared/import';
import { ProfileError } from '../../../shared/profiles';
import {
  creditsLedger,
  describeSources,
  getReview,
  ledgerTotals,
  renderLedger,
  type LedgerEntry,
} from '../../../shared/review';
import { expandDraftFolders, readInput, UsageError } from '../io';
import type { Command } from '../main';

const FORMATS = ['text', 'json', 'csv'] as const;

/**
 * Text for a terminal. Names, comments and copy come from files anyone can write, so control
 * characters (an escape sequence could rewrite the screen) and bidi overrides (which reorder what
 * is shown) are printed as visible \u escapes; line breaks stay.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
type Format = (typeof FORMATS)[number];

export function parseFormat(value: unknown, formats: readonly string[] = FORMATS): string {
  if (value === undefined) return formats[0] ?? 'text';
  if (typeof value === 'string' && formats.includes(value)) return value;
  throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${String(value)}".`);
}

export interface CreditsResult {
  file: string;
  id?: string;
  headline?: string;
  status?: string;
  credits: LedgerEntry[];
  error?: string;
}

/**
 * A CSV field, quoted per RFC 4180. A field a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR) gets a leading apostrophe: names come from drafts, which anyone can write.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function formatText(results: readonly CreditsResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.error) {
      out.push(`${r.file}: could not be read (${r.error})`, '');
      continue;
    }
    out.push(`${r.file} — ${r.headline || '(no headline)'} [${r.status}]`);
    const lines = renderLedger(r.credits);
    out.push(lines ? lines.replace(/^/gm, '  ').trimEnd() : '  (nobody credited)', '');
  }
  const read = results.filter((r) => !r.error);
  if (read.length > 1) {
    out.push(`All ${read.length} articles:`);
    for (const p of ledgerTotals(read.map((r) => r.credits))) {
      out.push(`  ${p.name} — ${p.roles.map((r) => `${r.role} ×${r.articles}`).join(', ')}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

function formatJson(results: readonly CreditsResult[]): string {
  const read = results.filter((r) => !r.error);
  return `${JSON.stringify({ files: results, people: ledgerTotals(read.map((r) => r.credits)) }, null, 2)}\n`;
}

function formatCsv(results: readonly CreditsResult[]): string {
  const rows = [['file', 'article', 'headline', 'name', 'role', 'sources', 'notes']];
  for (const r of results) {
    for (const e of r.credits) {
      for (const role of e.roles) {
        rows.push([
          r.file,
          r.id ?? '',
          r.headline ?? '',
          e.name,
          role.role,
          describeSources(role),
          role.notes.join('; '),
        ]);
      }
    }
  }
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const FORMATTERS: Record<Format, (r: readonly CreditsResult[]) => string> = {
  text: (r) => terminalSafe(formatText(r)),
  json: formatJson,
  csv: formatCsv,
};

export const runCredits: Command = {
  name: 'credits',
  summary: 'Who wrote, edited, photographed or contributed, per article and per folder',
  usage: [
    'Usage: newsroom credits <files or folders…> [--format text|json|csv]',
    '',
    '  Credits come from the byline, the credits, photo credits and, for Newsroom Desk',
    '  articles, the review record: accepted suggestions (and who accepted them), approval',
    '  and saved revisions. A folder stands for the drafts in it; with several articles the',
    '  text and json reports end with totals per person.',
    '',
    '  --format   text (default), json, or csv (one row per person and role per article)',
    '',
    'Exit status: 0 done, 2 a file could not be read or imported (the others are still reported).',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
  },
  async run({ values, positionals }, io) {
    const format = parseFormat(values.format) as Format;
    if (positionals.length === 0) {
      throw new UsageError(
        'expected at least one file or folder. Usage: newsroom credits <files…>',
      );
    }
    const { files } = await expandDraftFolders(positionals);
    if (files.length === 0) throw new UsageError('no drafts found in the folders given.');
    const results: CreditsResult[] = [];
    let unusable = false;
    for (const file of files) {
      try {
        const article = await importDraft(await readInput(file));
        results.push({
          file,
          id: article.id,
          headline: article.headline,
          status: getReview(article).status,
          credits: creditsLedger(article),
        });
      } catch (e) {
        if (!(isImportError(e) || e instanceof UsageError || e instanceof ProfileError)) throw e;
        unusable = true;
        io.stderr(`newsroom credits: ${e.message}\n`);
        results.push({ file, credits: [], error: e.message });
      }
    }
    io.stdout(FORMATTERS[format](results));
    return unusable ? 2 : 0;
  },
};
