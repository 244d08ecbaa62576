/**
 * Settings: `settings.json` in the user-data folder, validated with the contract's schema.
 *
 * Why not electron-store: electron-store 11 needs Electron's own Node (it reads `app` from
 * electron at import), and the same settings must also work under plain Node for the loopback
 * host and the tests. So this is a small atomic JSON store that keeps electron-store's layout
 * (one JSON object in the user-data folder; `new Store({ name: 'settings' })` reads the same
 * file). A file that cannot be read is set aside and reported, never silently reset.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  MAX_RECENT_FILES,
  StoredSettingsSchema,
  type SettingsPatch,
  type SettingsView,
  type StoredSettings,
  type WindowBounds,
} from '../../shared/ipc/settings';
import { sweepTempFiles } from './atomic';
import { loadJson, saveJson, WriteQueue, type LoadProblem } from './jsonStore';

export const SETTINGS_FILE = 'settings.json';

export const recentId = (path: string): string =>
  createHash('sha256').update(path).digest('hex').slice(0, 16);

export class SettingsService {
  private queue = new WriteQueue();

  private constructor(
    readonly file: string,
    private data: StoredSettings,
    readonly problem: LoadProblem | null,
  ) {}

  static async open(userDataDir: string): Promise<SettingsService> {
    await mkdir(userDataDir, { recursive: true });
    // Every save records the file in the recent list, so a kill -9 mid-save can leave the temp
    // file of a settings write here too; the recovery folder and the story folders are swept
    // elsewhere.
    await sweepTempFiles(userDataDir);
    const file = join(userDataDir, SETTINGS_FILE);
    const loaded = await loadJson(file, StoredSettingsSchema, 'settings');
    const defaults = StoredSettingsSchema.parse({});
    if (loaded.status === 'ok') return new SettingsService(file, loaded.data, null);
    return new SettingsService(file, defaults, loaded.status === 'corrupt' ? loaded.problem : null);
  }

  get(): StoredSettings {
    return structuredClone(this.data);
  }

  view(): SettingsView {
    const d = this.data;
    return {
      uiLanguage: d.uiLanguage,
      theme: d.theme,
      defaultProfile: d.defaultProfile,
      exportFolder: d.exportFolder,
      exportFormats: [...d.exportFormats],
      staff: structuredClone(d.staff),
      user: { ...d.user },
      recentFiles: d.recentFiles.map((r) => ({
        id: recentId(r.path),
        name: basename(r.path),
        folder: dirname(r.path),
        openedAt: r.openedAt,
      })),
      problem: this.problem ? { ...this.problem } : null,
    };
  }

  /** Applies a renderer's patch (already validated by the contract) and stores it. */
  async apply(patch: SettingsPatch): Promise<StoredSettings> {
    const next: Partial<StoredSettings> = {};
    if (patch.uiLanguage !== undefined) next.uiLanguage = patch.uiLanguage;
    if (patch.theme !== undefined) next.theme = patch.theme;
    if (patch.defaultProfile !== undefined) next.defaultProfile = patch.defaultProfile;
    if (patch.exportFolder === null) next.exportFolder = null;
    if (patch.exportFormats !== undefined) next.exportFormats = patch.exportFormats;
    if (patch.staff !== undefined) next.staff = patch.staff;
    if (patch.user !== undefined) next.user = patch.user;
    if (patch.recentFiles !== undefined) next.recentFiles = [];
    return this.update(next);
  }

  /** Node-side changes (folders from dialogs, window bounds): validated like any other. */
  async update(changes: Partial<StoredSettings>): Promise<StoredSettings> {
    return this.queue.run(async () => {
      const next = StoredSettingsSchema.parse({ ...this.data, ...changes });
      await mkdir(dirname(this.file), { recursive: true });
      await saveJson(this.file, next);
      this.data = next;
      return this.get();
    });
  }

  async addRecent(path: string, now = new Date()): Promise<void> {
    const rest = this.data.recentFiles.filter((r) => r.path !== path);
    const recentFiles = [{ path, openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT_FILES);
    await this.update({ recentFiles });
  }

  async removeRecent(path: string): Promise<void> {
    await this.update({ recentFiles: this.data.recentFiles.filter((r) => r.path !== path) });
  }

  recentPathById(id: string): string | undefined {
    return this.data.recentFiles.find((r) => recentId(r.path) === id)?.path;
  }

  async setWindowBounds(bounds: WindowBounds): Promise<void> {
    await this.update({ windowBounds: bounds });
  }
}
