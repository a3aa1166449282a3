/** Answering a choice question (a knowledge check or an assessment question) with the keyboard alone. */
import { expect, type Locator, type Page } from '@playwright/test';
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
