/**
 * The window dies while the main process lives (Electron's `render-process-gone`, e.g. after
 * `process.crash()` in the renderer): the typing since the last save exists only as a recovery
 * copy of this very launch. Copies of the running launch are normally not offered (that run
 * still holds them), and closing the dead window would discard them with its documents, so
 * `DocumentService.abandonAll` lets the documents go without discarding anything and has their
 * copies offered to the reloaded window. Checked here through the handler table.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { nativeText, seed, tempDir } from '../services/support';
import { startApp } from './support';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ path: dir, cleanup } = await tempDir('newsroom-renderer-crash-'));
});
afterEach(async () => cleanup());

interface Opened {
  document: { token: string; recovered: boolean; hasFile: boolean; name: string };
  article: Article;
}

function value<T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

/** The app with the story open and a recovery copy of a typed edit written. */
async function typedAndCopied() {
  const app = await startApp(join(dir, 'ud'));
  const file = join(dir, 'banjir.newsroom.json');
  const original = nativeText(await seed());
  await writeFile(file, original);
  app.dialogs.enqueue({ kind: 'open', path: file });
  const opened = value<Opened>(await app.call('document:open', {}));
  const typed: Article = {
    ...opened.article,
    headline: `${opened.article.headline} — diketik sebelum jendela mati`,
  };
  value(await app.call('recovery:write', { token: opened.document.token, article: typed }));
  return { ...app, file, original, token: opened.document.token, typed };
}

const listed = async (call: Awaited<ReturnType<typeof startApp>>['call']) =>
  value<{ entries: { id: string; headline: string; name: string }[] }>(
    await call('recovery:list', {}),
  ).entries;

describe('the window dies, the main process lives', () => {
  it('while the window lives, its own copy is not offered (the document still holds it)', async () => {
    const app = await typedAndCopied();
    expect(await listed(app.call)).toEqual([]);
  });

  it('after abandonAll the reloaded window is offered the typed draft and restores it recovered and unsaved; the original is untouched', async () => {
    const app = await typedAndCopied();
    const released = await app.ctx.documents.abandonAll();
    expect(released).toHaveLength(1);

    // The dead window's token is gone: nothing it queued later can write.
    expect(
      await app.call('recovery:write', { token: app.token, article: app.typed }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const entries = await listed(app.call);
    expect(entries.map((e) => [e.id, e.name, e.headline])).toEqual([
      [released[0], 'banjir.newsroom.json', app.typed.headline],
    ]);
    const restored = value<Opened>(await app.call('recovery:restore', { id: released[0] }));
    expect(restored.document).toMatchObject({
      recovered: true,
      hasFile: true,
      name: 'banjir.newsroom.json',
    });
    expect(restored.article).toEqual(app.typed);
    expect(await readFile(app.file, 'utf8')).toBe(app.original);
    // Restored, it belongs to the window again: not offered twice.
    expect(await listed(app.call)).toEqual([]);

    // Saving it writes the original (checked against the hash it had) and drops the copy.
    value(
      await app.call('document:save', {
        token: restored.document.token,
        article: restored.article,
      }),
    );
    expect(JSON.parse(await readFile(app.file, 'utf8')).headline).toBe(app.typed.headline);
    expect(await readdir(join(dir, 'ud', 'recovery'))).toEqual([]);
  });

  it('closing the dead window after abandonAll keeps the copy, and the next launch offers it', async () => {
    const app = await typedAndCopied();
    const [id] = await app.ctx.documents.abandonAll();
    // What main does when the window closes: a clean close of every open document.
    await app.ctx.documents.closeAll();
    expect(await readdir(join(dir, 'ud', 'recovery'))).toEqual([`${id}.json`]);

    const next = await startApp(join(dir, 'ud'));
    expect((await listed(next.call)).map((e) => [e.id, e.headline])).toEqual([
      [id, app.typed.headline],
    ]);
  });

  it('without abandonAll, closing the window discards the copy (why main must call it first)', async () => {
    const app = await typedAndCopied();
    await app.ctx.documents.closeAll();
    expect(await readdir(join(dir, 'ud', 'recovery'))).toEqual([]);
  });
});
