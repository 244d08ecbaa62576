/**
 * Suggestion mode end to end (issue 6): a writer drafts, an editor suggests in the text with
 * track changes and comments, the writer accepts some and rejects one, the editor approves and
 * exports; the export carries exactly the accepted text, the ledger and history say who did what.
 */
import { expect, test, type Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSchema, type Article } from '../../shared/model/article';
import {
  actAs,
  caretAt,
  expectNoSeriousA11yViolations,
  exportHtml,
  saveNow,
  watchErrors,
} from './fixtures';
import { REPO, SEED, makeWorkspace, startHost, type Host, type Workspace } from './host';

let ws: Workspace;
let host: Host;
let errors: string[];

test.beforeEach(async ({ page }) => {
  ws = makeWorkspace();
  errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  await host.stop(page);
  ws.cleanup();
  expect(errors).toEqual([]);
});

const PARAGRAPH = 'Pertemuan kedua menlu tersebut';

/**
 * Selects `word` in `block` the way a mouse would, then waits for the editor to take the
 * selection (the format bar says "range"; callers come from a collapsed caret).
 */
async function selectIn(block: Locator, word: string): Promise<void> {
  await block.click();
  await block.evaluate((el, word) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf(word) ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + word.length);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return;
    }
    throw new Error(`no "${word}" in the block`);
  }, word);
  await expect(block.page().locator('.formatbar')).toHaveAttribute('data-selection', 'range');
}

/** The seed, imported as the CLI does, with its photo and link filled in so nothing blocks. */
function cleanSeedFile(file: string): Article {
  execFileSync(process.execPath, [
    join(REPO, 'bin', 'newsroom.mjs'),
    'import',
    SEED,
    '--out',
    file,
  ]);
  const article = ArticleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  article.blocks = article.blocks.map((b) =>
    b.type === 'figure'
      ? { ...b, src: 'https://www.medcom.id/foto/wang-yi-choe-son-hui.jpg', alt: b.caption }
      : b.type === 'related'
        ? { ...b, url: 'https://www.medcom.id/internasional/asia/korea-utara-nuklir' }
        : b,
  );
  writeFileSync(file, JSON.stringify(article));
  return article;
}

