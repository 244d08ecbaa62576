import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_NAME, caretAt, openedSeed } from './fixtures';
import { REPO, makeWorkspace, startHost } from './host';

const corpus = JSON.parse(
  readFileSync(join(REPO, 'tests', 'fixtures', 'xss', 'corpus.json'), 'utf8'),
) as { payloads: string[]; links: string[] };

/**
 * The XSS corpus (tests/fixtures/xss/corpus.json) pasted into the editor, as HTML and as plain
 * text, one payload after another into a paragraph of the open seed: nothing runs
 * (alert/confirm/prompt/print hooked, real dialogs counted) and nothing is fetched from another
 * origin. The import → export → Chromium half is tests/security/xssChromium.test.ts.
 */
test('pasting the XSS corpus into the editor runs nothing and fetches nothing from elsewhere', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const ws = makeWorkspace();
  const host = await startHost(ws, join(ws.dir, SEED_NAME));
  const ran: string[] = [];
  const foreign: string[] = [];
  await page.exposeBinding('__xssHit', (_src, kind: string, arg: string) => {
    ran.push(`${kind}(${arg})`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & {
      __xssHit: (k: string, a: string) => void;
    };
    for (const kind of ['alert', 'confirm', 'prompt', 'print']) {
      w[kind] = (arg?: unknown) => {
        void w.__xssHit(kind, String(arg));
        return null;
      };
    }
  });
  page.on('dialog', (d) => {
    ran.push(`dialog ${d.type()}(${d.message()})`);
    void d.dismiss().catch(() => undefined);
  });
  const origin = new URL(host.url).origin;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
      return;
    }
    foreign.push(url);
    await route.abort('blockedbyclient');
  });
  try {
    await openedSeed(page, host.url);
    const paragraph = page.locator('.editor p', { hasText: 'Awal September lalu' });
    await caretAt(paragraph.first(), 'start');
    // One paste after another: the caret stays where each paste left it.
    for (const [i, payload] of corpus.payloads.entries()) {
      const link = corpus.links[i % corpus.links.length]!;
      await page.getByTestId('editor').evaluate(
        (el, { html, text }) => {
          for (const [type, value] of [
            ['text/html', html],
            ['text/plain', text],
          ] as const) {
            const data = new DataTransfer();
            data.setData(type, value);
            el.dispatchEvent(
              new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
            );
          }
        },
        { html: `${payload}<a href="${link.replace(/"/g, '&quot;')}">tautan</a>`, text: payload },
      );
    }
    // Let handlers of anything that slipped through (onerror, onload, autofocus) have their turn.
    await page.waitForTimeout(500);
    const live = await page.getByTestId('editor').evaluate((el) => ({
      scripts: el.querySelectorAll('script, iframe, object, embed, form, base').length,
      handlers: [...el.querySelectorAll('*')].flatMap((n) =>
        [...n.attributes]
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${n.localName}[${a.name}]`),
      ),
      hrefs: [...el.querySelectorAll('[href], [src]')]
        .map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? '')
        .filter((u) => /^\s*(javascript|vbscript|data:text)/i.test(u)),
    }));
    // The pastes landed: the HTML ones' link words and the plain ones' literal markup are text.
    const editorText = await page.getByTestId('editor').innerText();
    expect(editorText.match(/tautan/g)?.length ?? 0).toBeGreaterThan(10);
    expect(editorText).toContain("{{constructor.constructor('alert(57)')()}}");
    expect(ran).toEqual([]);
    expect(foreign).toEqual([]);
    expect(live).toEqual({ scripts: 0, handlers: [], hrefs: [] });
    // The editor is still the editor: typing works after all that.
    await page.keyboard.type(' Selesai.');
    await expect(page.getByTestId('editor')).toContainText('Selesai.');
  } finally {
    await host.stop(page);
    ws.cleanup();
  }
});
