/**
 * Open documents, named to the renderer by opaque tokens. Each token holds the file it came from
 * (or none, for new and imported work), the SHA-256 of the bytes last read or written (so an
 * outside edit that keeps size and mtime is still seen), and the id of its recovery copy.
 *
 * Paths arrive here already checked by `PathAccess`; this module re-checks before every write.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Article } from '../../shared/model/article';
import { createArticle } from '../../shared/model/create';
import { importDraft, isImportError } from '../../shared/import';
import { nativeImporter, serializeNativeArticle } from '../../shared/import/native';
import { getBuiltinProfile, isBuiltinProfile, type Profile } from '../../shared/profiles';
import type {
  DocumentInfo,
  ExternalStatus,
  OpenedDocument,
  UiLanguage,
} from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic';
import { fsErrorToServiceError, ServiceError } from './errors';
import { WriteQueue } from './jsonStore';
import type { PathAccess } from './paths';
import { newRecoveryId, type RecoveryService } from './recovery';
import type { SettingsService } from './settings';
import type { WriteJournal } from './writeJournal';

export const NATIVE_EXTENSION = '.newsroom.json';
/** Drafts larger than this are refused before reading (matches the CLI). */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

export const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

export interface OpenDocument {
  token: string;
  /** Real path of the native file Save writes to; null for new or imported work. */
  path: string | null;
  name: string;
  format: string;
  hash: string | null;
  recovered: boolean;
  recoveryId: string;
}

/** "Banjir di Jakarta" → "banjir-di-jakarta.newsroom.json"; falls back to "untitled". */
export function suggestFileName(nameOrHeadline: string): string {
  const stem =
    nameOrHeadline
      .replace(/\.newsroom\.json$/i, '')
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'untitled';
  return `${stem}${NATIVE_EXTENSION}`;
}

/** Adds `.newsroom.json` when a save dialog returned a name without it. */
export function withNativeExtension(path: string): string {
  return /\.json$/i.test(path) ? path : `${path}${NATIVE_EXTENSION}`;
}

function resolveProfileId(id: string | undefined): Profile | undefined {
  if (id === undefined) return undefined;
  if (!isBuiltinProfile(id)) throw new ServiceError('not-found', `No profile "${id}".`);
  return getBuiltinProfile(id);
}

async function readBounded(path: string, what: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw new ServiceError(
        'import-failed',
        `${what} is ${Math.round(info.size / 1048576)} MB; files over 200 MB are refused.`,
      );
    }
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw fsErrorToServiceError(e, what);
  }
}

async function importOrExplain(
  bytes: Uint8Array,
  name: string,
  options: { profile?: Profile; format?: string },
): Promise<Article> {
  try {
    return await importDraft({ bytes, name }, options);
  } catch (e) {
    if (isImportError(e)) throw new ServiceError('import-failed', e.message);
    throw e;
  }
}

export class DocumentService {
  private readonly docs = new Map<string, OpenDocument>();
  /**
   * One queue per document: two quick saves, or a recovery copy racing a save, run in order,
   * so the stored hash always matches the bytes that landed last and a save's removal of the
   * recovery copy cannot be undone by a copy that was still being written.
   */
  private readonly queues = new Map<string, WriteQueue>();

  private serial<T>(token: string, task: () => Promise<T>): Promise<T> {
    this.get(token);
    let queue = this.queues.get(token);
    if (!queue) {
      queue = new WriteQueue();
      this.queues.set(token, queue);
    }
    return queue.run(task);
  }

  constructor(
    private readonly deps: {
      access: PathAccess;
      recovery: RecoveryService;
      settings: SettingsService;
      journal: WriteJournal;
    },
  ) {}

  private add(doc: Omit<OpenDocument, 'token'>): OpenDocument {
    const token = `doc_${randomBytes(18).toString('base64url')}`;
    const full = { token, ...doc };
    this.docs.set(token, full);
    return full;
  }

  get(token: string): OpenDocument {
    const doc = this.docs.get(token);
    if (!doc) throw new ServiceError('not-found', 'That document is no longer open.');
    return doc;
  }

  /** Tokens whose recovery copies belong to this run. */
  openRecoveryIds(): Set<string> {
    return new Set([...this.docs.values()].map((d) => d.recoveryId));
  }

  info(doc: OpenDocument, article?: Article): DocumentInfo {
    return {
      token: doc.token,
      name: doc.name,
      folder: doc.path ? dirname(doc.path) : null,
      hasFile: doc.path !== null,
      format: doc.format,
      contentHash: doc.hash,
      recovered: doc.recovered,
      suggestedName: doc.path ? basename(doc.path) : suggestFileName(article?.headline || doc.name),
    };
  }

