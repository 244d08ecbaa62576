import { ImportError } from '../import/errors';
import { SCHEMA_VERSION } from './article';

/**
 * Steps that lift a stored native file one schema version at a time. Step `n` takes a version-n
 * object and returns a version-(n+1) object. Old files open; nothing is dropped on the way.
 */
// No step for `review` (issue 6): it is optional, so version-1 files without it are still valid
// version-1 files, and an app that predates it refuses the field (strict schema) rather than
// silently dropping someone's comments on save. Revision snapshots carry their own
// `schemaVersion`; a future step must lift them too (they are plain JSON inside `review`).
const STEPS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(
  doc: Record<string, unknown>,
  origin = 'the file',
): Record<string, unknown> {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(
      'schema',
      `${origin} has no valid schemaVersion; it is not a newsroom article.`,
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new ImportError(
      'future-version',
      `${origin} was written by a newer version of Newsroom Desk (schema ${version}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new ImportError('schema', `${origin}: no migration from schema ${v}.`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}
