/**
 * A learner takes the whole course with the keyboard alone, in nb: from the home page
 * through every lesson in order to the final assessment, answered right, to a course
 * shown as done and passed. Only Tab, Shift+Tab, Enter, Space and arrow keys; no clicks
 * and no navigation but the learner's own. On every page the first Tab reaches the skip
 * link; focus never falls onto the page body after an action and never gets stuck; what
 * the learner is told comes through live regions. (keyboard-walk.spec.ts walks one module
 * in sv and en; blocks.spec.ts every module's blocks.)
 */
import { expect, test, type Page } from '@playwright/test';
import type { ChoiceBlock } from '../../src/content/block-schemas.ts';
import { course, fill, strings } from './course.ts';
import { answerShownByKeyboard, chooseByKeyboard, pressByKeyboard, rightOptions } from './answer.ts';
import { guardNetwork, tabTo, waitForIslands } from './site.ts';

const lang = 'nb';
const s = strings[lang];
const lessons = course.modules.flatMap((m) => m.lessons);
const pool = course.assessment.questions.map((q) => q.text[lang]);
const quiz = course.blocks.find((b) => b.type === 'choice')!;

/** After an action on the page (not a page load), focus is on an element, not the page body. */
async function expectFocusKept(page: Page, what: string) {
  const focused = await page.evaluate(() => document.activeElement && document.activeElement !== document.body ? document.activeElement.outerHTML.slice(0, 80) : null);
  expect(focused, `focus after ${what}`).not.toBeNull();
}

/** A page has just loaded: the first Tab reaches the skip link, visible as it gets focus. */
async function expectSkipLinkFirst(page: Page) {
  await waitForIslands(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: s.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
}

test('a learner takes the whole course and the final assessment with the keyboard only (nb)', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await guardNetwork(page);
  await page.goto(`${lang}/index.html`);
  await expectSkipLinkFirst(page);
  await expect(page.getByText(fill(s.courseProgressText, { done: 0, total: lessons.length }))).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: s.startCourse }));
  await page.keyboard.press('Enter');

  for (const [n, lesson] of lessons.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.text[lang].title);
    await expectSkipLinkFirst(page);
    // The skip link takes the learner past the header, straight to the lesson.
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    if (lesson.key === quiz.lessonKey) {
      // Answering a knowledge check on the way: the verdict is announced and focus stays put.
      const q = quiz.text[lang] as ChoiceBlock;
      const root = page.locator(`section[aria-labelledby="choice-${q.id}-kind"]`);
      await chooseByKeyboard(page, root.locator('input'), q.multiple, rightOptions(q.options));
      await tabTo(page, root.getByRole('button', { name: s.checkAnswer }));
      await page.keyboard.press('Enter');
      await expect(root.getByRole('status')).toHaveText(s.resultCorrect);
      await expectFocusKept(page, 'checking an answer');
    }
    const next = page.getByRole('link', { name: new RegExp(`^${s.next}`) });
    await tabTo(page, next, 300);
    await expect(next).toContainText(n + 1 < lessons.length ? lessons[n + 1].text[lang].title : s.assessmentTitle);
    await page.keyboard.press('Enter');
  }

  // The final assessment.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.assessmentTitle);
  await expectSkipLinkFirst(page);
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentStart }));
  // One question at a time: focus on each question's heading, answered, then on to the next.
  const total = course.assessment.drawn;
  for (let n = 1; n <= total; n++) {
    await expect(page.getByRole('heading', { name: fill(s.assessmentQuestion, { n, total }) })).toBeFocused();
    await answerShownByKeyboard(page, pool);
    await pressByKeyboard(page, page.getByRole('button', { name: n < total ? s.assessmentNext : s.assessmentToReview }));
    await expectFocusKept(page, 'moving on');
  }
  await expect(page.getByRole('heading', { name: s.assessmentReviewHeading })).toBeFocused();
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentSubmit }), 80);
  await expect(page.getByRole('heading', { name: s.assessmentConfirmHeading })).toBeFocused();
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentConfirmSubmit }));
  await expect(page.getByRole('heading', { name: s.assessmentResult })).toBeFocused();
  const score = fill(s.assessmentScore, { score: 100, right: total, total });
  await expect(page.getByRole('status').filter({ hasText: score })).toContainText(fill(s.assessmentPassed, { mastery: course.masteryScore }));

  // Back to the course home: Shift+Tab up to the main menu, as a learner at the end of a page would.
  const home = page.getByRole('navigation', { name: s.navLabel }).getByRole('link', { name: s.navHome });
  for (let i = 0; i < 200 && !(await home.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
    await expectFocusKept(page, 'Shift+Tab');
  }
  await expect(home).toBeFocused();
  await page.keyboard.press('Enter');
  // The home page has loaded before the first Tab: pressed during the navigation, it would land on the old page.
  await page.waitForURL((url) => url.pathname.endsWith(`/${lang}/index.html`));
  await expectSkipLinkFirst(page);
  await expect(page.getByText(fill(s.courseProgressText, { done: lessons.length, total: lessons.length }))).toBeVisible();
  expect(problems).toEqual([]);
});
