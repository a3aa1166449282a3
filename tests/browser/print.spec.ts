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

test('a printed lesson keeps its exercises as question and options, with the answers at the end', async ({ page }) => {
  const s = strings.en;
  const block = course.blocks.find((b) => b.type === 'choice')!;
  const question = block.text.en as { question: string; options: { text: string; correct: boolean }[] };
  await page.goto(`en/${block.lessonKey}/index.html`);
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: s.printAnswersHeading })).toBeHidden();
  await page.emulateMedia({ media: 'print' });

  const printed = page.locator('.print-block').first();
  await expect(printed).toBeVisible();
  await expect(printed).toContainText(question.question);
  for (const option of question.options) await expect(printed).toContainText(option.text);
  // The interactive version (with its buttons) is not printed twice.
  await expect(page.getByRole('button', { name: s.checkAnswer })).toBeHidden();
  const answers = page.getByRole('heading', { name: s.printAnswersHeading });
  await expect(answers).toBeVisible();
  const right = question.options.find((o) => o.correct)!;
  await expect(page.locator('.print-answers')).toContainText(right.text);
  // The answers come after the lesson text and its sources.
  const order = await page.evaluate(() => {
    const sources = document.getElementById('lesson-sources')!;
    const end = document.querySelector('.print-answers')!;
    return (sources.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(order, 'the answers follow the sources').toBe(true);
});
