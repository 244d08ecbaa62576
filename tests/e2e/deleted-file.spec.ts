import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HEADLINE, SEED_NAME, openedSeed, saveState, watchErrors } from './fixtures';
import { makeWorkspace, startHost } from './host';

test('a file deleted while open: the banner says so, the buffer counts as unsaved, Save writes it again', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const ws = makeWorkspace();
  const host = await startHost(ws, join(ws.dir, SEED_NAME));
  try {
    await openedSeed(page, host.url);
    const target = join(ws.dir, 'korut.newsroom.json');
    await host.answer({ kind: 'save', path: target });
    await page.keyboard.press('Control+s');
    await expect(saveState(page)).toHaveText('Saved');

    rmSync(target);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(page.getByRole('alert').filter({ hasText: 'deleted or moved' })).toBeVisible();
    // Nothing was typed, yet the screen now holds the only copy.
    await expect(saveState(page)).toHaveText('Unsaved changes');

    await page.keyboard.press('Control+s');
    await expect(saveState(page)).toHaveText('Saved');
    expect(existsSync(target)).toBe(true);
    expect((JSON.parse(readFileSync(target, 'utf8')) as { headline: string }).headline).toBe(
      HEADLINE,
    );
  } finally {
    await host.stop(page);
    ws.cleanup();
  }
  expect(errors).toEqual([]);
});
