import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { countsText, uiText } from '../../../shared/i18n';
import { importDraft } from '../../../shared/import';
import { nativeImporter, serializeNativeArticle } from '../../../shared/import/native';
import { applySafeFixes, checkArticle, countBySeverity, getRule } from '../../../shared/rules';
import { writeFileAtomic } from '../../services/atomic';
import { describeWhere } from '../format/location';
import { describeFsError, readInput, UsageError } from '../io';
import type { Command } from '../main';
import { loadProfileOption } from '../profile';
import { parseLang, profileForArticle, warnAboutProfile } from './check';

const NATIVE = '.newsroom.json';

/** `draft.docx` → `draft.newsroom.json` beside it; a native file is fixed in place. */
export function fixedPathFor(input: string): string {
  const name = basename(input);
  if (name.endsWith(NATIVE)) return input;
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  return join(dirname(input), `${base}${NATIVE}`);
}

/** True when the file at `path` is missing or is one of our own articles (safe to replace). */
async function replaceable(path: string): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw describeFsError(e, path);
  }
  return nativeImporter.detect({ bytes, name: basename(path) }) > 0.9;
}

export const runFix: Command = {
  name: 'fix',
  summary: 'Apply the safe automatic fixes and save the article as .newsroom.json',
  usage: [
    'Usage: newsroom fix <file> [--rule <id>]… [--out <file>] [--profile <name|path>] [--lang en|id]',
    '',
    '  --rule     only fixes of this rule (repeatable); default: every safe fix',
    '  --out      where to write; default: <name>.newsroom.json beside the input',
    '  --profile  built-in profile (id, en) or a JSON/YAML profile file',
    '  --lang     language of the report: en (default) or id',
    '',
    'Only fixes that cannot change meaning are applied (a missing full stop, a doubled space,',
    'a mismatched closing quote, a repeated credit). The source draft is never overwritten',
    'unless it is already a .newsroom.json article; the write is atomic.',
  ].join('\n'),
  options: {
    rule: { type: 'string', multiple: true, short: 'r' },
    out: { type: 'string', short: 'o' },
    profile: { type: 'string', short: 'p' },
    lang: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      throw new UsageError('expected exactly one file. Usage: newsroom fix <file>');
    }
    const lang = parseLang(values.lang);
    const ruleIds = (values.rule as string[] | undefined) ?? [];
    for (const id of ruleIds) {
      if (!getRule(id))
        throw new UsageError(`--rule: no rule "${id}" (see \`newsroom check --list-rules\`).`);
    }
    const path = positionals[0]!;
    const named = await loadProfileOption(values.profile);
    if (named) warnAboutProfile(named, io, 'fix');
    const input = await readInput(path);
    const article = await importDraft(input, named ? { profile: named } : {});
    const profile = named ?? profileForArticle(article);

    const target = typeof values.out === 'string' ? values.out : fixedPathFor(path);
    const isNativeSource = nativeImporter.detect(input) > 0.9;
    if (resolve(target) === resolve(path) && !isNativeSource) {
      throw new UsageError(
        `${target} is the source draft; fix never overwrites it. Choose another --out.`,
      );
    }
    if (resolve(target) !== resolve(path) && !(await replaceable(target))) {
      throw new UsageError(
        `${target} exists and is not a Newsroom Desk article; fix will not overwrite it.`,
      );
    }

    const { article: fixed, applied } = applySafeFixes(article, { profile, ruleIds });
    for (const a of applied) {
      io.stdout(`${path}:${describeWhere(a, lang)}: ${a.ruleId}: ${a.title[lang]}\n`);
    }
    if (applied.length === 0 && isNativeSource && resolve(target) === resolve(path)) {
      io.stdout(`${uiText(lang, 'fix.none')}\n`);
      return 0;
    }
    try {
      await writeFileAtomic(target, serializeNativeArticle(fixed));
    } catch (e) {
      throw describeFsError(e, target);
    }
    const left = countBySeverity(checkArticle(fixed, { profile }));
    io.stdout(
      `${applied.length ? uiText(lang, 'fix.applied', { count: applied.length }) : uiText(lang, 'fix.none')} ${uiText(lang, 'fix.written', { path: target })} ${countsText(lang, left)}\n`,
    );
    return 0;
  },
};
