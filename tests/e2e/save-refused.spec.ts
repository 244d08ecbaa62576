import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADLINE, SEED_NAME, caretAt, headline, openedSeed, saveState } from './fixtures';
import { makeWorkspace, startHost } from './host';

test('a disk that refuses the save: plain words, the file stays as it was, Save As is offered and works', async ({
  page,
}) => {
  const ws = makeWorkspace();
  const disk = join(ws.dir, 'usb');
  mkdirSync(disk);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]).status === 0;
  test.skip(!mounted, 'mounting a tmpfs is not permitted here, so a read-only disk cannot be made');
  const host = await startHost(ws, join(ws.dir, SEED_NAME));
  try {
    await openedSeed(page, host.url);
    const target = join(disk, 'korut.newsroom.json');
    await host.answer({ kind: 'save', path: target });
    await page.keyboard.press('Control+s');
    await expect(saveState(page)).toHaveText('Saved');
    const before = readFileSync(target);
    expect(spawnSync('mount', ['-o', 'remount,ro', disk]).status).toBe(0);

    await caretAt(headline(page), 'end');
    await page.keyboard.type(' (ralat)');
    await page.keyboard.press('Control+s');
    const ask = page.getByTestId('ask-dialog');
    await expect(ask).toContainText('Could not save');
    await expect(ask).toContainText(
      'korut.newsroom.json: the disk is read-only; nothing was changed.',
    );
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(disk)).toEqual(['korut.newsroom.json']);

    const copy = join(ws.dir, 'korut-salinan.newsroom.json');
    await host.answer({ kind: 'save', path: copy });
    await ask.getByRole('button', { name: 'Save as…' }).click();
    await expect(saveState(page)).toHaveText('Saved');
    expect((JSON.parse(readFileSync(copy, 'utf8')) as { headline: string }).headline).toBe(
      `${HEADLINE} (ralat)`,
    );
    expect(readFileSync(target).equals(before)).toBe(true);
  } finally {
    await host.stop(page);
    spawnSync('umount', [disk]);
    ws.cleanup();
  }
});
