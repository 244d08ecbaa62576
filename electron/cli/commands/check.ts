import { importDraft } from '../../../shared/import';
import { isImportError } from '../../../shared/import/errors';
import type { Article } from '../../../shared/model/article';
import {
  defaultProfileFor,
  getBuiltinProfile,
  isBuiltinProfile,
  ProfileError,
  type Profile,
} from '../../../shared/profiles';
import { ruleDescription, type Locale } from '../../../shared/i18n';
import { checkArticle, hasErrors, RULES, validateProfileRules } from '../../../shared/rules';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { regionFinder, sourceText } from '../format/region';
import { formatText } from '../format/text';
import type { FileResult, FormatOptions } from '../format/types';
import { expandDraftFolders, readInput, UsageError } from '../io';
import type { Command, CommandIO } from '../main';
import { loadProfileOption } from '../profile';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export function parseLang(value: unknown): Locale {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'id') return value;
  throw new UsageError(`--lang must be en or id, not "${String(value)}".`);
}

function parseFormat(value: unknown): Format {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly unknown[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${String(value)}".`);
}

/** The profile an article is checked against when none was named: its own, else its language's. */
export function profileForArticle(article: Article): Profile {
  const named = article.metadata.profile;
  return named && isBuiltinProfile(named)
    ? getBuiltinProfile(named)
    : defaultProfileFor(article.language);
}

/** Warns once about profile settings that would silently do nothing. */
export function warnAboutProfile(profile: Profile, io: CommandIO, command: string): void {
  for (const problem of validateProfileRules(profile)) {
    io.stderr(`newsroom ${command}: warning: profile ${profile.id}: ${problem}\n`);
  }
}

export const FORMATTERS: Record<Format, (r: readonly FileResult[], o: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
};

function listRules(lang: Locale): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return `${RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${ruleDescription(lang, r.id)}`).join('\n')}\n`;
}

export const runCheck: Command = {
  name: 'check',
  summary: 'Check drafts against the house rules (exit 1 when any error is found)',
  usage: [
    'Usage: newsroom check <files or folders…> [--profile <name|path>] [--format text|json|sarif] [--lang en|id]',
    '       newsroom check --list-rules [--lang en|id]',
    '',
    '  --profile     built-in profile (id, en) or a JSON/YAML profile file;',
    "                default: the article's own profile, else by its language",
    '  --format      text (default), json (one record per finding) or sarif (SARIF 2.1.0)',
    '  --lang        language of messages: en (default) or id',
    '  --list-rules  print every rule with its default severity',
    '',
    'Exit status: 0 no errors, 1 errors found, 2 a file could not be read or imported.',
  ].join('\n'),
  options: {
    profile: { type: 'string', short: 'p' },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string' },
    'list-rules': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const lang = parseLang(values.lang);
    const format = parseFormat(values.format);
    if (values['list-rules']) {
      io.stdout(listRules(lang));
      return 0;
    }
    if (positionals.length === 0) {
      throw new UsageError('expected at least one file. Usage: newsroom check <files…>');
    }
    const named = await loadProfileOption(values.profile);
    if (named) warnAboutProfile(named, io, 'check');
    const results: FileResult[] = [];
    let unusable = false;
    // Files are independent: one that cannot be read is reported and the rest still checked.
    for (const file of (await expandDraftFolders(positionals)).files) {
      try {
        const input = await readInput(file);
        const article = await importDraft(input, named ? { profile: named } : {});
        const profile = named ?? profileForArticle(article);
        const diagnostics = checkArticle(article, { profile });
        const source = format === 'sarif' ? sourceText(input.bytes) : null;
        results.push(
          source === null
            ? { file, diagnostics }
            : { file, diagnostics, regionOf: regionFinder(source, article) },
        );
      } catch (e) {
        if (!(isImportError(e) || e instanceof UsageError || e instanceof ProfileError)) throw e;
        unusable = true;
        io.stderr(`newsroom check: ${e.message}\n`);
        results.push({ file, diagnostics: [], error: e.message });
      }
    }
    io.stdout(FORMATTERS[format](results, { lang, color: format === 'text' && io.isTTY }));
    if (unusable) return 2;
    return results.some((r) => hasErrors(r.diagnostics)) ? 1 : 0;
  },
};