  newDocument(options: { language?: UiLanguage; profile?: string } = {}): OpenedDocument {
    const profile = resolveProfileId(
      options.profile ?? this.deps.settings.get().defaultProfile ?? undefined,
    );
    const language = options.language ?? (profile?.language as UiLanguage | undefined) ?? 'en';
    const article = createArticle({
      language,
      metadata: { tags: [], extra: {}, ...(profile ? { profile: profile.id } : {}) },
    });
    const doc = this.add({
      path: null,
      name: 'Untitled',
      format: 'new',
      hash: null,
      recovered: false,
      recoveryId: newRecoveryId(),
    });
    return { document: this.info(doc, article), article };
  }

  /**
   * Opens a file the caller has already resolved with `PathAccess.resolveForRead`. A native
   * file stays attached (Save writes back to it); any other draft is imported as new work, so
   * saving never overwrites the original .docx or .txt.
   */
  async openFile(realPath: string, options: { profile?: string } = {}): Promise<OpenedDocument> {
    const name = basename(realPath);
    const bytes = await readBounded(realPath, name);
    const profile = resolveProfileId(options.profile);
    const isNative = nativeImporter.detect({ bytes, name }) > 0;
    const article = await importOrExplain(bytes, name, {
      profile,
      ...(isNative ? { format: 'native' } : {}),
    });
    if (isNative) {
      const doc = this.add({
        path: realPath,
        name,
        format: 'native',
        hash: sha256(bytes),
        recovered: false,
        recoveryId: newRecoveryId(),
      });
      await this.deps.settings.addRecent(realPath);
      return { document: this.info(doc, article), article };
    }
    return this.adoptImport(article, name);
  }

  /** Imports a file as new work even if it is a native file (File → Import…). */
  async importFile(realPath: string, options: { profile?: string } = {}): Promise<OpenedDocument> {
    const name = basename(realPath);
    const bytes = await readBounded(realPath, name);
    const article = await importOrExplain(bytes, name, {
      profile: resolveProfileId(options.profile),
    });
    return this.adoptImport(article, name);
  }

