/** axe in states the page scan does not reach (every page is scanned in pages.spec.ts). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { coursePages, progressNotice, seedSavedProgress, waitForIslands, WCAG_TAGS } from './site.ts';

test('no violations with the progress notice and visited marks showing', async ({ page }) => {
  await seedSavedProgress(page, 'garbage');
  const first = coursePages().find((p) => /^nb\/[^/]+\/[^/]+\/index\.html$/.test(p))!;
  await page.goto(first);
  await waitForIslands(page);
  await expect(progressNotice(page)).not.toHaveText('');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
