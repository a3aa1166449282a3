/** Answering a choice question (a knowledge check or an assessment question) with the keyboard alone. */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { tabTo } from './site.ts';

/**
 * Tabs to the first option and selects exactly `wanted` (authored option indexes, which the
 * inputs carry as their value; the screen order is the learner's shuffle): checkboxes with
 * Space, one after another with Tab; a radio group with Space on the first option or the
 * arrow keys, as a keyboard user does.
 */
export async function chooseByKeyboard(page: Page, inputs: Locator, multiple: boolean, authored: number[]) {
  const count = await inputs.count();
  const shown = await inputs.evaluateAll((els) => els.map((el) => Number((el as HTMLInputElement).value)));
  const wanted = authored.map((o) => shown.indexOf(o)).sort((a, b) => a - b);
  // Focus may be there already (a "try again" button puts it on the first option).
  if (!(await inputs.first().evaluate((el) => el === document.activeElement))) await tabTo(page, inputs.first());
  if (multiple) {
    for (let i = 0; i < count; i++) {
      await expect(inputs.nth(i)).toBeFocused();
      if (wanted.includes(i)) await page.keyboard.press('Space');
      if (i < count - 1) await page.keyboard.press('Tab');
    }
  } else if (wanted[0] === 0) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < wanted[0]; i++) await page.keyboard.press('ArrowDown');
  }
}

/** The indexes of the right options. */
export const rightOptions = (options: { correct: boolean }[]) => options.flatMap((o, i) => (o.correct ? [i] : []));

/** One wrong option: the first that is not right. */
export const wrongOptions = (options: { correct: boolean }[]) => [options.findIndex((o) => !o.correct)];

/** The final assessment shows one question at a time: this is it, with its text in the legend. */
export const shownQuestion = (scope: Page | FrameLocator) => scope.locator('.assessment__question');

/** Presses a button with the keyboard: Tab until it has focus, then Enter. */
export async function pressByKeyboard(page: Page, button: Locator, maxPresses = 60) {
  await tabTo(page, button, maxPresses);
  await page.keyboard.press('Enter');
}

/**
 * Answers the question on screen with the keyboard (right, unless `wrong`) and returns
 * its pool entry; `pool` is the pool in the page's language.
 */
export async function answerShownByKeyboard<Q extends { question: string; multiple: boolean; options: { correct: boolean }[] }>(page: Page, pool: Q[], { wrong = false } = {}): Promise<Q> {
  const shown = shownQuestion(page);
  const text = await shown.locator('.assessment__text').textContent();
  const q = pool.find((x) => x.question === text)!;
  await chooseByKeyboard(page, shown.locator('input'), q.multiple, wrong ? wrongOptions(q.options) : rightOptions(q.options));
  return q;
}

/**
 * Takes the whole attempt with the mouse, every answer right, and submits it through the
 * review list and the confirmation: what a learner in an LMS frame does most quickly.
 */
export async function takeAssessmentByClicks(scope: Page | FrameLocator, pool: { question: string; options: { correct: boolean }[] }[], drawn: number,
  s: { assessmentNext: string; assessmentToReview: string; assessmentSubmit: string; assessmentConfirmSubmit: string }) {
  const shown = shownQuestion(scope);
  for (let n = 0; n < drawn; n++) {
    const text = await shown.locator('.assessment__text').textContent();
    const q = pool.find((x) => x.question === text)!;
    for (const i of rightOptions(q.options)) await shown.locator(`input[value="${i}"]`).check();
    if (n < drawn - 1) {
      await scope.getByRole('button', { name: s.assessmentNext }).click();
      await expect(shown.locator('.assessment__text')).not.toHaveText(text!);
    }
  }
  await scope.getByRole('button', { name: s.assessmentToReview }).click();
  await scope.getByRole('button', { name: s.assessmentSubmit }).click();
  await scope.getByRole('button', { name: s.assessmentConfirmSubmit }).click();
}
