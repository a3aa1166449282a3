/** Driving the LMS preview (/lms/): launch a built package and reach the course inside its frames. */
import { type FrameLocator, type Page } from '@playwright/test';

/** The course page inside the launcher inside the preview's frame. */
export const coursePage = (page: Page): FrameLocator => page.frameLocator('#lms-frame').frameLocator('iframe');

/** A value the preview shows from the LMS record ("location", "suspend_data", …). */
export const lmsField = (page: Page, name: string) => page.locator(`#lms-data dd[data-field="${name}"]`);

/** Launches the whole-course package; `learnerName` is what the LMS will report as the learner's name. */
export async function launch(page: Page, lang: string, version: '1.2' | '2004', learnerName = '') {
  await page.goto('/lms/');
  await page.getByLabel('Language').selectOption(lang);
  await page.getByLabel('SCORM version').selectOption(version);
  await page.getByLabel('Package').selectOption('course');
  if (learnerName) await page.getByLabel('Learner name').fill(learnerName);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
}

/**
 * Stores what the preview LMS hands the next launch of a package, as if an earlier
 * session had left it there (`cmi` as in scorm-again's JSON, e.g. suspend_data, location).
 */
export async function seedLmsRecord(page: Page, packageName: string, cmi: Record<string, unknown>) {
  await page.goto('/lms/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`lms-preview:${packageName}`, JSON.stringify(cmi)]);
}
