import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_NAME, caretAt, headline, openedSeed, saveState, watchErrors } from './fixtures';
import { makeWorkspace, startHost } from './host';

test('a file changed by another program: the banner offers their version; saving over it asks first; recent files reopen', async ({
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

    // Another program rewrites the headline on disk.
    const theirs = JSON.parse(readFileSync(target, 'utf8')) as { headline: string };
    theirs.headline = 'Judul versi meja lain';
    writeFileSync(target, JSON.stringify(theirs, null, 2));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const banner = page.getByRole('alert').filter({ hasText: 'changed by another program' });
    await expect(banner).toBeVisible();
    await page.screenshot({ path: 'tests/artifacts/external-change.png' });
    await banner.getByRole('button', { name: 'Load their version' }).click();
    await expect(headline(page)).toHaveText('Judul versi meja lain');

    // Changed again behind our back, then we edit and save: we are asked before overwriting.
    theirs.headline = 'Judul ketiga';
    writeFileSync(target, JSON.stringify(theirs, null, 2));
    await caretAt(headline(page), 'end');
    await page.keyboard.type(' (diperbarui)');
    await page.keyboard.press('Control+s');
    const ask = page.getByTestId('ask-dialog');
    await expect(ask).toContainText('Changed on disk');
    await ask.getByRole('button', { name: 'Overwrite' }).click();
    await expect(saveState(page)).toHaveText('Saved');
    expect((JSON.parse(readFileSync(target, 'utf8')) as { headline: string }).headline).toBe(
      'Judul versi meja lain (diperbarui)',
    );

    // New article, then Open recent brings the file back.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(headline(page)).toHaveText('');
    await page.getByRole('button', { name: /Open recent/ }).click();
    await page.getByRole('menuitem', { name: /korut\.newsroom\.json/ }).click();
    await expect(headline(page)).toHaveText('Judul versi meja lain (diperbarui)');
  } finally {
    await host.stop(page);
    ws.cleanup();
  }
  // The 409 is the conflict answer the test provoked; the browser logs every non-2xx response.
  expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
});
