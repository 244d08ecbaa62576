import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import {
  EXPORTERS,
  planExport,
  resolveExporters,
  UnknownFormatError,
  type Exporter,
} from '../../../shared/export';
import { uiText } from '../../../shared/i18n';
import { importDraft } from '../../../shared/import';
import { isImportError } from '../../../shared/import/errors';
import {
  defaultProfileFor,
  getBuiltinProfile,
  isBuiltinProfile,
  type Profile,
} from '../../../shared/profiles';
import type { Diagnostic, Locale } from '../../../shared/rules/types';
import { writeFileAtomic } from '../../services/atomic';
import { describeWhere } from '../format/location';
import { describeFsError, expandDraftFolders, readInput, UsageError } from '../io';
import type { Command, CommandIO } from '../main';
import { loadProfileOption } from '../profile';
import { parseLang, warnAboutProfile } from './check';

/** Files handled at once in a batch: enough to overlap disk waits, few enough for 2 cores. */
const CONCURRENCY = 8;

/** `draft.newsroom.json` → `draft`, `seed.txt` → `seed`. */
export function outputBase(file: string): string {
  const name = basename(file);
  if (name.endsWith('.newsroom.json')) return name.slice(0, -'.newsroom.json'.length);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

/** `file:where: severity rule-id message`, the line `newsroom check` prints, so tools read both. */
export const diagnosticLine = (file: string, d: Diagnostic, lang: Locale = 'en'): string =>
  `${file}:${describeWhere(d, lang)}: ${uiText(lang, `severity.${d.severity}`)} ${d.ruleId} ${d.message[lang]}`;

interface Destination {
  /** Where each exporter's file goes for one input, or 'stdout'. */
  pathFor(input: string, exporter: Exporter): string | 'stdout';
  /**
   * Makes the output folder. Called when the first file is about to be written, not before, so
   * an export that errors block leaves nothing behind, not even an empty folder.
   */
  ready(): Promise<void>;
}

/** The output folder cannot be made: no draft can be written, so the whole run stops. */
class OutputFolderError extends UsageError {}

async function chooseDestination(
  out: string | undefined,
  single: boolean,
  formats: number,
): Promise<Destination> {
  if (out === undefined) {
    if (single && formats === 1) return { pathFor: () => 'stdout', ready: async () => {} };
    return {
      pathFor: (input, e) => join(dirname(input), outputBase(input) + e.extension),
      ready: async () => {},
    };
  }
  let isDir = out.endsWith('/') || out.endsWith(sep) || !single || formats > 1;
  try {
    if ((await stat(out)).isDirectory()) isDir = true;
  } catch {
    // Not there yet: made when the first file is written, if it is to be a folder.
  }
  if (!isDir) return { pathFor: () => out, ready: async () => {} };
  // One attempt shared by every worker of a batch.
  let made: Promise<void> | undefined;
  return {
    pathFor: (input, e) => join(out, outputBase(input) + e.extension),
    ready: () =>
      (made ??= mkdir(out, { recursive: true }).then(
        () => undefined,
        (e: unknown) => {
          const code = (e as NodeJS.ErrnoException).code;
          throw new OutputFolderError(
            code === 'ENOTDIR' || code === 'EEXIST'
              ? `${out}: a file is in the way; the output folder cannot be made.`
              : describeFsError(e, out).message,
          );
        },
      )),
  };
}

type Outcome = 'exported' | 'blocked' | 'failed';

export const runExport: Command = {
  name: 'export',
  summary: `Check drafts and export them (${EXPORTERS.map((e) => e.id).join(', ')}); errors block the export`,
  usage: [
    'Usage: newsroom export <file…|folder> --to <format>[,<format>…] [--out <file|folder>]',
    '                      [--profile <name|path>] [--allow-errors]',
    '',
    `  --to            formats: ${EXPORTERS.map((e) => e.id).join(', ')}`,
    '  --out           a file (one draft, one format) or a folder; default: beside each draft,',
    '                  or standard output for one draft to one format',
    '  --profile       built-in profile (id, en) or a JSON/YAML profile file; default: by language',
    '  --allow-errors  export despite errors; the files are marked as drafts (HTML noindex and',
    '                  DRAFT, Markdown draft: true, ninjs and NewsML-G2 pubStatus withheld)',
    '  --lang          language of the listed errors: en (default) or id',
    '',
    'Exit codes: 0 exported, 1 blocked by errors (nothing written for that draft), 2 unusable input.',
  ].join('\n'),
  options: {
    to: { type: 'string', short: 't' },
    out: { type: 'string', short: 'o' },
    profile: { type: 'string', short: 'p' },
    'allow-errors': { type: 'boolean' },
    lang: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      throw new UsageError(
        'expected at least one file or folder. Usage: newsroom export <file> --to html',
      );
    }
    if (typeof values.to !== 'string' || values.to.trim() === '') {
      throw new UsageError('--to is required, e.g. --to html or --to html,md,text.');
    }
    let exporters: Exporter[];
    try {
      exporters = resolveExporters(values.to.split(',').filter((f) => f.trim() !== ''));
    } catch (e) {
      if (e instanceof UnknownFormatError) throw new UsageError(e.message);
      throw e;
    }
    const formats = exporters.map((e) => e.id);
    const profileOption = await loadProfileOption(values.profile);
    const allowErrors = values['allow-errors'] === true;
    const lang = parseLang(values.lang);
    if (profileOption) warnAboutProfile(profileOption, io, 'export');
    const { files, folders } = await expandDraftFolders(positionals);
    const batch = positionals.length > 1 || folders > 0;
    if (files.length === 0) throw new UsageError(`no drafts found in ${positionals.join(', ')}.`);
    const destination = await chooseDestination(
      typeof values.out === 'string' ? values.out : undefined,
      !batch,
      exporters.length,
    );

    const progress = new Progress(io, batch && (io.stderrIsTTY ?? io.isTTY), files.length);
    const inputs = new Set(files.map((f) => resolve(f)));
    // Who owns each output path, decided up front in name order, so that when two drafts share a
    // base name (story.txt, story.md) the same one wins every run.
    const claimed = new Map<string, string>();
    for (const file of files) {
      for (const e of exporters) {
        const target = destination.pathFor(file, e);
        if (target !== 'stdout' && !claimed.has(resolve(target)))
          claimed.set(resolve(target), file);
      }
    }
    const counts: Record<Outcome, number> = { exported: 0, blocked: 0, failed: 0 };

    const exportOne = async (file: string): Promise<Outcome> => {
      let profile: Profile | undefined = profileOption;
      try {
        const article = await importDraft(await readInput(file), { profile });
        // No --profile: the one the article names (native files carry it), else by language.
        const named = article.metadata.profile;
        profile ??=
          named && isBuiltinProfile(named)
            ? getBuiltinProfile(named)
            : defaultProfileFor(article.language);
        const plan = planExport(article, formats, { profile, allowErrors, now: new Date() });
        if (plan.blocked) {
          progress.say(plan.errors.map((d) => diagnosticLine(file, d, lang)).join('\n'));
          progress.say(
            `${file}: not exported: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'} (fix them, or use --allow-errors to export a draft).`,
          );
          return 'blocked';
        }
        const targets = plan.files.map((f) => ({
          ...f,
          path: destination.pathFor(file, f.exporter),
        }));
        for (const t of targets) {
          if (t.path === 'stdout') continue;
          const abs = resolve(t.path);
          if (inputs.has(abs)) {
            throw new UsageError(
              `${file}: the ${t.exporter.id} export would overwrite the draft ${t.path}; use --out.`,
            );
          }
          const owner = claimed.get(abs);
          if (owner !== undefined && owner !== file) {
            throw new UsageError(
              `${file}: ${t.path} is already the export of ${owner}; use separate folders.`,
            );
          }
        }
        if (plan.draft) {
          progress.say(plan.errors.map((d) => diagnosticLine(file, d, lang)).join('\n'));
          progress.say(
            `${file}: exported as a DRAFT despite ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}.`,
          );
        }
        if (targets.some((t) => t.path !== 'stdout')) await destination.ready();
        for (const t of targets) {
          if (t.path === 'stdout') {
            io.stdout(
              typeof t.content === 'string' ? t.content : new TextDecoder().decode(t.content),
            );
            continue;
          }
          try {
            await writeFileAtomic(t.path, t.content);
          } catch (e) {
            throw describeFsError(e, t.path);
          }
        }
        return 'exported';
      } catch (e) {
        if (e instanceof OutputFolderError) throw e;
        if (isImportError(e) || e instanceof UsageError) {
          // Importers name the file by its base name; print the path the user gave instead.
          const name = basename(file);
          const message = e.message.startsWith(file)
            ? e.message
            : e.message.startsWith(name)
              ? file + e.message.slice(name.length)
              : `${file}: ${e.message}`;
          progress.say(message);
          return 'failed';
        }
        throw e;
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        progress.tick(file);
        counts[await exportOne(file)]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
    progress.done();

    if (batch || typeof values.out === 'string') {
      const n = counts.exported;
      io.stderr(
        `exported ${n} file${n === 1 ? '' : 's'} to ${formats.length} format${formats.length === 1 ? '' : 's'} (${formats.join(', ')}), blocked ${counts.blocked}, failed ${counts.failed}\n`,
      );
    }
    if (counts.failed > 0) return 2;
    if (counts.blocked > 0) return 1;
    return 0;
  },
};

/** One updating status line on a terminal; messages print above it, never mixed into it. */
class Progress {
  private done_ = 0;
  private shown = false;
  constructor(
    private readonly io: CommandIO,
    private readonly live: boolean,
    private readonly total: number,
  ) {}

  tick(file: string): void {
    if (!this.live) return;
    this.done_++;
    this.io.stderr(`\r\x1b[K[${this.done_}/${this.total}] ${basename(file)}`);
    this.shown = true;
  }

  say(message: string): void {
    if (!message) return;
    if (this.shown) this.io.stderr('\r\x1b[K');
    this.shown = false;
    this.io.stderr(`${message}\n`);
  }

  done(): void {
    if (this.shown) this.io.stderr('\r\x1b[K');
    this.shown = false;
  }
}
