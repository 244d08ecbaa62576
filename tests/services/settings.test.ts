import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_FILE, SettingsService } from '../../electron/services/settings';
import { tempDir } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

describe('SettingsService', () => {
  it('starts from defaults and keeps changes across launches', async () => {
    const first = await SettingsService.open(dir);
    expect(first.view()).toMatchObject({
      uiLanguage: 'en',
      theme: 'system',
      defaultProfile: null,
      exportFolder: null,
      recentFiles: [],
      problem: null,
    });
    await first.apply({
      uiLanguage: 'id',
      theme: 'dark',
      defaultProfile: 'id',
      user: { name: 'Willy Haryono', role: 'editor' },
      staff: [{ name: 'Fajar Nugraha', roles: ['editor'] }],
    });
    const second = await SettingsService.open(dir);
    expect(second.view()).toMatchObject({
      uiLanguage: 'id',
      theme: 'dark',
      defaultProfile: 'id',
      user: { name: 'Willy Haryono', role: 'editor' },
      staff: [{ name: 'Fajar Nugraha', roles: ['editor'] }],
    });
    expect(JSON.parse(await readFile(join(dir, SETTINGS_FILE), 'utf8')).theme).toBe('dark');
  });

  it('sets a file that is not JSON aside, reports it, and runs on defaults', async () => {
    await writeFile(join(dir, SETTINGS_FILE), '{"uiLanguage": "id", "theme": ');
    const s = await SettingsService.open(dir);
    expect(s.view().uiLanguage).toBe('en');
    const problem = s.view().problem;
    expect(problem?.message).toMatch(/could not be read \(not valid JSON/);
    expect(problem?.setAsideAs).toMatch(/^settings\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
    const names = await readdir(dir);
    expect(names).toEqual([problem!.setAsideAs]);
    expect(await readFile(join(dir, problem!.setAsideAs!), 'utf8')).toBe(
      '{"uiLanguage": "id", "theme": ',
    );
  });

  it('sets aside a file that is JSON but breaks the schema, naming the key', async () => {
    await writeFile(join(dir, SETTINGS_FILE), JSON.stringify({ theme: 'purple' }));
    const s = await SettingsService.open(dir);
    expect(s.problem?.message).toMatch(/theme: Invalid option/);
    expect(s.view().theme).toBe('system');
    // The next write creates a fresh file; the set-aside one stays for the user.
    await s.apply({ theme: 'light' });
    expect((await readdir(dir)).sort()).toEqual([s.problem!.setAsideAs!, SETTINGS_FILE].sort());
  });

  it('keeps the ten most recent files, newest first, without duplicates', async () => {
    const s = await SettingsService.open(dir);
    for (let i = 0; i < 12; i++) await s.addRecent(`/news/story-${i}.newsroom.json`);
    await s.addRecent('/news/story-5.newsroom.json');
    const recent = s.view().recentFiles;
    expect(recent.map((r) => r.name)).toEqual([
      'story-5.newsroom.json',
      'story-11.newsroom.json',
      'story-10.newsroom.json',
      'story-9.newsroom.json',
      'story-8.newsroom.json',
      'story-7.newsroom.json',
      'story-6.newsroom.json',
      'story-4.newsroom.json',
      'story-3.newsroom.json',
      'story-2.newsroom.json',
    ]);
    expect(s.recentPathById(recent[0]!.id)).toBe('/news/story-5.newsroom.json');
    expect(recent[0]!.folder).toBe('/news');
  });
});
