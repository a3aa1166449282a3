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
