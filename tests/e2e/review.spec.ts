import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SEED_NAME,
  actAs,
  caretAt,
  exportHtml,
  expectNoSeriousA11yViolations,
  openedSeed,
  saveNow,
  saveState,
  watchErrors,
  writePng,
} from './fixtures';
import { ArticleSchema } from '../../shared/model/article';
import { submitForReview, suggestChange } from '../../shared/review';
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

async function appendToParagraph(page: Page, text: string): Promise<void> {
  const paragraph = page.locator('.editor p', { hasText: PARAGRAPH });
  await caretAt(paragraph, 'end');
  await page.keyboard.type(text);
  await expect(paragraph).toContainText(text.trim());
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

  // Keyboard: Review and History follow Details with the arrow keys.
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Review' })).toBeFocused();
  await expect(page.getByTestId('review')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'History' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
});

/** Selects `phrase` inside the paragraph the way a mouse drag would (one text node). */
async function selectWords(page: Page, paragraphStart: string, phrase: string): Promise<void> {
  const paragraph = page.locator('.editor p', { hasText: paragraphStart });
  await paragraph.click();
  await paragraph.evaluate((el, words) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + words.length);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in one text node`);
  }, phrase);
}

const highlighted = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const h = CSS.highlights.get('nr-comment');
    return h ? [...h].map((r) => r.toString()) : [];
  });

interface SavedComments {
  review?: {
    comments: {
      id: string;
      body: string;
      by: { name: string };
      anchor: { blockId: string | null; start?: number; end?: number; quote?: string };
      replies: { body: string; by: { name: string } }[];
      resolved: boolean;
      resolvedBy?: { name: string };
    }[];
  };
  blocks: { id: string; type: string; text?: string }[];
}

test('comments: on selected words and on a figure, highlighted, moved by edits, replied to and resolved', async ({
  page,
}) => {
  host = await startHost(ws, join(ws.dir, SEED_NAME));
  await openedSeed(page, host.url);
  const target = join(ws.dir, 'comments.newsroom.json');
  const readSaved = (): SavedComments => JSON.parse(readFileSync(target, 'utf8')) as SavedComments;

  await actAs(page, 'Dewi Lestari', 'editor');
  await page.getByRole('tab', { name: 'Review' }).click();
  const review = page.getByTestId('review');
  await expect(page.getByTestId('comment-target')).toHaveText(
    'Select words in the article, or click in a block, to comment on it (Ctrl+Alt+M).',
  );
  await expect(review.getByRole('button', { name: 'Comment', exact: true })).toBeDisabled();

  await selectWords(page, PARAGRAPH, 'kunjungan langka');
  await expect(page.getByTestId('comment-target')).toHaveText('On “kunjungan langka”');
  await review.getByLabel('Comment', { exact: true }).fill('Sumbernya siapa? Perlu atribusi.');
  await review.getByRole('button', { name: 'Comment', exact: true }).click();
  const threads = review.locator('.thread');
  await expect(threads).toHaveCount(1);
  await expect(threads.first()).toContainText('kunjungan langka');
  await expect(threads.first()).toContainText('Dewi Lestari (editor)');
  await expect(threads.first()).toContainText('Sumbernya siapa? Perlu atribusi.');
  await expect.poll(() => highlighted(page)).toEqual(['kunjungan langka']);

  // A figure is commented on as a whole: focus its caption, the target says so.
  await page.getByTestId('figure').getByLabel('Caption').focus();
  await expect(page.getByTestId('comment-target')).toHaveText('On the whole figure');
  await review.getByLabel('Comment', { exact: true }).fill('Foto ini perlu izin pemuatan.');
  await review.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(threads).toHaveCount(2);
  await expect(
    page.getByTestId('figure').locator('xpath=ancestor-or-self::*[@data-comment]'),
  ).toHaveCount(1);

  // A direct edit before the range moves the comment with its words.
  const paragraph = page.locator('.editor p', { hasText: PARAGRAPH });
  await caretAt(paragraph, 'start');
  await page.keyboard.type('Menurut sumber, ');
  await expect(paragraph).toContainText('Menurut sumber, Pertemuan kedua');
  await expect.poll(() => highlighted(page)).toEqual(['kunjungan langka']);
  await page.screenshot({ path: 'tests/artifacts/review-comments.png' });
  await expectNoSeriousA11yViolations(page, 'review panel with comments');

  await host.answer({ kind: 'save', path: target });
  await saveNow(page);
  let saved = readSaved();
  const onWords = saved.review?.comments.find((c) => c.anchor.quote === 'kunjungan langka');
  const para = saved.blocks.find((b) => b.id === onWords?.anchor.blockId);
  expect(para?.text?.slice(onWords?.anchor.start, onWords?.anchor.end)).toBe('kunjungan langka');
  expect(para?.text?.startsWith('Menurut sumber, ')).toBe(true);
  const onFigure = saved.review?.comments.find((c) => c.body.startsWith('Foto'));
  expect(saved.blocks.find((b) => b.id === onFigure?.anchor.blockId)?.type).toBe('figure');

  // The writer answers and resolves; the editor cannot be impersonated: the reply is the writer's.
  await actAs(page, 'Rina Kusuma', 'writer');
  const first = threads.filter({ hasText: 'kunjungan langka' });
  await first.getByLabel('Reply to Dewi Lestari').fill('Kemlu RRT, sudah saya tambahkan.');
  await first.getByRole('button', { name: 'Reply' }).click();
  await expect(first).toContainText('Rina Kusuma (writer)');
  await expect(first).toContainText('Kemlu RRT, sudah saya tambahkan.');
  // Only the author may delete a comment: the writer sees no Delete on the editor's.
  await expect(first.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await first.getByRole('button', { name: 'Resolve' }).click();
  await expect(first).toHaveAttribute('data-state', 'resolved');
  // Resolved threads go below the open ones and lose their highlight.
  await expect(threads.last()).toContainText('kunjungan langka');
  await expect.poll(() => highlighted(page)).toEqual([]);
  await saveNow(page);
  saved = readSaved();
  const done = saved.review?.comments.find((c) => c.anchor.quote === 'kunjungan langka');
  expect(done?.resolved).toBe(true);
  expect(done?.resolvedBy?.name).toBe('Rina Kusuma');
  expect(done?.replies.map((r) => [r.by.name, r.body])).toEqual([
    ['Rina Kusuma', 'Kemlu RRT, sudah saya tambahkan.'],
  ]);

  // "Show in text" selects the commented words again.
  await first.getByRole('button', { name: 'Show in text' }).click();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe('kunjungan langka');

  // Keyboard only: Shift+arrows select, Ctrl+Alt+M goes to the comment box, Tab to the button.
  const lede = page.locator('.editor p', { hasText: 'Menteri Luar Negeri' });
  await caretAt(lede, 'start');
  for (let i = 0; i < 'Menteri'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('comment-target')).toHaveText('On “Menteri”');
  await page.keyboard.press('Control+Alt+m');
  await expect(review.getByLabel('Comment', { exact: true })).toBeFocused();
  await page.keyboard.type('Jabatan lengkap?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(threads.filter({ hasText: 'Jabatan lengkap?' })).toContainText('Menteri');

  // Reopen brings it back to the top, highlighted again.
  await threads.last().getByRole('button', { name: 'Reopen' }).click();
  await expect(threads.first()).toContainText('kunjungan langka');
  await expect
    .poll(async () => (await highlighted(page)).sort())
    .toEqual(['Menteri', 'kunjungan langka']);
});

test('writer drafts, editor is refused approval, comments and edits; writer fixes and resolves; editor approves and exports', async ({
  page,
}) => {
  host = await startHost(ws, join(ws.dir, SEED_NAME));
  await openedSeed(page, host.url);
  const target = join(ws.dir, 'workflow.newsroom.json');
  const workflow = page.getByTestId('workflow');
  await expect(workflow).toHaveAttribute('data-status', 'draft');

  // The writer drafts, saves and submits.
  await actAs(page, 'Rina Kusuma', 'writer');
  await appendToParagraph(page, ' Kalimat penulis.');
  await host.answer({ kind: 'save', path: target });
  await saveNow(page);
  await workflow.getByRole('button', { name: 'Submit for review' }).click();
  await expect(workflow).toHaveAttribute('data-status', 'in-review');
  await expect(workflow).toContainText('In review');
  await expect(workflow).toContainText('Rina Kusuma (writer)');

  // The editor cannot approve while the checks show errors: the reasons, in plain words.
  await actAs(page, 'Dewi Lestari', 'editor');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  const blocked = page.getByTestId('approval-blocked');
  await expect(blocked).toContainText('Cannot approve yet:');
  await expect(blocked).toContainText('The photo has no image file or address.');
  await expect(blocked).toContainText('has no address.');
  await page.screenshot({ path: 'tests/artifacts/review-approval-blocked.png' });
  await expectNoSeriousA11yViolations(page, 'approval refused');
  await blocked.getByRole('button', { name: 'Close' }).click();
  await expect(workflow).toHaveAttribute('data-status', 'in-review');

  // The editor edits, saves, and comments on the related link as a whole.
  await appendToParagraph(page, ' Catatan redaktur.');
  await saveNow(page);
  await page.getByRole('tab', { name: 'Review' }).click();
  await page.getByTestId('related').getByLabel('URL').focus();
  await expect(page.getByTestId('comment-target')).toHaveText('On the whole related link');
  const review = page.getByTestId('review');
  await review.getByLabel('Comment', { exact: true }).fill('Alamat tautannya belum ada.');
  await review.getByRole('button', { name: 'Comment', exact: true }).click();
  await saveNow(page);

  // The writer fixes both errors, replies and resolves.
  await actAs(page, 'Rina Kusuma', 'writer');
  const png = writePng(ws.dir);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('figure').getByRole('button', { name: 'Choose image…' }).click();
  await (await chooser).setFiles(png);
  await expect(page.getByTestId('figure').locator('img')).toBeVisible();
  await page
    .getByTestId('related')
    .getByLabel('URL')
    .fill('https://www.medcom.id/internasional/asia/korea-utara-nuklir');
  await expect(page.locator('.checks__group--error')).toHaveCount(0);
  const thread = review.locator('.thread').first();
  await thread.getByLabel('Reply to Dewi Lestari').fill('Sudah saya isi.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toHaveAttribute('data-state', 'resolved');
  await saveNow(page);

  // The editor approves, then exports: the article is marked exported, by her.
  await actAs(page, 'Dewi Lestari', 'editor');
  await workflow.getByRole('button', { name: 'Approve' }).click();
  await expect(workflow).toHaveAttribute('data-status', 'approved');
  await expect(workflow).toContainText('Dewi Lestari (editor)');
  const html = await exportHtml(page, host, join(ws.dir, 'export'));
  await expect(workflow).toHaveAttribute('data-status', 'exported');
  await saveNow(page);

  // The export carries the accepted text and the credits, and no review talk.
  expect(html).toContain('bilateral. Kalimat penulis. Catatan redaktur.');
  expect(html).toContain('https://www.medcom.id/internasional/asia/korea-utara-nuklir');
  expect(html).toContain('class="credits"');
  expect(html).not.toContain('Alamat tautannya belum ada');
  expect(html).not.toContain('Sudah saya isi');

  // The ledger credits the editor for the approval, the writer for the saves.
  await page.getByRole('tab', { name: 'Credits' }).click();
  const ledger = page.getByTestId('ledger');
  await expect(ledger.locator('[data-person="Dewi Lestari"] [data-role="editor"]')).toContainText(
    'approval',
  );
  await expect(ledger.locator('[data-person="Rina Kusuma"] [data-role="writer"]')).toContainText(
    'saved revisions',
  );
  await page.screenshot({ path: 'tests/artifacts/review-ledger.png' });

  // History: four revisions by the two people (the editor's edit, then her comment, each a
  // step), each workflow step with who did it.
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByTestId('history');
  await expect(history.locator('.revision .revision__who')).toHaveText([
    /^Rina Kusuma \(writer\)/,
    /^Dewi Lestari \(editor\)/,
    /^Dewi Lestari \(editor\)/,
    /^Rina Kusuma \(writer\)/,
  ]);
  // Newest first: #3 is her comment.
  await expect(history.locator('.revision').nth(1)).toContainText('1 comment');
  await expect(page.getByTestId('status-steps').locator('.revision-step')).toHaveText([
    /Exported.*Dewi Lestari \(editor\)/,
    /Approved.*Dewi Lestari \(editor\)/,
    /In review.*Rina Kusuma \(writer\)/,
  ]);
  // First against last: the editor's words inserted, the figure's image and the link's address.
  await page.getByLabel('Compare revision 1').check();
  await page.getByLabel('Compare revision 4').check();
  const diff = page.getByTestId('diff');
  await expect(diff.locator('[data-op="changed"] .diff__text ins')).toHaveText([
    ' Catatan redaktur.',
  ]);
  await expect(diff.locator('.diff__attrs')).toHaveText([
    'src:  data:image/png;base64,…',
    'url:  https://www.medcom.id/internasional/asia/korea-utara-nuklir',
  ]);
  await expect(diff.locator('del')).toHaveCount(0);
  await page.screenshot({ path: 'tests/artifacts/review-history-final.png' });

  const saved = JSON.parse(readFileSync(target, 'utf8')) as {
    review: { status: string; revisions: unknown[] };
  };
  expect(saved.review.status).toBe('exported');
  expect(saved.review.revisions).toHaveLength(4);
});

test('suggestions made elsewhere are listed with their change; accept one, reject all; approval waits for them', async ({
  page,
}) => {
  // An article an editor suggested on from another desk (the core's API, as the CLI would).
  const file = join(ws.dir, 'suggested.newsroom.json');
  execFileSync(process.execPath, [
    join(REPO, 'bin', 'newsroom.mjs'),
    'import',
    SEED,
    '--out',
    file,
  ]);
  let article = ArticleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const editor = { by: { name: 'Dewi Lestari', role: 'editor' }, at: '2026-11-25T09:00:00.000Z' };
  const para = article.blocks.find(
    (b) => b.type === 'paragraph' && b.text.startsWith(PARAGRAPH),
  ) as { id: string; text: string };
  const at = para.text.indexOf('langka');
  article = suggestChange(
    article,
    { slot: { blockId: para.id }, start: at, end: at + 'langka'.length, text: 'bersejarah' },
    editor,
  ).article;
  const cut = para.text.indexOf(' hanya');
  article = suggestChange(
    article,
    { slot: { blockId: para.id }, start: cut, end: cut + ' hanya'.length, text: '' },
    editor,
  ).article;
  article = submitForReview(article, editor);
  writeFileSync(file, JSON.stringify(article));

  host = await startHost(ws, file);
  await page.goto(host.url);
  const paragraph = page.locator('.editor p', { hasText: PARAGRAPH });
  await expect(paragraph).toContainText('hanya beberapa pekan setelah kunjungan langka', {
    timeout: 30_000,
  });
  await actAs(page, 'Rina Kusuma', 'writer');
  await page.getByRole('tab', { name: 'Review' }).click();
  const list = page.getByTestId('suggestions');
  await expect(list).toContainText('2 open suggestions');
  const items = list.locator('.suggestion');
  await expect(items.first().locator('del')).toHaveText('langka');
  await expect(items.first().locator('ins')).toHaveText('bersejarah');
  await expect(items.first()).toContainText('Dewi Lestari (editor)');
  await expect(items.nth(1).locator('del')).toHaveText(' hanya');
  await expect(items.nth(1).locator('ins')).toHaveCount(0);
  await page.screenshot({ path: 'tests/artifacts/review-suggestions.png' });
  await expectNoSeriousA11yViolations(page, 'open suggestions');

  // Approval waits for them, and says so.
  await page.getByTestId('workflow').getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('approval-blocked')).toContainText(
    '2 suggestions are still open: accept or reject them first.',
  );
  await page.getByTestId('approval-blocked').getByRole('button', { name: 'Close' }).click();

  await list
    .getByRole('button', { name: /^Accept Dewi Lestari’s suggestion/ })
    .first()
    .click();
  await expect(paragraph).toContainText('hanya beberapa pekan setelah kunjungan bersejarah');
  await expect(list).toContainText('1 open suggestion');
  await list.getByRole('button', { name: 'Reject all' }).click();
  await expect(page.getByTestId('suggestions')).toHaveCount(0);
  await expect(paragraph).toContainText('hanya beberapa pekan');

  await host.answer({ kind: 'save', path: file });
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('Saved');
  const saved = ArticleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  expect(saved.review?.suggestions.map((s) => [s.state, s.decidedBy?.name])).toEqual([
    ['accepted', 'Rina Kusuma'],
    ['rejected', 'Rina Kusuma'],
  ]);
  const text = (saved.blocks.find((b) => b.id === para.id) as { text: string }).text;
  expect(text).toContain('hanya beberapa pekan setelah kunjungan bersejarah');
});

test('the review UI speaks Indonesian when the interface does', async ({ page }) => {
  host = await startHost(ws, join(ws.dir, SEED_NAME));
  await openedSeed(page, host.url);
  await actAs(page, 'Rina Kusuma', 'penulis');
  await page.getByLabel('Interface language').selectOption('id');
  await page.getByRole('tab', { name: 'Tinjauan' }).click();
  await expect(page.getByTestId('comment-target')).toHaveText(
    'Pilih kata di naskah, atau klik sebuah blok, untuk mengomentarinya (Ctrl+Alt+M).',
  );
  await selectWords(page, PARAGRAPH, 'kunjungan langka');
  await expect(page.getByTestId('comment-target')).toHaveText('Tentang “kunjungan langka”');
  await expect(page.getByTestId('workflow')).toContainText('Draf');
  await expect(
    page.getByTestId('workflow').getByRole('button', { name: 'Ajukan untuk ditinjau' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Riwayat' }).click();
  await expect(page.getByTestId('history')).toContainText('Belum ada revisi');
  // Saved revisions are summed up in Indonesian too.
  await host.answer({ kind: 'save', path: join(ws.dir, 'id.newsroom.json') });
  await saveNow(page, 'Tersimpan');
  await appendToParagraph(page, ' Dua kata.');
  await saveNow(page, 'Tersimpan');
  await expect(page.getByTestId('history').locator('.revision__summary')).toHaveText([
    '1 blok diubah (+2/−0 kata)',
    'Versi pertama yang disimpan',
  ]);
  await page.getByRole('tab', { name: 'Kredit' }).click();
  await expect(page.getByTestId('ledger')).toContainText('Catatan kredit');
  await expect(page.getByTestId('ledger')).toContainText('Willy Haryono');
  await page.screenshot({ path: 'tests/artifacts/review-id.png' });
  await expectNoSeriousA11yViolations(page, 'review UI in Indonesian');
});