test('an editor suggests in the text; the writer accepts three and rejects one; the export carries exactly what was accepted', async ({
  page,
}) => {
  const file = join(ws.dir, 'usulan.newsroom.json');
  const original = cleanSeedFile(file);
  const paraId = original.blocks.find(
    (b) => b.type === 'paragraph' && b.text.startsWith(PARAGRAPH),
  )!.id;
  host = await startHost(ws, file);
  await page.goto(host.url);
  const paragraph = page.locator('.editor p', { hasText: PARAGRAPH });
  await expect(paragraph).toBeVisible({ timeout: 30_000 });
  const workflow = page.getByTestId('workflow');
  const toggle = page.getByTestId('suggest-mode');

  // The writer drafts, saves (revision 1) and submits.
  await actAs(page, 'Rina Kusuma', 'writer');
  await caretAt(paragraph, 'end');
  await page.keyboard.type(' Kalimat penulis.');
  await saveNow(page);
  await workflow.getByRole('button', { name: 'Submit for review' }).click();
  await expect(workflow).toHaveAttribute('data-status', 'in-review');

  // The editor switches to suggesting from the keyboard.
  await actAs(page, 'Dewi Lestari', 'editor');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Shift+E');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Suggesting as Dewi Lestari')).toBeVisible();

  // 1. Words typed at the end are proposed, not written.
  await caretAt(paragraph, 'end');
  await page.keyboard.type(' Usulan redaktur.');
  const ins = paragraph.locator('ins[data-suggestion="insert"]');
  await expect(ins).toHaveText([' Usulan redaktur.']);
  await expect(ins.first()).toHaveAttribute('title', 'Dewi Lestari (editor)');

  // 2. A word typed over is struck, its replacement proposed after it.
  await selectIn(paragraph, 'langka');
  await page.keyboard.type('bersejarah');
  const del = paragraph.locator('del[data-suggestion="delete"]');
  await expect(del).toHaveText(['langka']);
  await expect(ins).toHaveText(['bersejarah', ' Usulan redaktur.']);

  // 3. Backspacing strikes instead of deleting; one suggestion for the whole word.
  // Select the word, then collapse to its end with a real key: the editor has then surely taken
  // the new caret (a caret moved by script alone changes nothing a test could wait on).
  await selectIn(paragraph, ' hanya');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.formatbar')).toHaveAttribute('data-selection', 'caret');
  await page.keyboard.press('Backspace', { delay: 20 });
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  await expect(del).toHaveText([' hanya', 'langka']);

  // 4. A slip, taken back with one undo; Enter cannot be a suggestion and says so.
  await page.keyboard.type('X');
  await expect(paragraph.locator('ins', { hasText: 'X' })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(paragraph.locator('ins', { hasText: 'X' })).toHaveCount(0);
  const paragraphs = await page.locator('.editor > p').count();
  await page.keyboard.press('Enter');
  await expect(page.getByText('A new paragraph cannot be a suggestion.')).toBeVisible();
  await expect(page.locator('.editor > p')).toHaveCount(paragraphs);

  // 5. A caption is suggested when she leaves the field; what cannot be a suggestion is locked.
  const figure = page.getByTestId('figure');
  const caption = figure.locator('[data-field="caption"]');
  await caption.click();
  await caption.press('Control+Home');
  await caption.press('Shift+ArrowRight');
  for (let i = 0; i < 4; i++) await caption.press('Shift+ArrowRight');
  await caption.pressSequentially('Menteri Luar Negeri');
  await caption.press('Tab');
  const fieldSuggestion = figure.locator('[data-field-suggestions="caption"] li');
  await expect(fieldSuggestion.locator('del')).toHaveText('Menlu');
  await expect(fieldSuggestion.locator('ins')).toHaveText('Menteri Luar Negeri');
  await expect(fieldSuggestion).toContainText('Suggested by Dewi Lestari');
  await expect(page.getByTestId('related').locator('[data-field="url"]')).toHaveAttribute(
    'readonly',
    '',
  );

  // The Review panel lists the four, by her; a comment goes with them.
  await page.getByRole('tab', { name: 'Review' }).click();
  const list = page.getByTestId('suggestions');
  await expect(list).toContainText('4 open suggestions');
  await expect(list.locator('.suggestion').first()).toContainText('Dewi Lestari (editor)');
  const review = page.getByTestId('review');
  await selectIn(paragraph, 'Kalimat penulis');
  await review.getByLabel('Comment', { exact: true }).fill('Sumbernya siapa?');
  await review.getByRole('button', { name: 'Comment', exact: true }).click();
  await page.screenshot({ path: 'tests/artifacts/suggest-inline.png' });
  await expectNoSeriousA11yViolations(page, 'suggestion mode');
  await saveNow(page);

  // On disk: the text as the writer left it, the three suggestions beside it.
  const suggested = ArticleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const paraText = (a: Article) => (a.blocks.find((b) => b.id === paraId) as { text: string }).text;
  expect(paraText(suggested)).toContain('kunjungan langka');
  expect(paraText(suggested)).not.toContain('Usulan redaktur');
  expect(
    suggested.review?.suggestions.map((s) => [s.kind, s.removed ?? '', s.text, s.by.name, s.state]),
  ).toEqual([
    ['insert', '', ' Usulan redaktur.', 'Dewi Lestari', 'open'],
    ['replace', 'langka', 'bersejarah', 'Dewi Lestari', 'open'],
    ['delete', ' hanya', '', 'Dewi Lestari', 'open'],
    ['replace', 'Menlu', 'Menteri Luar Negeri', 'Dewi Lestari', 'open'],
  ]);
  const captionOf = (a: Article) =>
    (a.blocks.find((b) => b.type === 'figure') as { caption: string }).caption;
  expect(captionOf(suggested)).toMatch(/^Menlu Tiongkok/);
  await page.keyboard.press('Control+Shift+E');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // The writer takes the replacement and the new sentence, and keeps "hanya".
  await actAs(page, 'Rina Kusuma', 'writer');
  const item = (text: string) => list.locator('.suggestion', { hasText: text });
  await item('bersejarah')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await item('Usulan redaktur')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await item('hanya')
    .getByRole('button', { name: /^Reject/ })
    .click();
  await item('Menteri Luar Negeri')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(page.getByTestId('figure').locator('[data-field="caption"]')).toHaveValue(
    /^Menteri Luar Negeri Tiongkok Wang Yi/,
  );
  await expect(page.getByTestId('suggestions')).toHaveCount(0);
  await expect(paragraph.locator('ins, del')).toHaveCount(0);
  await expect(paragraph).toContainText('hanya beberapa pekan setelah kunjungan bersejarah');
  await expect(paragraph).toContainText('Kalimat penulis. Usulan redaktur.');
  await saveNow(page);

  // The editor approves and exports HTML.
  await actAs(page, 'Dewi Lestari', 'editor');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow).toHaveAttribute('data-status', 'approved');
  const html = await exportHtml(page, host, join(ws.dir, 'export'));
  expect(html).toContain('hanya beberapa pekan setelah kunjungan bersejarah');
  expect(html).toContain('Kalimat penulis. Usulan redaktur.');
  expect(html).not.toContain('langka');
  expect(html).toContain('Menteri Luar Negeri Tiongkok Wang Yi berjabat tangan');
  expect(html).not.toContain('Sumbernya siapa');
  // The credits name the editor whose words went in and who approved it.
  expect(html).toMatch(/<dd>Dewi Lestari<\/dd>/);

  // The ledger: her words went in (editor), Rina accepted them.
  await page.getByRole('tab', { name: 'Credits' }).click();
  const ledger = page.getByTestId('ledger');
  await expect(ledger.locator('[data-person="Dewi Lestari"] [data-role="editor"]')).toContainText(
    'accepted suggestions',
  );
  await expect(ledger.locator('[data-person="Rina Kusuma"]')).toContainText('accepted changes');

  // History: writer, editor, writer; first against last shows the accepted change by word.
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByTestId('history');
  await expect(history.locator('.revision .revision__who')).toHaveText([
    /^Rina Kusuma \(writer\)/,
    /^Dewi Lestari \(editor\)/,
    /^Rina Kusuma \(writer\)/,
  ]);
  await page.getByLabel('Compare revision 1').check();
  await page.getByLabel('Compare revision 3').check();
  const diff = page.getByTestId('diff');
  await expect(diff.locator('.diff__text del')).toContainText(['langka']);
  await expect(diff.locator('.diff__text ins')).toContainText(['bersejarah', ' Usulan redaktur.']);
  await page.screenshot({ path: 'tests/artifacts/suggest-history.png' });
});
