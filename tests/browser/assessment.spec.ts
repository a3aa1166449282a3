/**
 * The final assessment, one question at a time, with the keyboard: "Question n of 15", previous
 * and next, the place kept across a reload, the review list, the confirmation that says how many
 * are unanswered, and the results with the breakdown by module, its lessons to revisit and every
 * question explained; axe on each of these states. Then a saved answer that no longer fits its
 * question is dropped and the learner told which. One page load for most of it.
 */
import { expect, test, type Page } from '@playwright/test';
import { course, fill, strings } from './course.ts';
import { axeViolations, guardNetwork, tabTo, waitForIslands } from './site.ts';
import { answerShownByKeyboard, pressByKeyboard, shownQuestion } from './answer.ts';
import { STORAGE_KEY } from '../../src/tracking/browser-backend.ts';

const lang = 'nb';
const s = strings[lang];
const pool = course.assessment.questions.map((q) => q.text[lang]);
const total = course.assessment.drawn;
const moduleOf = (question: string) => course.assessment.questions.find((q) => q.text[lang].question === question)!.module;
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });
const position = (page: Page, n: number) => heading(page, fill(s.assessmentQuestion, { n, total }));

test('one question at a time with the keyboard: previous/next, reload, review, confirmation, results by module', async ({ page }) => {
  test.setTimeout(150_000);
  const problems = await guardNetwork(page);
  await page.goto(`${lang}/assessment/index.html`);
  await waitForIslands(page);
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentStart }));

  // One question on screen, its heading focused, and the real count.
  await expect(position(page, 1)).toBeFocused();
  await expect(shownQuestion(page)).toHaveCount(1);
  expect(await axeViolations(page, '.assessment')).toEqual([]);

  // The first question answered wrong on purpose, the rest right: passed, with one module to revisit.
  const asked = [await answerShownByKeyboard(page, pool, { wrong: true })];
  const firstChoice = await shownQuestion(page).locator('input:checked').getAttribute('value');
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentNext }));
  await expect(position(page, 2)).toBeFocused();
  await expect(page.getByRole('button', { name: s.assessmentPrevious })).toBeVisible();
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentPrevious }));
  await expect(position(page, 1)).toBeFocused();
  await expect(shownQuestion(page).locator('input:checked')).toHaveAttribute('value', firstChoice!);
  // No way back from the first question.
  await expect(page.getByRole('button', { name: s.assessmentPrevious })).toHaveCount(0);
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentNext }));

  for (let n = 2; n <= 5; n++) {
    await expect(position(page, n)).toBeFocused();
    asked.push(await answerShownByKeyboard(page, pool));
    await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentNext }));
  }

  // A reload comes back to question 6, with the answers given.
  await expect(position(page, 6)).toBeFocused();
  const sixth = (await shownQuestion(page).locator('.assessment__text').textContent())!;
  await page.reload();
  await waitForIslands(page);
  await expect(position(page, 6)).toBeVisible();
  await expect(shownQuestion(page).locator('.assessment__text')).toHaveText(sixth);

  // The review list: every question, answered or not in words, each a way to its question.
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentToReview }));
  await expect(heading(page, s.assessmentReviewHeading)).toBeFocused();
  const items = page.locator('.assessment__review-item');
  await expect(items).toHaveCount(total);
  await expect(page.getByText(fill(s.assessmentReviewCount, { answered: 5, total }))).toBeVisible();
  await expect(items.filter({ hasText: s.assessmentReviewUnanswered })).toHaveCount(total - 5);
  for (const [i, q] of asked.entries()) await expect(items.nth(i)).toContainText(q.question);
  await expect(items.nth(0)).toContainText(s.assessmentReviewAnswered);
  expect(await axeViolations(page, '.assessment')).toEqual([]);

  // Submitting with questions open: the confirmation says how many, and leads to the first.
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentSubmit }), 80);
  await expect(heading(page, s.assessmentConfirmHeading)).toBeFocused();
  await expect(page.getByText(fill(s.assessmentUnanswered, { n: total - 5 }))).toBeVisible();
  await expect(page.getByRole('button', { name: s.assessmentConfirmSubmit })).toHaveCount(0);
  expect(await axeViolations(page, '.assessment')).toEqual([]);
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentFirstUnanswered }));
  await expect(position(page, 6)).toBeFocused();

  for (let n = 6; n <= total; n++) {
    await expect(position(page, n)).toBeFocused();
    asked.push(await answerShownByKeyboard(page, pool));
    if (n < total) await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentNext }));
  }
  await expect(page.getByRole('button', { name: s.assessmentNext })).toHaveCount(0);
  // Every module is represented in the draw.
  expect(new Set(asked.map((q) => moduleOf(q.question))).size).toBe(course.modules.length);

  // From the review list back to a question, then on to submitting.
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentToReview }));
  await expect(items.filter({ hasText: s.assessmentReviewUnanswered })).toHaveCount(0);
  await pressByKeyboard(page, items.nth(2));
  await expect(position(page, 3)).toBeFocused();
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentToReview }));
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentSubmit }), 80);
  await expect(page.getByText(fill(s.assessmentConfirmReady, { total }))).toBeVisible();
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentConfirmSubmit }));

  // The results: announced (focus on the heading, a status), the score against the pass mark.
  await expect(heading(page, s.assessmentResult)).toBeFocused();
  const score = Math.round(((total - 1) / total) * 100);
  await expect(page.getByRole('status').filter({ hasText: fill(s.assessmentScore, { score, right: total - 1, total }) }))
    .toContainText(fill(s.assessmentPassed, { mastery: course.masteryScore }));

  // By module: right of asked, and the lessons of the module with the wrong answer to revisit.
  const rows = page.locator('.assessment__module');
  await expect(rows).toHaveCount(course.modules.length);
  const missed = course.modules.find((m) => m.id === moduleOf(asked[0].question))!;
  const missedAsked = asked.filter((q) => moduleOf(q.question) === missed.id).length;
  const row = rows.filter({ has: page.getByRole('link', { name: missed.text[lang].title, exact: true }) });
  await expect(row).toContainText(fill(s.assessmentModuleRight, { right: missedAsked - 1, asked: missedAsked }));
  const revisit = row.locator('.assessment__lessons a');
  await expect(revisit).toHaveText(missed.lessons.map((l) => l.text[lang].title));
  for (const [i, l] of missed.lessons.entries()) await expect(revisit.nth(i)).toHaveAttribute('href', `../${missed.id}/${l.id}/index.html`);
  await expect(rows.filter({ hasText: s.assessmentRevisit })).toHaveCount(1);
  await expect(rows.filter({ hasText: '✓' })).toHaveCount(course.modules.length - 1);

  // Every question with the learner's answer, the right one and why.
  const answers = page.locator('.assessment__answer');
  await expect(answers).toHaveCount(total);
  const wrongly = asked[0];
  const chosen = wrongly.options[Number(firstChoice)];
  await expect(answers.first()).toContainText(`✗ ${s.assessmentAnsweredWrong}`);
  await expect(answers.first()).toContainText(`${s.assessmentYourAnswer}✗ ${s.answerWrong}: ${chosen.text}${chosen.feedback}`);
  for (const o of wrongly.options.filter((x) => x.correct)) await expect(answers.first()).toContainText(`✓ ${s.answerRight}: ${o.text}${o.feedback}`);
  await expect(answers.first()).toContainText(s.assessmentRightAnswer);
  await expect(answers.nth(1)).toContainText(`✓ ${s.assessmentAnsweredRight}`);
  await expect(answers.nth(1)).not.toContainText(s.assessmentRightAnswer);
  // The learner's options, and the right ones where the answer was wrong, each with why.
  const explained = asked.reduce((n, q, i) => n + q.options.filter((o) => o.correct).length + (i === 0 ? 1 : 0), 0);
  await expect(page.locator('.assessment__answer .option__feedback')).toHaveCount(explained);
  expect(await axeViolations(page, '.assessment')).toEqual([]);

  // The results stay after a reload; a new attempt opens at its first question.
  await page.reload();
  await waitForIslands(page);
  await expect(heading(page, s.assessmentResult)).toBeVisible();
  await pressByKeyboard(page, page.getByRole('button', { name: s.assessmentRetake }));
  await expect(position(page, 1)).toBeFocused();
  await expect(heading(page, s.assessmentResult)).toHaveCount(0);

  // A saved answer that no longer fits its question (here: an option mask that names no option) is dropped and named.
  await answerShownByKeyboard(page, pool);
  await page.evaluate((key) => {
    const parts = localStorage.getItem(key)!.split('~');
    const fields = parts[3].split(':');
    fields[6] = `*${fields[6].slice(1)}`;
    parts[3] = fields.join(':');
    localStorage.setItem(key, parts.join('~'));
  }, STORAGE_KEY);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText(fill(s.assessmentDropped, { questions: '1' }))).toBeVisible();
  await expect(page.getByText(s.assessmentDroppedHere)).toBeVisible();
  await expect(shownQuestion(page).locator('input:checked')).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: s.assessmentToReview }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.assessment__review-item').first()).toContainText(s.assessmentReviewDropped);
  expect(problems).toEqual([]);
});
