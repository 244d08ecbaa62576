/**
 * A small JSON file store for the app's own state (settings, recovery copies): read once and
 * validated with zod; written atomically. A file that is not valid JSON or fails its schema is
 * never silently replaced: it is renamed `<name>.corrupt-<timestamp>.json` beside the original
 * and the caller gets a plain sentence to show.
 */
import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic';

export interface LoadProblem {
  message: string;
  /** File name the unreadable file was moved to, or null if it could not be moved. */
  setAsideAs: string | null;
}

export type Loaded<T> =
  { status: 'ok'; data: T } | { status: 'missing' } | { status: 'corrupt'; problem: LoadProblem };

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Moves an unreadable file aside; returns its new name (or null if even that failed). */
export async function setAside(path: string, now = new Date()): Promise<string | null> {
  const ext = extname(path);
  const base = basename(path, ext);
  const target = join(dirname(path), `${base}.corrupt-${stamp(now)}${ext || '.json'}`);
  try {
    await rename(path, target);
    return basename(target);
  } catch {
    return null;
  }
}

function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'it does not match the expected shape';
  const where = first.path.length ? first.path.join('.') : 'the top level';
  return `${where}: ${first.message}`;
}

export async function loadJson<S extends z.ZodType>(
  path: string,
  schema: S,
  label: string,
): Promise<Loaded<z.output<S>>> {
  let text: string | null = null;
  let reason = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing' };
    // A folder, or a file we may not read, where ours should be: set it aside like a corrupt
    // file, so the app still starts (and one stray entry cannot hide every recovery copy).
    if (code !== 'EISDIR' && code !== 'EACCES' && code !== 'EPERM') throw e;
    reason = code === 'EISDIR' ? 'it is a folder' : 'permission denied';
  }
  if (text !== null) {
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) return { status: 'ok', data: parsed.data };
      reason = describeIssue(parsed.error);
    } catch (e) {
      reason = `not valid JSON (${(e as Error).message})`;
    }
  }
  const setAsideAs = await setAside(path);
  const where = setAsideAs ? `It was kept as ${setAsideAs}` : 'It could not be moved aside';
  return {
    status: 'corrupt',
    problem: {
      message: `The ${label} file could not be read (${reason}). ${where}; defaults are in use.`,
      setAsideAs,
    },
  };
}

export async function saveJson(path: string, data: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** Runs writes one after another so two quick updates cannot land out of order. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
