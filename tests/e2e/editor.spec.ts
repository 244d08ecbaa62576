import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HEADLINE,
  SEED_NAME,
  caretAt,
  check,
  headline,
  openedSeed,
  saveState,
  watchErrors,
  writePng,
} from './fixtures';
import { makeWorkspace, startHost, type Host, type Workspace } from './host';

let ws: Workspace;
let host: Host;
let errors: string[];

test.beforeEach(async ({ page }) => {
  ws = makeWorkspace();
  host = await startHost(ws, join(ws.dir, SEED_NAME));
  errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  await host.stop(page);
  ws.cleanup();
  expect(errors).toEqual([]);
});

test('the seed opens as headline, byline, dateline, figure and related nodes', async ({ page }) => {
  await openedSeed(page, host.url);
  await expect(page.getByTestId('byline').getByLabel('By')).toHaveValue('Willy Haryono');
  await expect(page.getByTestId('byline').getByLabel('Published')).toHaveValue('2025-09-29T18:33');
  await expect(page.getByTestId('dateline').getByLabel('Dateline', { exact: true })).toHaveValue(
    'Beijing',
  );
  const figure = page.getByTestId('figure');
  await expect(figure.getByLabel('Caption')).toHaveValue(
    'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui.',
  );
  await expect(figure.getByLabel('Credit')).toHaveValue('@SpoxCHN_LinJian');
  const related = page.getByTestId('related');
  await expect(related.getByLabel('Label')).toHaveValue('Baca juga');
  await expect(related.getByLabel('Linked story')).toHaveValue(/^Korea Utara Tegaskan Statusnya/);
  await expect(related.getByLabel('URL')).toHaveValue('');
  // Promo lines were set aside by the importer, not shown as copy.
  await expect(page.getByTestId('editor')).not.toContainText('Jangan lupa ikuti');
  await expect(page.getByTestId('word-count')).toHaveText(/^\d+ words$/);
  await expect(saveState(page)).toHaveText('Not saved yet');
  await page.screenshot({ path: 'tests/artifacts/seed-light.png' });
});

test('related/missing-url is listed, clicking it focuses the URL, adding one clears it', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  const finding = check(page, 'related/missing-url');
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('related/missing-url');
  await finding.locator('.check__main').click();
  const url = page.getByTestId('related').getByLabel('URL');
  await expect(url).toBeFocused();
  await url.fill('https://www.medcom.id/internasional/asia/korea-utara-nuklir');
  await expect(finding).toHaveCount(0);
  await expect(saveState(page)).toHaveText('Unsaved changes');
});

test('type in the body, save, reopen and find the edit', async ({ page }) => {
  await openedSeed(page, host.url);
  const paragraph = page.locator('.editor p', { hasText: 'Pertemuan kedua menlu tersebut' });
  await caretAt(paragraph, 'end');
  await page.keyboard.type(' Kalimat tambahan dari meja redaksi.');
  await expect(paragraph).toContainText('bilateral. Kalimat tambahan dari meja redaksi.');
  await expect(saveState(page)).toHaveText('Unsaved changes');

  const target = join(ws.dir, 'tiongkok-korut.newsroom.json');
  await host.answer({ kind: 'save', path: target });
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('Saved');
  const saved = JSON.parse(readFileSync(target, 'utf8')) as {
    headline: string;
    blocks: { text?: string }[];
  };
  expect(saved.headline).toBe(HEADLINE);
  expect(saved.blocks.some((b) => b.text?.endsWith('Kalimat tambahan dari meja redaksi.'))).toBe(
    true,
  );
  await page.screenshot({ path: 'tests/artifacts/after-save.png' });

  // Open it again through the Open dialog, in a fresh page (which starts on a new, empty
  // article: the command-line file was handed over once).
  await page.reload();
  await expect(headline(page)).toHaveText('');
  await host.answer({ kind: 'open', path: target });
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(
    page.locator('.editor p', { hasText: 'Kalimat tambahan dari meja redaksi.' }),
  ).toHaveCount(1);
  await expect(page.locator('.toolbar__doc')).toHaveText('tiongkok-korut.newsroom.json');
  await expect(saveState(page)).toHaveText('Saved');
});

