import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_NAME = '000_96a0e40e744c17ac.txt';
export const HEADLINE = 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing';

/** A real 2×2 PNG, enough for the figure to show an image. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

export function writePng(dir: string, name = 'foto.png'): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(PNG_BASE64, 'base64'));
  return path;
}

/** Fails the test on any uncaught page error or console error (a broken UI must not pass). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

export const headline = (page: Page) => page.locator('h1[data-node="headline"]');
export const check = (page: Page, rule: string) => page.locator(`.check[data-rule="${rule}"]`);
export const saveState = (page: Page) => page.getByTestId('save-state');

export async function openedSeed(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Generous: the host imports the draft on the first request, and the machine may be busy.
  await expect(headline(page)).toHaveText(HEADLINE, { timeout: 30_000 });
  // The first check run has happened once the checks panel shows findings.
  await expect(page.getByTestId('checks')).toBeVisible();
}

/** axe-core on the page as it is: no serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Puts the caret at the very start or end of a block (Home/End only reach a visual line's). */
export async function caretAt(block: Locator, where: 'start' | 'end'): Promise<void> {
  await block.click();
  await block.evaluate((el, at) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
    const node = at === 'start' ? texts[0] : texts[texts.length - 1];
    if (node)
      window.getSelection()?.collapse(node, at === 'start' ? 0 : (node.textContent?.length ?? 0));
  }, where);
  // The editor takes the selection from the browser's selectionchange event, a task later.
  await block.page().waitForTimeout(150);
  const text = ((await block.textContent()) ?? '').slice(0, 20);
  if (text.trim()) await caretIn(block.page(), text);
}

/**
 * Waits until the editor itself (not just the browser) has the caret in the block whose text
 * starts with `start`: on a loaded machine the selectionchange task can come late, and a
 * command sent before it lands on the block the caret was in before.
 */
export async function caretIn(page: Page, start: string): Promise<void> {
  const escaped = start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.locator('.formatbar')).toHaveAttribute(
    'data-caret-block',
    new RegExp(`^${escaped}`),
  );
}

/** Who is at the keyboard, as Settings says (every review action records it). */
export async function actAs(page: Page, name: string, role: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Your role').fill(role);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toHaveCount(0);
}

/** Ctrl+S, and wait until the status bar says it is done. */
export async function saveNow(page: Page, saved = 'Saved'): Promise<void> {
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText(saved);
}

/**
 * Exports the open article as HTML through the dialog into a new folder `dir` (the host's test
 * dialog answers with it), closes the dialog and gives back the file's text.
 */
export async function exportHtml(
  page: Page,
  host: { answer(a: { kind: 'folder'; path: string }): Promise<void> },
  dir: string,
): Promise<string> {
  mkdirSync(dir);
  await host.answer({ kind: 'folder', path: dir });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByRole('checkbox', { name: /^Web page \(HTML5/ }).check();
  await dialog.getByLabel('Ask for a folder').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const result = dialog.getByTestId('export-result');
  await expect(result).toContainText('1 file written');
  const name = (await result.locator('.mono').first().textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  return readFileSync(join(dir, name), 'utf8');
}
