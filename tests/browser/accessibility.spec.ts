/** axe in states the page scan does not reach (every page is scanned in pages.spec.ts). */
import { expect, test } from '@playwright/test';
import { axeViolations, coursePages, progressNotice, seedSavedProgress, waitForIslands } from './site.ts';

test('no violations with the progress notice and visited marks showing', async ({ page }) => {
  await seedSavedProgress(page, 'garbage');
  const first = coursePages().find((p) => /^nb\/[^/]+\/[^/]+\/index\.html$/.test(p))!;
  await page.goto(first);
  await waitForIslands(page);
  await expect(progressNotice(page)).not.toHaveText('');
  expect(await axeViolations(page)).toEqual([]);
});

test('diagrams pass axe in light and dark with their text versions opened by keyboard, and a phone gets the narrow drawing', async ({ page }) => {
  // The evidence module's two charts (international trials; Norwegian figures), whose text versions are tables.
  for (const lesson of ['trials', 'nordic-trials']) {
    await page.goto(`nb/evidence/${lesson}/index.html`);
    await expect(page.locator('figure.diagram'), lesson).toHaveCount(1);
    await page.locator('figure.diagram summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('figure.diagram details[open] table'), lesson).toHaveCount(1);
    // pages.spec.ts scans the whole page; here only the figures, in both schemes, with their tables showing.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, 'figure.diagram'), `${lesson}, ${colorScheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await expect(page.locator('.diagram__svg--wide').first()).toBeVisible();
  await expect(page.locator('.diagram__svg--narrow').first()).toBeHidden();
  await page.setViewportSize({ width: 320, height: 720 });
  await expect(page.locator('.diagram__svg--narrow').first()).toBeVisible();
  await expect(page.locator('.diagram__svg--wide').first()).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
