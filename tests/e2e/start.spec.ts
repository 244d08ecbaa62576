import { expect, test } from '@playwright/test';
import { SEED_NAME, headline, openedSeed, watchErrors } from './fixtures';
import { makeWorkspace, startHost } from './host';
import { join } from 'node:path';

test('the start-up requests go out before the app has loaded, and each is asked once', async ({
  page,
}) => {
  const ws = makeWorkspace();
  const host = await startHost(ws, join(ws.dir, SEED_NAME));
  const errors = watchErrors(page);
  try {
    const asked: string[] = [];
    page.on('request', (r) => {
      const m = /\/ipc\/([^?]+)$/.exec(r.url());
      if (m) asked.push(decodeURIComponent(m[1]!));
    });
    await openedSeed(page, host.url);
    const order = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const app = entries.find((e) => /\/assets\/start-[^/]+\.js$/.test(e.name));
      const take = entries.find((e) => e.name.endsWith('/ipc/app%3AtakePendingOpens'));
      const started = performance.getEntriesByName('newsroom:start')[0];
      return {
        appScript: Boolean(app),
        takeSent: take?.startTime ?? Infinity,
        appStarted: started?.startTime ?? -1,
      };
    });
    // The app's code is preloaded by the page (not fetched by script after the entry ran), and
    // the draft was asked for before that code had even been evaluated.
    expect(order.appScript).toBe(true);
    expect(order.takeSent).toBeLessThan(order.appStarted);
    const start = ['app:info', 'settings:get', 'app:takePendingOpens', 'recovery:list'];
    for (const channel of start) expect(asked.filter((c) => c === channel)).toHaveLength(1);
    expect(errors).toEqual([]);
  } finally {
    await host.stop(page);
    ws.cleanup();
  }
});

test('a page opened without the host token says what to do instead of showing a blank window', async ({
  page,
}) => {
  const ws = makeWorkspace();
  const host = await startHost(ws);
  try {
    await page.goto(host.origin + '/');
    await expect(page.getByRole('alert')).toContainText(
      'This page was opened without the token the host prints.',
    );
    await expect(headline(page)).toHaveCount(0);
  } finally {
    await host.stop(page);
    ws.cleanup();
  }
});
