/**
 * Export: `planExport` from the core checks the article and produces every file's content (or
 * refuses when errors remain and the user did not ask to export anyway); this module writes the
 * files into a folder the user chose, each atomically. Same article, same profile, same bytes
 * as the CLI.
 */
import { basename, join } from 'node:path';
import type { Article } from '../../shared/model/article';
import {
  EXPORTERS,
  planExport,
  UnknownFormatError,
  type Exporter,
  type ExportPlan,
  type PlanOptions,
} from '../../shared/export';
import type { Diagnostic } from '../../shared/rules/types';
import {
  defaultProfileFor,
  getBuiltinProfile,
  isBuiltinProfile,
  type Profile,
} from '../../shared/profiles';
import type { DiagnosticView, ExportResult } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic';
import { fsErrorToServiceError, ServiceError } from './errors';
import { NATIVE_EXTENSION, suggestFileName } from './documents';

/** The core's registry and gate; a seam so tests can count what was planned. */
export interface ExportEngine {
  exporters(): readonly Exporter[];
  plan(article: Article, formats: readonly string[], options: PlanOptions): ExportPlan;
}

export const coreExportEngine: ExportEngine = {
  exporters: () => EXPORTERS,
  plan: planExport,
};

export function toDiagnosticView(d: Diagnostic): DiagnosticView {
  const { blockIndex, blockId, field, start, end } = d.location;
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: { en: d.message.en, id: d.message.id },
    location: {
      blockIndex,
      blockId,
      ...(field !== undefined ? { field } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
    },
  };
}

/** The profile to check against: the one asked for, the article's, the settings', else by language. */
export function pickProfile(
  article: Article,
  requested: string | undefined,
  settingsDefault: string | null,
): Profile {
  if (requested) {
    if (!isBuiltinProfile(requested)) {
      throw new ServiceError('not-found', `No profile "${requested}".`);
    }
    return getBuiltinProfile(requested);
  }
  for (const id of [article.metadata.profile, settingsDefault]) {
    if (id && isBuiltinProfile(id)) return getBuiltinProfile(id);
  }
  return defaultProfileFor(article.language);
}

export interface ExportRun {
  article: Article;
  formats: readonly string[];
  /** Real path of a granted folder. */
  folder: string;
  /** File name stem source, e.g. the document's name or the headline. */
  baseName: string;
  allowErrors: boolean;
  profile: Profile;
  generator: string;
  now?: Date;
}

export async function runExport(
  engine: ExportEngine,
  run: ExportRun,
): Promise<ExportResult & { writtenReal: string[] }> {
  let plan: ExportPlan;
  try {
    plan = engine.plan(run.article, run.formats, {
      profile: run.profile,
      allowErrors: run.allowErrors,
      now: run.now,
      generator: run.generator,
    });
  } catch (e) {
    if (e instanceof UnknownFormatError) throw new ServiceError('not-found', e.message);
    throw e;
  }
  const diagnostics = plan.diagnostics.map(toDiagnosticView);
  const stem = suggestFileName(run.baseName).slice(0, -NATIVE_EXTENSION.length);
  const written: ExportResult['written'] = [];
  const writtenReal: string[] = [];
  for (const { exporter, content } of plan.files) {
    const path = join(run.folder, `${stem}${exporter.extension}`);
    try {
      await writeFileAtomic(path, content);
    } catch (e) {
      throw fsErrorToServiceError(e, basename(path));
    }
    written.push({ format: exporter.id, name: basename(path), path });
    writtenReal.push(path);
  }
  return {
    folder: run.folder,
    written,
    blocked: plan.blocked,
    diagnostics,
    draft: plan.draft,
    writtenReal,
  };
}
