/**
 * A locked-down headless Chromium (Debian's, via playwright-core) for loading exported pages:
 * every network request is aborted and counted, and alert/confirm/prompt/print are hooked in
 * every frame and reported back, as are real dialogs.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where the page under test pretends to live; the only URL the route answers. */
export const PAGE_URL = 'https://newsroom.test/article.html';

export interface Trap {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Script that ran: which hook, in which frame, with what argument. */
  executions: string[];
  /** Every request other than the page itself (all aborted), as "type url". */
  requests: string[];
  load(html: string): Promise<void>;
  close(): Promise<void>;
}

export async function openTrap(): Promise<Trap> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ javaScriptEnabled: true });
  const executions: string[] = [];
  const requests: string[] = [];
  let html = '';
  await context.exposeBinding('__xssHit', ({ frame }, kind: string, arg: string) => {
    executions.push(`${kind}(${arg}) in ${frame.url()}`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & {
      __xssHit: (k: string, a: string) => void;
    };
    for (const kind of ['alert', 'confirm', 'prompt', 'print']) {
      w[kind] = (arg?: unknown) => {
        void w.__xssHit(kind, String(arg));
        return kind === 'confirm' ? false : null;
      };
    }
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === PAGE_URL && route.request().isNavigationRequest()) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    await route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    executions.push(`dialog ${d.type()}(${d.message()})`);
    void d.dismiss().catch(() => undefined);
  });
  // Counted here rather than in the route, so requests the route never sees count too.
  page.on('request', (r) => {
    const url = r.url();
    if (url !== PAGE_URL && !url.startsWith('data:')) requests.push(`${r.resourceType()} ${url}`);
  });
  return {
    browser,
    context,
    page,
    executions,
    requests,
    async load(next: string) {
      html = next;
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      // Let error and load handlers of aborted resources, and autofocus, have their turn.
      await page.waitForTimeout(20);
    },
    close: () => browser.close(),
  };
}

/** What in the loaded page could run or fetch: the DOM after parsing, as Chromium sees it. */
export async function liveSurface(page: Page): Promise<{
  scripts: number;
  handlers: string[];
  unsafeUrls: string[];
  embeds: number;
}> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const handlers = all.flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `${el.localName}[${a.name}]`),
    );
    const unsafeUrls: string[] = [];
    for (const el of all) {
      for (const attr of [
        'href',
        'src',
        'action',
        'formaction',
        'xlink:href',
        'data',
        'srcset',
        'poster',
      ]) {
        const v = el.getAttribute(attr);
        if (v === null) continue;
        let protocol: string;
        try {
          protocol = new URL(v, document.baseURI).protocol;
        } catch {
          continue;
        }
        if (!['http:', 'https:', 'mailto:'].includes(protocol))
          unsafeUrls.push(`${el.localName}[${attr}]=${v}`);
      }
    }
    return {
      scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
      handlers,
      unsafeUrls,
      embeds: document.querySelectorAll('iframe, object, embed, frame, frameset, base, form')
        .length,
    };
  });
}
