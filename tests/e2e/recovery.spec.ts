import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADLINE, SEED_NAME, caretAt, openedSeed, saveState, watchErrors } from './fixtures';
import { makeWorkspace, startHost } from './host';

test('unsaved work survives the host being killed, and comes back marked recovered', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const ws = makeWorkspace();
  const seedPath = join(ws.dir, SEED_NAME);
  const seedBytes = readFileSync(seedPath);
  const first = await startHost(ws, seedPath);
  try {
    await openedSeed(page, first.url);
    const paragraph = page.locator('.editor p', { hasText: 'Awal September lalu' });
    await caretAt(paragraph, 'start');
    await page.keyboard.type('Kalimat yang belum disimpan. ');
    await expect(saveState(page)).toHaveText('Unsaved changes');
    // The recovery copy is written about a second after typing stops.
    await expect(page.getByText('Recovery copy kept')).toBeVisible({ timeout: 5000 });
  } finally {
    await first.kill();
  }

  const second = await startHost(ws);
  try {
    await page.goto(second.url);
    const prompt = page.getByTestId('recovery-prompt');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText(HEADLINE);
    await page.screenshot({ path: 'tests/artifacts/recovery-prompt.png' });
    await prompt.getByRole('button', { name: `Restore ${HEADLINE}` }).click();
    await expect(page.locator('h1[data-node="headline"]')).toHaveText(HEADLINE);
    await expect(
      page.locator('.editor p', { hasText: 'Kalimat yang belum disimpan. Awal September lalu' }),
    ).toHaveCount(1);
    await expect(saveState(page)).toHaveText('Recovered — not saved');
    // The original draft on disk was never touched.
    expect(readFileSync(seedPath).equals(seedBytes)).toBe(true);
    await page.screenshot({ path: 'tests/artifacts/recovered.png' });
  } finally {
    await second.stop(page);
    ws.cleanup();
  }
  expect(errors.filter((e) => !/Failed to fetch|ERR_CONNECTION_REFUSED|net::/.test(e))).toEqual([]);
});

test('a damaged recovery copy is set aside and the window says so; the draft still opens', async ({
  page,
}) => {
  const ws = makeWorkspace();
  const recovery = join(ws.userData, 'recovery');
  mkdirSync(recovery, { recursive: true });
  // Cut short mid-write by something other than us (our copies are written atomically).
  writeFileSync(join(recovery, 'r-rusak.json'), '{"version":1,"id":"r-rusak","article":{"headl');
  const host = await startHost(ws, join(ws.dir, SEED_NAME));
  try {
    await openedSeed(page, host.url);
    await expect(page.getByRole('alert')).toContainText(
      'A recovery copy could not be read and was set aside in the recovery folder: r-rusak.corrupt-',
    );
    // Set aside, not deleted: the bytes are still there for someone to look at.
    expect(existsSync(join(recovery, 'r-rusak.json'))).toBe(false);
    const aside = readdirSync(recovery).filter((f) => f.startsWith('r-rusak.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(recovery, aside[0]!), 'utf8')).toBe(
      '{"version":1,"id":"r-rusak","article":{"headl',
    );
    await expect(page.getByTestId('recovery-prompt')).toHaveCount(0);
  } finally {
    await host.stop(page);
    ws.cleanup();
  }
});
