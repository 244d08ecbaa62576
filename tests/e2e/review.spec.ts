import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SEED_NAME,
  caretAt,
  expectNoSeriousA11yViolations,
  openedSeed,
  saveState,
  watchErrors,
} from './fixtures';
import { makeWorkspace, startHost, type Host, type Workspace } from './host';

let ws: Workspace;
let host: Host;
let errors: string[];

test.beforeEach(async ({ page }) => {
  ws = makeWorkspace();
  errors = watchErrors(page);
});

test.afterEach(async () => {
  await host.stop();
  ws.cleanup();
  expect(errors).toEqual([]);
});

/** Who is at the keyboard, as Settings says. */
async function actAs(page: Page, name: string, role: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Your role').fill(role);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toHaveCount(0);
}

const PARAGRAPH = 'Pertemuan kedua menlu tersebut';

async function appendToParagraph(page: Page, text: string): Promise<void> {
  const paragraph = page.locator('.editor p', { hasText: PARAGRAPH });
  await caretAt(paragraph, 'end');
  await page.keyboard.type(text);
  await expect(paragraph).toContainText(text.trim());
}

async function saveNow(page: Page): Promise<void> {
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('Saved');
}

interface SavedReview {
  review?: { revisions: { n: number; by: { name: string; role: string }; summary: string }[] };
  blocks: { text?: string }[];
}

test('each save is a revision by the Settings user; two picked show the word diff; restore', async ({
  page,
}) => {
  host = await startHost(ws, join(ws.dir, SEED_NAME));
  await openedSeed(page, host.url);
  const target = join(ws.dir, 'review.newsroom.json');
  const readSaved = (): SavedReview => JSON.parse(readFileSync(target, 'utf8')) as SavedReview;

  // Without a name the save goes through but the history says why nothing was recorded.
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByTestId('history');
  await expect(history).toContainText('until your name is set in Settings');

  await actAs(page, 'Rina Kusuma', 'writer');
  await expect(history).not.toContainText('until your name is set');
  await host.answer({ kind: 'save', path: target });
  await saveNow(page);
  await expect(history.locator('.revision')).toHaveCount(1);
  await expect(history.locator('.revision').first()).toContainText('Rina Kusuma (writer)');
  await expect(history.locator('.revision').first()).toContainText('First saved version');
  expect(readSaved().review?.revisions.map((r) => r.n)).toEqual([1]);

  // A save with nothing changed records nothing.
  await saveNow(page);
  await expect(history.locator('.revision')).toHaveCount(1);

  await appendToParagraph(page, ' Kalimat tambahan penulis.');
  await saveNow(page);
  await expect(history.locator('.revision')).toHaveCount(2);

  await actAs(page, 'Dewi Lestari', 'editor');
  await appendToParagraph(page, ' Catatan redaktur.');
  await saveNow(page);
  const rows = history.locator('.revision');
  await expect(rows).toHaveCount(3);
  // Newest first.
  await expect(rows.first()).toContainText('#3');
  await expect(rows.first()).toContainText('Dewi Lestari (editor)');
  const saved = readSaved();
  expect(saved.review?.revisions.map((r) => [r.n, r.by.name])).toEqual([
    [1, 'Rina Kusuma'],
    [2, 'Rina Kusuma'],
    [3, 'Dewi Lestari'],
  ]);

  // Revision 1 against 3: one paragraph changed, both additions inserted, nothing deleted.
  await page.getByLabel('Compare revision 3').check();
  await page.getByLabel('Compare revision 1').check();
  const diff = page.getByTestId('diff');
  await expect(history).toContainText('Changes from revision 1 to 3');
  await expect(diff.locator('.diff__item')).toHaveCount(1);
  await expect(diff.locator('.diff__item')).toHaveAttribute('data-op', 'changed');
  await expect(diff.locator('ins')).toHaveText([' Kalimat tambahan penulis. Catatan redaktur.']);
  await expect(diff.locator('del')).toHaveCount(0);
  await expect(diff).toContainText(PARAGRAPH);
  await page.screenshot({ path: 'tests/artifacts/review-history.png' });
  await expectNoSeriousA11yViolations(page, 'history panel with a diff');

  // A third tick replaces the oldest pick: 2 → 3 shows only the editor's words.
  await page.getByLabel('Compare revision 2').check();
  await expect(page.getByLabel('Compare revision 3')).not.toBeChecked();
  await expect(history).toContainText('Changes from revision 1 to 2');
  await expect(diff.locator('ins')).toHaveText([' Kalimat tambahan penulis.']);

  // Restore revision 1: the editor shows its text again, as revision 4 by the editor.
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  const paragraph = page.locator('.editor p', { hasText: PARAGRAPH });
  await expect(paragraph).not.toContainText('Kalimat tambahan penulis.');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('Restored revision 1');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  await saveNow(page);
  const after = readSaved();
  expect(after.review?.revisions.map((r) => r.n)).toEqual([1, 2, 3, 4]);
  expect(after.blocks.some((b) => b.text?.includes('Kalimat tambahan penulis.'))).toBe(false);

  // Keyboard: the History tab is reachable with the arrow keys from Details.
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'History' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
});