test('export HTML through the dialog: the gate, a draft needs a tick, then clean output', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  const gate = dialog.getByTestId('export-gate');
  await expect(gate).toContainText('related/missing-url');
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeDisabled();
  await dialog.getByLabel('Export anyway, marked as a draft').check();
  await expect(dialog.getByRole('button', { name: 'Export as draft' })).toBeEnabled();
  await page.screenshot({ path: 'tests/artifacts/export-gate.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  // Fix the errors: an image from disk, and the related link's URL.
  const png = writePng(ws.dir);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('figure').getByRole('button', { name: 'Choose image…' }).click();
  await (await chooser).setFiles(png);
  await expect(page.getByTestId('figure').locator('img')).toBeVisible();
  await page
    .getByTestId('related')
    .getByLabel('URL')
    .fill('https://www.medcom.id/internasional/asia/korea-utara-nuklir');
  await expect(check(page, 'related/missing-url')).toHaveCount(0);
  await expect(page.locator('.checks__group--error')).toHaveCount(0);

  const out = join(ws.dir, 'export');
  mkdirSync(out);
  await host.answer({ kind: 'folder', path: out });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByText('No errors: the files will be publish-ready.')).toBeVisible();
  for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByRole('checkbox', { name: /^Web page \(HTML5/ }).check();
  await dialog.getByLabel('Ask for a folder').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const result = dialog.getByTestId('export-result');
  await expect(result).toContainText('1 file written');
  await page.screenshot({ path: 'tests/artifacts/export-done.png' });
  const files = result.locator('.mono');
  const name = (await files.first().textContent()) ?? '';
  expect(name).toMatch(/\.html$/);
  const html = readFileSync(join(out, name), 'utf8');
  expect(html).toContain('<h1');
  expect(html).toContain('Tiongkok dan Korea Utara Sepakat');
  expect(html).toContain('https://www.medcom.id/internasional/asia/korea-utara-nuklir');
  expect(html).not.toContain('noindex');

  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(async () => JSON.stringify(await host.shellCalls())).toContain(name);
  expect(existsSync(join(out, name))).toBe(true);
});

test('checks speak Indonesian when the interface does, and the theme turns dark', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  await page.getByLabel('Interface language').selectOption('id');
  await expect(page.getByRole('tab', { name: /Pemeriksaan/ })).toBeVisible();
  await expect(check(page, 'related/missing-url').locator('.check__message')).not.toHaveText(
    /has no/i,
  );
  await expect(page.getByTestId('byline').getByLabel('Oleh')).toHaveValue('Willy Haryono');
  await page.getByLabel('Tema').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The two settings changes are confirmed out of order at times; the later choice must stay.
  await page.waitForTimeout(600);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Tema')).toHaveValue('dark');
  await page.screenshot({ path: 'tests/artifacts/seed-dark-id.png' });
});

test('keyboard only: shortcuts open dialogs, Escape closes them, tabs move with arrows', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  await page.getByRole('tab', { name: /Checks/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Credits' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('credits')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('details')).toBeVisible();
  await page.keyboard.press('Control+e');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  // Every interactive control has an accessible name.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, [role="tab"]')]
      .filter((el) => {
        const e = el as HTMLElement;
        const labelled =
          e.getAttribute('aria-label') ||
          e.getAttribute('aria-labelledby') ||
          (e as HTMLInputElement).labels?.length ||
          (e.tagName === 'BUTTON' && e.textContent?.trim());
        return !labelled;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
});

test('F8 walks the findings in reading order without the mouse', async ({ page }) => {
  await openedSeed(page, host.url);
  await page.keyboard.press('F8');
  // The first finding in reading order is the figure's missing image: its button gets focus.
  await expect(
    page.getByTestId('figure').getByRole('button', { name: 'Choose image…' }),
  ).toBeFocused();
  await page.keyboard.press('F8');
  await expect(page.getByTestId('figure').getByLabel('Alt text')).toBeFocused();
  await page.keyboard.press('Shift+F8');
  await expect(
    page.getByTestId('figure').getByRole('button', { name: 'Choose image…' }),
  ).toBeFocused();
});

test('New with unsaved work asks first: Cancel keeps it, Discard starts afresh', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  await caretAt(page.locator('.editor p').first(), 'end');
  await page.keyboard.type(' Tambahan.');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const ask = page.getByTestId('ask-dialog');
  await expect(ask).toContainText('This article has changes that are not saved.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(headline(page)).toHaveText(HEADLINE);
  await expect(page.locator('.editor p').first()).toContainText('Tambahan.');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(headline(page)).toHaveText('');
  await expect(saveState(page)).toHaveText('Not saved yet');
});
