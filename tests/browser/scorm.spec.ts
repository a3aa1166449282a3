/**
 * The built SCORM zips, launched in the LMS preview (scorm-again as the LMS),
 * for SCORM 1.2 and 2004: a learner takes lessons and the final assessment and
 * the LMS records completion, success, score and interactions; a learner who
 * closes the course mid-way resumes at the same lesson with every answer; an
 * LMS that refuses commits loses nothing once it recovers.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ChoiceBlock } from '../../src/content/block-schemas.ts';
import { LEARNERS } from '../../src/preview/app/preview-learners.ts';
import { course, fill } from './course.ts';
import { coursePage, courseHeading, field, islandsReady, lang, launch, lessons, s } from './lms-preview.ts';
import { takeAssessmentByClicks } from './answer.ts';

const quiz = course.blocks.find((b) => b.type === 'choice')!;
const quizText = quiz.text[lang] as ChoiceBlock;
const quizLesson = lessons.find((l) => l.key === quiz.lessonKey)!;

async function answerQuizRight(page: Page) {
  const frame = coursePage(page);
  await islandsReady(page);
  const box = frame.locator(`section[aria-labelledby="choice-${quizText.id}-kind"]`);
  for (const [i, o] of quizText.options.entries()) if (o.correct) await box.locator(`input[value="${i}"]`).check();
  await box.getByRole('button', { name: s.checkAnswer }).click();
  await expect(box.getByRole('status')).toHaveText(s.resultCorrect);
}

for (const version of ['2004', '1.2'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('a learner takes every lesson and the final assessment; the LMS records completion, success, score and interactions', async ({ page }) => {
      test.setTimeout(180_000);
      await launch(page, version);
      const frame = coursePage(page);
      await expect(await courseHeading(page)).toHaveText(s.siteTitle);
      await frame.getByRole('link', { name: s.startCourse }).click();
      for (const [n, lesson] of lessons.entries()) {
        await expect(await courseHeading(page)).toHaveText(lesson.text[lang].title);
        // The visit is recorded when the page's script runs; a learner never pages on faster than that.
        await islandsReady(page);
        if (lesson.key === quiz.lessonKey) await answerQuizRight(page);
        await frame.locator('a[rel="next"]').click();
        if (n < lessons.length - 1) await expect(await courseHeading(page)).not.toHaveText(lesson.text[lang].title);
      }
      await expect(await courseHeading(page)).toHaveText(s.assessmentTitle);
      await islandsReady(page);
      await frame.getByRole('button', { name: s.assessmentStart }).click();
      await takeAssessmentByClicks(frame, course.assessment.questions.map((q) => q.text[lang]), course.assessment.drawn, s);
      await expect(frame.getByText(fill(s.assessmentPassed, { mastery: course.masteryScore }))).toBeVisible();

      if (version === '2004') {
        await expect(field(page, 'completion')).toHaveText('completed');
        await expect(field(page, 'success')).toHaveText('passed');
        await expect(field(page, 'scaled')).toHaveText('1');
      } else {
        await expect(field(page, 'lesson_status')).toHaveText('passed');
      }
      await expect(field(page, 'score')).toHaveText('100');
      // One record for the knowledge check and one per assessment question.
      await expect(page.locator('#interactions tr')).toHaveCount(1 + course.assessment.drawn);
      await expect(page.locator('#interactions tr').first()).toContainText(quiz.id);
      await expect(page.locator('#interactions tr').first()).toContainText('correct');

      await page.getByRole('button', { name: 'Exit course' }).click();
      await expect(field(page, 'exit')).toHaveText(version === '2004' ? 'normal' : '–');
    });

    test('closing the course mid-way and relaunching resumes at the same lesson with every answer', async ({ page }) => {
      await launch(page, version);
      const frame = coursePage(page);
      await expect(await courseHeading(page)).toHaveText(s.siteTitle);
      // Go to the lesson with the knowledge check through the module page, answer, then read on.
      await frame.getByRole('link', { name: course.modules.find((m) => m.id === quiz.moduleId)!.text[lang].title, exact: true }).click();
      await frame.getByRole('link', { name: quizLesson.text[lang].title, exact: true }).click();
      await answerQuizRight(page);
      const quizBox = frame.locator(`section[aria-labelledby="choice-${quizText.id}-kind"]`);
      const order = await quizBox.locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      await expect(field(page, 'location')).toHaveText(quiz.lessonKey);
      // The footer says whose record it saves to: the preview's preset learner.
      await expect(frame.getByText(fill(s.savedInLmsFor, { name: LEARNERS[0].name }))).toBeVisible();

      await page.getByRole('button', { name: 'Exit course' }).click();
      await expect(field(page, 'exit')).toHaveText('suspend');
      await page.getByRole('button', { name: 'Relaunch (resume)' }).click();
      await expect(await courseHeading(page)).toHaveText(quizLesson.text[lang].title);
      const box = frame.locator(`section[aria-labelledby="choice-${quizText.id}-kind"]`);
      await expect(box.getByRole('status')).toHaveText(s.resultCorrect);
      // A right answer has nothing left to try.
      await expect(box.getByRole('button', { name: s.tryAgain })).toHaveCount(0);
      // The options are in the order the learner answered them in: the shuffle seed came back with the saved state.
      expect(await box.locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual(order);
    });

    test('an LMS that refuses commits: the learner is told, keeps working, and nothing is lost once it recovers', async ({ page }) => {
      await launch(page, version);
      const frame = coursePage(page);
      await expect(await courseHeading(page)).toHaveText(s.siteTitle);
      await page.getByLabel('Refuse commits').check();
      await frame.getByRole('link', { name: course.modules.find((m) => m.id === quiz.moduleId)!.text[lang].title, exact: true }).click();
      await frame.getByRole('link', { name: quizLesson.text[lang].title, exact: true }).click();
      await expect(frame.locator('div.notice[role="status"]')).toHaveText(/LMS/);
      await answerQuizRight(page);

      await page.getByLabel('Refuse commits').uncheck();
      // The session retries on its own; the learner is told when the LMS has everything again.
      await expect(frame.locator('div.notice[role="status"]')).toHaveText(s.lmsRecovered, { timeout: 40_000 });
      await expect(page.locator('#interactions tr').first()).toContainText(quiz.id);
      await page.getByRole('button', { name: 'Exit course' }).click();
      await page.getByRole('button', { name: 'Relaunch (resume)' }).click();
      await expect(await courseHeading(page)).toHaveText(quizLesson.text[lang].title);
      await expect(frame.locator(`section[aria-labelledby="choice-${quizText.id}-kind"]`).getByRole('status')).toHaveText(s.resultCorrect);
    });
  });
}

test('without an LMS, the launch page opens the course, which says it saves in this browser', async ({ page }) => {
  await page.goto(`${lang}/scorm/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.siteTitle);
  await expect(page.getByText(s.savedInBrowser)).toBeVisible();
});
