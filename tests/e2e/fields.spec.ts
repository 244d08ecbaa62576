import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_NAME, caretIn, openedSeed, watchErrors } from './fixtures';
import { makeWorkspace, startHost, type Host, type Workspace } from './host';

let ws: Workspace;
let host: Host;
let errors: string[];

test.beforeEach(async ({ page, context }) => {
  ws = makeWorkspace();
  host = await startHost(ws, join(ws.dir, SEED_NAME));
  errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
});

test.afterEach(async ({ page }) => {
  await host.stop(page);
  ws.cleanup();
  expect(errors).toEqual([]);
});

test('keys inside a node’s fields edit the field, never the article around it', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  const figure = page.getByTestId('figure');
  const alt = figure.getByLabel('Alt text');
  await alt.click();
  // Backspace and Delete in an empty field must not delete the figure.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(figure).toHaveCount(1);
  // Enter in a field does not split the article.
  const paragraphs = await page.locator('.editor > p').count();
  await alt.fill('Dua menteri berjabat tangan');
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor > p')).toHaveCount(paragraphs);
  await expect(alt).toHaveValue('Dua menteri berjabat tangan');

  // Pasting a URL into the related link's field puts it there, not into the body.
  const url = page.getByTestId('related').getByLabel('URL');
  await page.evaluate(() => navigator.clipboard.writeText('https://example.org/korut-nuklir'));
  await url.click();
  await page.keyboard.press('Control+v');
  await expect(url).toHaveValue('https://example.org/korut-nuklir');
  await expect(page.getByTestId('editor')).not.toContainText('https://example.org/korut-nuklir');
  await expect(page.locator('.check[data-rule="related/missing-url"]')).toHaveCount(0);

  // Backspace at the start of the first paragraph leaves the dateline alone.
  const first = page.locator('.editor > p').first();
  await first.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await first.evaluate((p) => {
    const t = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
    if (t) window.getSelection()?.collapse(t, 0);
  });
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('dateline')).toHaveCount(1);
  await expect(page.getByTestId('byline')).toHaveCount(1);
});

test('markers follow typing: a double space is underlined, listed, and clicking it selects it', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  const paragraph = page.locator('.editor p', { hasText: 'Awal September lalu' });
  await paragraph.click();
  await paragraph.evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const t = walker.nextNode();
    // After "Awal September" (14 characters).
    if (t) window.getSelection()?.collapse(t, 14);
  });
  await page.waitForTimeout(150);
  await caretIn(page, 'Awal September lalu');
  await page.keyboard.type(' ');
  const finding = page.locator('.check[data-rule="text/double-space"]');
  await expect(finding).toBeVisible();
  const highlighted = await page.evaluate(() => {
    const h = CSS.highlights.get('nr-info');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
  expect(highlighted).toContain('  ');
  await page.locator('.editor h1').click();
  await finding.locator('.check__main').click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('  ');
  await page.screenshot({ path: 'tests/artifacts/marker.png' });
  // The one-click fix removes it, and with it the marker.
  await finding.locator('.check__fixes button').first().click();
  await expect(finding).toHaveCount(0);
  await expect(paragraph).toContainText('Awal September lalu');
  expect(
    await page.evaluate(() =>
      [...(CSS.highlights.get('nr-info') ?? [])].map((r) => (r as Range).toString()),
    ),
  ).not.toContain('  ');
});

