/**
 * Every sample draft in seeds/ (plus the shared seed story), imported through the registry, for
 * the conformance suites. A draft whose importer has not landed yet is reported as unimportable
 * rather than hidden, so the suites can skip it by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importDraft, isImportError } from '../../../shared/import';
import type { Article } from '../../../shared/model/article';
import { repoRoot } from '../../support/standards';

export const SEED_FILES: readonly string[] = readdirSync(path.join(repoRoot, 'seeds'))
  .filter((f) => !f.startsWith('.'))
  .sort();

/** The seed article, or null when no importer reads this kind of draft yet. */
export async function importSeed(file: string): Promise<Article | null> {
  const bytes = readFileSync(path.join(repoRoot, 'seeds', file));
  try {
    return await importDraft({ bytes, name: file });
  } catch (e) {
    if (isImportError(e) && e.code === 'unsupported') return null;
    throw e;
  }
}
