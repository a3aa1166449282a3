/** A printed lesson is the lesson itself: text and sources, without navigation or progress. */
import { expect, test } from '@playwright/test';
import { course, strings } from './course.ts';
import { waitForIslands } from './site.ts';

const lesson = course.modules.find((m) => m.id === 'history')!.lessons[1];

test('printing a lesson keeps its text and sources and drops navigation', async ({ page }) => {
  const s = strings.en;
  await page.goto(`en/${lesson.moduleId}/${lesson.id}/index.html`);
  await waitForIslands(page);
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text.en.title);
  await expect(page.getByRole('heading', { name: s.lessonSourcesHeading })).toBeVisible();
  await expect(page.locator('main article p').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: s.navLabel })).toBeHidden();
  await expect(page.getByRole('navigation', { name: s.languageLabel })).toBeHidden();
  await expect(page.getByRole('link', { name: new RegExp(`^${s.next}`) })).toBeHidden();
  await expect(page.getByRole('progressbar')).toBeHidden();

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
