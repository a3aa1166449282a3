/** A learner walks through the history module in sv and en with the keyboard only, from the module page (course-walk.spec.ts takes the whole course in nb; blocks.spec.ts walks every module's blocks). */
import { expect, test } from '@playwright/test';
import { course, fill, languages, strings } from './course.ts';
import { guardNetwork, tabTo, waitForIslands } from './site.ts';

const module = course.modules.find((m) => m.id === 'history')!;

for (const lang of languages.filter((l) => l !== 'nb')) {
  test(`keyboard-only walk through "${module.id}" in ${lang}`, async ({ page }) => {
    const s = strings[lang];
    const problems = await guardNetwork(page);
    await page.goto(`${lang}/index.html`);
    await waitForIslands(page);

    // The first Tab reaches the skip link, which is visible when focused.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: s.skipToContent });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    await tabTo(page, page.getByRole('link', { name: module.text[lang].title, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.text[lang].title);
    await expect(page.getByRole('heading', { name: s.objectivesHeading })).toBeVisible();
    await waitForIslands(page);

    await tabTo(page, page.getByRole('link', { name: s.startModule }));
    await page.keyboard.press('Enter');

    for (const lesson of module.lessons) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text[lang].title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByText(fill(s.lessonPosition, { n: lesson.index + 1, total: module.lessons.length }))).toBeVisible();
      await waitForIslands(page);
      await expect(page.getByText(fill(s.progressText, { done: lesson.index + 1, total: module.lessons.length }))).toBeVisible();
      if (lesson.index === module.lessons.length - 1) {
        await expect(page.getByRole('heading', { name: s.keyPointsHeading })).toBeVisible();
        break;
      }
      await tabTo(page, page.getByRole('link', { name: new RegExp(`^${s.next}`) }), 200);
      await page.keyboard.press('Enter');
    }
    expect(problems).toEqual([]);
  });
}
