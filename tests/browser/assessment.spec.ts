/** The final assessment: drawn from the pool, answered with the keyboard, kept across a reload, scored and explained. */
import { expect, test } from '@playwright/test';
import { course, fill, strings } from './course.ts';
import { axeViolations, guardNetwork, tabTo, waitForIslands } from './site.ts';
import { chooseByKeyboard, rightOptions } from './answer.ts';

const lang = 'nb';
const s = strings[lang];
const pool = course.assessment.questions.map((q) => q.text[lang]);

test('a learner takes the final assessment with the keyboard, leaves mid-way, returns and passes', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await guardNetwork(page);
  await page.goto(`${lang}/assessment/index.html`);
  await waitForIslands(page);
  await tabTo(page, page.getByRole('button', { name: s.assessmentStart }));
  await page.keyboard.press('Enter');

  const questions = page.locator('.assessment__question');
  await expect(questions).toHaveCount(course.assessment.drawn);
  // Focus moves to the first question, and every module is represented.
  await expect(questions.first().locator('legend')).toBeFocused();
  const texts = await questions.locator('.assessment__text').allTextContents();
  const drawn = texts.map((t) => pool.find((q) => q.question === t)!);
  expect(new Set(drawn.map((q) => course.assessment.questions.find((x) => x.text[lang] === q)!.module)).size).toBe(course.modules.length);

  const answer = (n: number) => chooseByKeyboard(page, questions.nth(n).locator('input'), drawn[n].multiple, rightOptions(drawn[n].options));
  for (let n = 0; n < 5; n++) await answer(n);

  // Submitting with questions left says how many.
  await tabTo(page, page.getByRole('button', { name: s.assessmentSubmit }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText(fill(s.assessmentUnanswered, { n: drawn.length - 5 }))).toBeVisible();

  // Leaving and coming back keeps the same questions and answers.
  await page.reload();
  await waitForIslands(page);
  await expect(questions.locator('.assessment__text')).toHaveText(texts);
  for (let n = 0; n < 5; n++) await expect(questions.nth(n).locator('input:checked')).not.toHaveCount(0);

  for (let n = 5; n < drawn.length; n++) await answer(n);
  await tabTo(page, page.getByRole('button', { name: s.assessmentSubmit }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: s.assessmentResult })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: fill(s.assessmentScore, { score: 100, right: drawn.length, total: drawn.length }) })).toBeVisible();
  await expect(page.getByText(fill(s.assessmentPassed, { mastery: course.masteryScore }))).toBeVisible();
  // Every option now explains itself.
  await expect(page.locator('.option__feedback')).toHaveCount(drawn.reduce((n, q) => n + q.options.length, 0));
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: s.assessmentResult })).toBeVisible();
  await expect(page.getByRole('button', { name: s.assessmentRetake })).toBeVisible();
  expect(problems).toEqual([]);
});