test('Ctrl+K links the selected words; the link is saved as a mark', async ({ page }) => {
  await openedSeed(page, host.url);
  const paragraph = page.locator('.editor p', { hasText: 'Awal September lalu' });
  await paragraph.click();
  // Select "Kim Jong-un" by its offsets in the paragraph's text.
  await paragraph.evaluate((p) => {
    const t = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()!;
    const start = t.textContent!.indexOf('Kim Jong-un');
    const r = document.createRange();
    r.setStart(t, start);
    r.setEnd(t, start + 'Kim Jong-un'.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
  });
  // The editor takes the selection from the browser's selectionchange event, a task later.
  await expect(page.locator('.formatbar')).toHaveAttribute('data-selection', 'range');
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Link address');
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await address.fill('https://id.wikipedia.org/wiki/Kim_Jong-un');
  await page.keyboard.press('Enter');
  await expect(paragraph.locator('a')).toHaveText('Kim Jong-un');

  const target = join(ws.dir, 'linked.newsroom.json');
  await host.answer({ kind: 'save', path: target });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(readFileSync(target, 'utf8')) as {
    blocks: {
      text?: string;
      marks?: { type: string; start: number; end: number; href?: string }[];
    }[];
  };
  const block = saved.blocks.find((b) => b.text?.startsWith('Awal September lalu'))!;
  const start = block.text!.indexOf('Kim Jong-un');
  expect(block.marks).toEqual([
    {
      type: 'link',
      start,
      end: start + 'Kim Jong-un'.length,
      href: 'https://id.wikipedia.org/wiki/Kim_Jong-un',
    },
  ]);
});

test('a second author can be typed after a comma, and both are saved', async ({ page }) => {
  await openedSeed(page, host.url);
  const by = page.getByTestId('byline').getByLabel('By');
  await by.click();
  await by.press('End');
  await page.keyboard.type(', Kelvin Yurcel');
  await expect(by).toHaveValue('Willy Haryono, Kelvin Yurcel');
  // Erasing the second name back to the comma keeps the comma: the field is not rewritten
  // from the stored list while the user is between names.
  for (let i = 0; i < 'Kelvin Yurcel'.length; i++) await page.keyboard.press('Backspace');
  await expect(by).toHaveValue('Willy Haryono, ');
  await page.keyboard.type('Kelvin Yurcel');
  await expect(by).toHaveValue('Willy Haryono, Kelvin Yurcel');
  const target = join(ws.dir, 'two-authors.newsroom.json');
  await host.answer({ kind: 'save', path: target });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(readFileSync(target, 'utf8')) as {
    byline: { authors: { name: string }[] };
  };
  expect(saved.byline.authors).toEqual([{ name: 'Willy Haryono' }, { name: 'Kelvin Yurcel' }]);
});

test('a long linked-story title and alt text are shown whole, wrapped; a pasted line break becomes a space', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  const title = page.getByTestId('related').getByLabel('Linked story');
  await expect(title).toHaveValue(
    "Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen'",
  );
  const shown = (el: HTMLElement) => {
    const style = getComputedStyle(el);
    return {
      hiddenBelow: el.scrollHeight - el.clientHeight,
      hiddenRight: el.scrollWidth - el.clientWidth,
      lines: el.clientHeight / parseFloat(style.lineHeight),
    };
  };
  const before = await title.evaluate(shown);
  expect(before.hiddenRight).toBeLessThanOrEqual(0);
  expect(before.hiddenBelow).toBeLessThanOrEqual(1);
  await title.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join('tests', 'artifacts', 'related-wrapped.png') });

  // Typing on grows the field instead of hiding the start of the title.
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' dan Tidak Bisa Ditawar Lagi oleh Siapa Pun di Kawasan');
  const after = await title.evaluate(shown);
  expect(after.hiddenBelow).toBeLessThanOrEqual(1);
  expect(after.lines).toBeGreaterThan(before.lines);
  // Enter does not start a new line in a one-line field.
  await page.keyboard.press('Enter');
  await expect(title).not.toHaveValue(/\n/);

  const alt = page.getByTestId('figure').getByLabel('Alt text');
  await page.evaluate(() =>
    navigator.clipboard.writeText('Wang Yi dan Choe Son-hui\r\nberjabat tangan di Beijing'),
  );
  await alt.click();
  await page.keyboard.press('Control+v');
  await expect(alt).toHaveValue('Wang Yi dan Choe Son-hui berjabat tangan di Beijing');

  // Lines pasted into the caption are the caption's, not a story for the importer.
  const caption = page.getByTestId('figure').getByLabel('Caption');
  await caption.fill('');
  await page.evaluate(() =>
    navigator.clipboard.writeText('Menlu Wang Yi menyambut Choe Son-hui.\nBeijing, 28 September.'),
  );
  await caption.click();
  await page.keyboard.press('Control+v');
  await expect(caption).toHaveValue(
    'Menlu Wang Yi menyambut Choe Son-hui.\nBeijing, 28 September.',
  );
  await expect(page.getByTestId('figure')).toHaveCount(1);
});
