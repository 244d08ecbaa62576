import { ImportError } from '../import/errors';
import { SCHEMA_VERSION } from './article';

export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps that lift a stored native file one schema version at a time. Step `n` takes a version-n
 * object and returns a version-(n+1) object. Old files open; nothing is dropped on the way.
 */
// No step for `review` (issue 6): it is optional, so version-1 files without it are still valid
// version-1 files, and an app that predates it refuses the field (strict schema) rather than
// silently dropping someone's comments on save. Revision snapshots carry their own
// `schemaVersion`; a future step must lift them too (they are plain JSON inside `review`).
const STEPS: Readonly<Record<number, MigrationStep>> = {};

/**
 * Lifts `doc` to `target` (the current schema). `steps` and `target` are parameters so that the
 * walk itself is tested before the first real step exists.
 */
export function migrate(
  doc: Record<string, unknown>,
  origin = 'the file',
  steps: Readonly<Record<number, MigrationStep>> = STEPS,
  target: number = SCHEMA_VERSION,
): Record<string, unknown> {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(
      'schema',
      `${origin} has no valid schemaVersion; it is not a newsroom article.`,
    );
  }
  if (version > target) {
    throw new ImportError(
      'future-version',
      `${origin} was written by a newer version of Newsroom Desk (schema ${version}; this version reads up to ${target}). Update the app to open it.`,
    );
  }
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) throw new ImportError('schema', `${origin}: no migration from schema ${v}.`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}
