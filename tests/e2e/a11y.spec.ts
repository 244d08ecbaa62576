import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { SEED_NAME, expectNoSeriousA11yViolations, openedSeed } from './fixtures';
import { makeWorkspace, startHost } from './host';

for (const theme of ['light', 'dark'] as const) {
  test(`axe-core: no serious or critical violations in the main views (${theme})`, async ({
    page,
  }) => {
    const ws = makeWorkspace();
    const host = await startHost(ws, join(ws.dir, SEED_NAME));
    try {
      await openedSeed(page, host.url);
      await page.getByLabel('Theme').selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoSeriousA11yViolations(page, `editor + checks (${theme})`);
      await page.getByRole('tab', { name: 'Credits' }).click();
      await expectNoSeriousA11yViolations(page, `credits (${theme})`);
      await page.getByRole('tab', { name: 'Details' }).click();
      await expectNoSeriousA11yViolations(page, `details (${theme})`);
      await page.keyboard.press('Control+e');
      await expect(page.getByTestId('export-dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page, `export dialog (${theme})`);
      await page.screenshot({ path: `tests/artifacts/export-dialog-${theme}.png` });
    } finally {
      await host.stop(page);
      ws.cleanup();
    }
  });
}
