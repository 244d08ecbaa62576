/**
 * The export registry and the gate. Every door exports through `planExport`: it checks the
 * article, refuses when an error-severity diagnostic remains (unless the caller allows errors,
 * in which case every output is marked as a draft), and returns the files' contents. Writing
 * them is the caller's job (atomically), so a blocked export writes nothing.
 */
import type { Article } from '../model/article';
import type { Profile } from '../profiles/profile';
import { openSuggestionDiagnostics } from '../review/gate';
import { withReviewCredits } from '../review/ledger';
import { checkArticle } from '../rules';
import type { Diagnostic } from '../rules/types';
import { fragmentExporter } from './fragment';
import { htmlExporter } from './html';
import { markdownExporter } from './markdown';
import { newsmlExporter } from './newsml';
import { ninjsExporter } from './ninjs';
import { textExporter } from './text';
import type { Exporter } from './types';

export * from './types';

/** Every exporter by id, in the order menus list them. Add a format here. */
export const EXPORTERS: readonly Exporter[] = [
  htmlExporter,
  fragmentExporter,
  markdownExporter,
  textExporter,
  ninjsExporter,
  newsmlExporter,
];

/** Other names people type for a format (`--to markdown`, `--to txt`). */
const ALIASES: Readonly<Record<string, string>> = {
  markdown: 'md',
  txt: 'text',
  plain: 'text',
  htm: 'html',
  'newsml-g2': 'newsml',
  g2: 'newsml',
};

export function getExporter(id: string): Exporter | undefined {
  const key = id.trim().toLowerCase();
  const wanted = Object.hasOwn(ALIASES, key) ? ALIASES[key]! : key;
  return EXPORTERS.find((e) => e.id === wanted);
}

export class UnknownFormatError extends Error {
  override readonly name = 'UnknownFormatError';
  constructor(readonly format: string) {
    super(`unknown export format "${format}" (known: ${EXPORTERS.map((e) => e.id).join(', ')}).`);
  }
}

/** Resolves format names to exporters, in the order given, without duplicates. */
export function resolveExporters(formats: readonly string[]): Exporter[] {
  const out: Exporter[] = [];
  for (const f of formats) {
    const e = getExporter(f);
    if (!e) throw new UnknownFormatError(f);
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

export interface PlanOptions {
  profile: Profile;
  /** Export despite error-severity findings; the outputs are then marked as drafts. */
  allowErrors?: boolean;
  /** Fixed "now" for date rules and generated timestamps. */
  now?: Date;
  /** Name and version of the app, for generator fields. */
  generator?: string;
}

export interface PlannedFile {
  exporter: Exporter;
  content: string | Uint8Array;
}

export interface ExportPlan {
  /** True when errors stopped the export: `files` is then empty. */
  blocked: boolean;
  /** True when the files were made despite errors and carry draft markers. */
  draft: boolean;
  /** Every finding, in reading order. */
  diagnostics: Diagnostic[];
  /** The error-severity findings (what blocked, or what the draft still has). */
  errors: Diagnostic[];
  files: PlannedFile[];
}

/**
 * Checks the article and, unless errors block it, runs each exporter. Pure: same article,
 * formats and options give the same bytes in every door. Throws `UnknownFormatError` before
 * checking anything if a format name is unknown.
 */
export function planExport(
  article: Article,
  formats: readonly string[],
  options: PlanOptions,
): ExportPlan {
  const exporters = resolveExporters(formats);
  // Open suggestions (track changes) block like errors and are overridden the same way.
  const diagnostics = [
    ...checkArticle(article, { profile: options.profile, now: options.now }),
    ...openSuggestionDiagnostics(article),
  ];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 && !options.allowErrors) {
    return { blocked: true, draft: false, diagnostics, errors, files: [] };
  }
  const draft = errors.length > 0;
  // Those whose review work is in the text are credited in every format, as the ledger says.
  const published = withReviewCredits(article);
  const files = exporters.map((exporter) => ({
    exporter,
    content: exporter.export(published, {
      profile: options.profile,
      draft,
      now: options.now,
      generator: options.generator,
    }),
  }));
  return { blocked: false, draft, diagnostics, errors, files };
}
