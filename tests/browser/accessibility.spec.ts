/** axe finds no WCAG 2.2 A/AA violation on any page, before and after progress is shown. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, seedSavedProgress, waitForIslands } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// One test per page: a report names the page, and pages are checked in parallel.
for (const path of builtPages()) {
  test(`no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForIslands(page);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const report = violations.map((v) => `${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(report).toEqual([]);
  });
}

test('no violations with the progress notice and visited marks showing', async ({ page }) => {
  await seedSavedProgress(page, 'garbage');
  const first = builtPages().find((p) => /^nb\/[^/]+\/[^/]+\/index\.html$/.test(p) && !p.startsWith('nb/glossary') && !p.startsWith('nb/sources'))!;
  await page.goto(first);
  await waitForIslands(page);
  await expect(page.getByRole('status')).not.toHaveText('');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