  /** Imports bytes the renderer holds (a file dropped into a browser tab). */
  async importBytes(
    name: string,
    bytes: Uint8Array,
    options: { profile?: string } = {},
  ): Promise<OpenedDocument> {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new ServiceError('import-failed', `${name} is too large (over 200 MB).`);
    }
    const article = await importOrExplain(bytes, name, {
      profile: resolveProfileId(options.profile),
    });
    return this.adoptImport(article, name);
  }

  private adoptImport(article: Article, sourceName: string): OpenedDocument {
    const doc = this.add({
      path: null,
      name: suggestFileName(article.headline || sourceName),
      format: article.importReport.format,
      hash: null,
      recovered: false,
      recoveryId: newRecoveryId(),
    });
    return { document: this.info(doc, article), article };
  }

  /** Hash of what is on disk now, or null if the file is gone. */
  private async currentHash(path: string, what: string): Promise<string | null> {
    try {
      return sha256(await readFile(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw fsErrorToServiceError(e, what);
    }
  }

  async checkExternal(token: string): Promise<ExternalStatus> {
    const doc = this.get(token);
    if (!doc.path) return { status: 'untitled', contentHash: null };
    const now = await this.currentHash(doc.path, doc.name);
    if (now === null) return { status: 'deleted', contentHash: null };
    return { status: now === doc.hash ? 'same' : 'changed', contentHash: now };
  }

  /**
   * Saves to the document's own file. Returns null when it has none (the caller asks where).
   * Refuses with `conflict` when the file changed on disk since it was read, unless `overwrite`.
   */
  save(
    token: string,
    article: Article,
    options: { overwrite?: boolean } = {},
  ): Promise<DocumentInfo | null> {
    return this.serial(token, () => this.saveNow(token, article, options));
  }

  private async saveNow(
    token: string,
    article: Article,
    options: { overwrite?: boolean },
  ): Promise<DocumentInfo | null> {
    const doc = this.get(token);
    if (!doc.path) return null;
    if (!options.overwrite) {
      const now = await this.currentHash(doc.path, doc.name);
      if (now !== null && now !== doc.hash) {
        throw new ServiceError(
          'conflict',
          `${doc.name} was changed by another program since it was opened. Reload it, or save again to replace those changes.`,
        );
      }
    }
    return this.writeTo(doc, doc.path, article);
  }

  /** Saves to a new file the user chose (already granted); the document follows it. */
  saveAs(token: string, article: Article, target: string): Promise<DocumentInfo> {
    return this.serial(token, () => this.writeTo(this.get(token), target, article));
  }

  private async writeTo(doc: OpenDocument, path: string, article: Article): Promise<DocumentInfo> {
    const real = await this.deps.access.resolveForWrite(path);
    const text = serializeNativeArticle(article);
    // Journaled even when the folder is a recent file's: the recent list can be cleared, or the
    // folder pushed off it, while the write is under way, and then no start would sweep it.
    try {
      await this.deps.journal.during(dirname(real), () => writeFileAtomic(real, text));
    } catch (e) {
      throw fsErrorToServiceError(e, basename(real));
    }
    doc.path = real;
    doc.name = basename(real);
    doc.format = 'native';
    doc.hash = sha256(text);
    doc.recovered = false;
    // The work is on disk now; the recovery copy would only offer stale text after a crash.
    await this.deps.recovery.discard(doc.recoveryId);
    await this.deps.settings.addRecent(real);
    return this.info(doc, article);
  }

  /** Reads the document's file again (after an outside change). */
  reload(token: string): Promise<OpenedDocument> {
    return this.serial(token, () => this.reloadNow(token));
  }

  private async reloadNow(token: string): Promise<OpenedDocument> {
    const doc = this.get(token);
    if (!doc.path) throw new ServiceError('not-found', 'This document has no file to reload.');
    const real = await this.deps.access.resolveForRead(doc.path);
    const bytes = await readBounded(real, doc.name);
    const article = await importOrExplain(bytes, doc.name, { format: 'native' });
    doc.hash = sha256(bytes);
    doc.recovered = false;
    await this.deps.recovery.discard(doc.recoveryId);
    return { document: this.info(doc, article), article };
  }

  writeRecovery(token: string, article: Article): Promise<string> {
    return this.serial(token, () => this.writeRecoveryNow(token, article));
  }

  private async writeRecoveryNow(token: string, article: Article): Promise<string> {
    const doc = this.get(token);
    try {
      return await this.deps.recovery.write(
        doc.recoveryId,
        { name: doc.name, originalPath: doc.path, originalHash: doc.hash, format: doc.format },
        article,
      );
    } catch (e) {
      throw fsErrorToServiceError(e, 'The recovery copy');
    }
  }

  /**
   * Opens a recovery copy as a document marked recovered and unsaved. Save goes to the original
   * file (checked against the hash it had, so a change made since is still caught); the
   * original is not touched until then.
   *
   * `reattach` decides whether the copy goes back to its original (null: it is restored as
   * untitled work, and Save asks where). By default the user chose that file in the earlier run,
   * so it is granted again for this one; the loopback host passes its workspace rule instead,
   * because the recovery area is shared with the desktop app and may name any file.
   */
  async restore(
    id: string,
    reattach: (originalPath: string) => Promise<string | null> = (p) =>
      this.deps.access.grantFile(p).catch(() => null),
  ): Promise<OpenedDocument> {
    const file = await this.deps.recovery.claim(id);
    const path = file.originalPath ? await reattach(file.originalPath) : null;
    const doc = this.add({
      path,
      name: file.name,
      format: file.format,
      hash: file.originalHash,
      recovered: true,
      recoveryId: file.id,
    });
    return { document: this.info(doc, file.article), article: file.article };
  }

  async close(token: string): Promise<void> {
    if (!this.docs.has(token)) return;
    await this.serial(token, async () => {
      const doc = this.docs.get(token);
      if (!doc) return;
      this.docs.delete(token);
      this.queues.delete(token);
      await this.deps.recovery.discard(doc.recoveryId);
    });
  }

  /**
   * A clean shutdown (the user saved, or chose to close without saving): every recovery copy
   * of this run goes, so the next start does not offer work the user already decided about.
   */
  async closeAll(): Promise<void> {
    for (const token of [...this.docs.keys()]) await this.close(token);
  }

  /**
   * The window holding the open documents died without closing them (its renderer crashed):
   * its unsaved work now exists only as recovery copies. Forgets the documents without
   * discarding anything, and has the copies offered again in this run, so a reloaded window
   * can restore them; a later `closeAll` then has nothing to remove. Waits for writes already
   * queued (a copy the window sent just before it died still lands); later calls with the old
   * tokens find no document. Returns the ids of the copies released.
   */
  async abandonAll(): Promise<string[]> {
    const ids: string[] = [];
    for (const token of [...this.docs.keys()]) {
      // Closed while an earlier one was being let go.
      if (!this.docs.has(token)) continue;
      await this.serial(token, async () => {
        const doc = this.docs.get(token);
        if (!doc) return;
        this.docs.delete(token);
        this.queues.delete(token);
        ids.push(doc.recoveryId);
      });
    }
    this.deps.recovery.release(ids);
    return ids;
  }
}
