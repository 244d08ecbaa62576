import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../shared/import';
import { SEED, tempDir } from '../services/support';
import { killSaveTrials } from './killSave';

const KILLS = Number(process.env.NEWSROOM_KILLS ?? 50);
const SEED_VALUE = Number(process.env.NEWSROOM_SEED ?? Date.now() % 2 ** 31);

describe('kill -9 during saves (the real DocumentService, 1–5 MB articles)', () => {
  it(`after ${KILLS} kills at random moments every file parses and is the old or the new version; no temp file survives the next start`, async () => {
    console.log(`kill-save seed ${SEED_VALUE} (replay with NEWSROOM_SEED=${SEED_VALUE})`);
    const base = await importDraft({
      bytes: new Uint8Array(await readFile(SEED)),
      name: 'seed.txt',
    });
    const work = await tempDir('newsroom-kill-');
    try {
      const stats = await killSaveTrials({
        kills: KILLS,
        seed: SEED_VALUE,
        workDir: work.path,
        base,
      });
      console.log(JSON.stringify(stats));
      expect(stats.failures).toEqual([]);
      expect(stats).toMatchObject({
        kills: KILLS,
        corrupt: 0,
        wrongVersion: 0,
        orphanTemps: 0,
        settingsProblems: 0,
      });
      // The kills must really have landed inside saves, or the test proves nothing.
      expect(stats.killedMidSave).toBeGreaterThan(KILLS / 4);
      expect(stats.sizes.min).toBeGreaterThanOrEqual(900 * 1024);
      expect(stats.sizes.max).toBeLessThanOrEqual(5.5 * 1024 * 1024);
    } finally {
      await work.cleanup();
    }
  }, 240_000);
});
