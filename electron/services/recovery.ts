/**
 * Recovery copies of unsaved work, one JSON file per open document in `<userData>/recovery/`.
 * The renderer writes one about a second after typing stops; Save and Close remove it. Whatever
 * is still there at the next start was left by a run that ended without saving (a crash, a
 * killed process) and is offered back.
 *
 * One self-describing file per document rather than a shared index: each write replaces one
 * file atomically, so a crash mid-write can lose at most that write, and no index can disagree
 * with the files. A file that cannot be read is set aside (renamed `.corrupt-<ts>.json`) and
 * reported, like the settings file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSchema, type Article } from '../../shared/model/article';
import { IdSchema } from '../../shared/ipc/contract';
import type { RecoveryEntry, RecoveryList } from '../../shared/ipc/contract';
import { sweepTempFiles } from './atomic';
import { ServiceError } from './errors';
import { loadJson, saveJson } from './jsonStore';
import { isRunning } from './process';

export const RecoveryFileSchema = z
  .object({
    version: z.literal(1),
    id: IdSchema,
    /** Process and launch that wrote it: a copy still owned by a live run is not offered. */
    ownerPid: z.number().int(),
    ownerSession: z.string(),
    /** Display name: the file's name, or "Untitled". */
    name: z.string(),
    /** Where Save should write after restoring; null for work never saved. */
    originalPath: z.string().nullable(),
    /** Hash of the original as last read or written, so a later Save still detects changes. */
    originalHash: z.string().nullable(),
    format: z.string(),
    savedAt: z.string(),
    article: ArticleSchema,
  })
  .strict();
export type RecoveryFile = z.infer<typeof RecoveryFileSchema>;

export type RecoveryMeta = Pick<RecoveryFile, 'name' | 'originalPath' | 'originalHash' | 'format'>;

export const newRecoveryId = (): string => `r${randomBytes(12).toString('hex')}`;

export class RecoveryService {
  /** This launch; distinguishes our own copies from a crashed run that had the same pid. */
  readonly session = randomBytes(8).toString('hex');
  /**
   * Copies of this launch whose window died without closing them (a renderer crash): the
   * work now lives only here, so a reloaded window is offered them like a crashed run's.
   */
  private readonly released = new Set<string>();

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<RecoveryService> {
    await mkdir(dir, { recursive: true });
    await sweepTempFiles(dir);
    return new RecoveryService(dir);
  }

  private fileFor(id: string): string {
    if (!IdSchema.safeParse(id).success)
      throw new ServiceError('not-found', 'No such recovery copy.');
    return join(this.dir, `${id}.json`);
  }

  async write(id: string, meta: RecoveryMeta, article: Article, now = new Date()): Promise<string> {
    const savedAt = now.toISOString();
    const file: RecoveryFile = {
      version: 1,
      id,
      ownerPid: process.pid,
      ownerSession: this.session,
      ...meta,
      savedAt,
      article,
    };
    await saveJson(this.fileFor(id), file);
    return savedAt;
  }

  async read(id: string): Promise<RecoveryFile> {
    const loaded = await loadJson(this.fileFor(id), RecoveryFileSchema, 'recovery');
    if (loaded.status === 'ok') return loaded.data;
    if (loaded.status === 'missing') throw new ServiceError('not-found', 'No such recovery copy.');
    throw new ServiceError('not-found', loaded.problem.message);
  }

  /** Takes over a copy after restoring it, so this run owns (and later removes) it. */
  async claim(id: string): Promise<RecoveryFile> {
    const file = await this.read(id);
    await this.write(
      id,
      {
        name: file.name,
        originalPath: file.originalPath,
        originalHash: file.originalHash,
        format: file.format,
      },
      file.article,
      new Date(file.savedAt),
    );
    // Open again in this run: offering it a second time would let two documents share it.
    this.released.delete(id);
    return file;
  }

  /** Offers these copies of this launch again (see `released`); their documents are gone. */
  release(ids: Iterable<string>): void {
    for (const id of ids) this.released.add(id);
  }

  async discard(id: string): Promise<void> {
    await rm(this.fileFor(id), { force: true });
    this.released.delete(id);
  }

  /** Copies left by runs that are no longer running, and released ones of this run, newest first. */
  async list(): Promise<RecoveryList> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return { entries: [], setAside: [] };
    }
    const entries: (RecoveryEntry & { savedAtMs: number })[] = [];
    const setAside: string[] = [];
    for (const name of names) {
      const m = /^([A-Za-z0-9_-]{1,80})\.json$/.exec(name);
      if (!m) continue;
      const loaded = await loadJson(join(this.dir, name), RecoveryFileSchema, 'recovery');
      if (loaded.status === 'missing') continue;
      if (loaded.status === 'corrupt') {
        setAside.push(loaded.problem.setAsideAs ?? name);
        continue;
      }
      const f = loaded.data;
      if (f.ownerSession === this.session && !this.released.has(f.id)) continue;
      if (f.ownerPid !== process.pid && isRunning(f.ownerPid)) continue;
      entries.push({
        id: f.id,
        name: f.name,
        headline: f.article.headline,
        folder: f.originalPath ? join(f.originalPath, '..') : null,
        savedAt: f.savedAt,
        savedAtMs: Date.parse(f.savedAt),
      });
    }
    entries.sort((a, b) => b.savedAtMs - a.savedAtMs);
    return { entries: entries.map(({ savedAtMs: _s, ...e }) => e), setAside };
  }
}
