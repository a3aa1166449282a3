/**
 * The finish page and the certificate appear only when earned: before, the page says what is
 * left and offers no certificate; after, the home page leads there, and the certificate has the
 * name (typed and kept on the device, or the LMS's), the date, the score, and prints alone on one
 * A4 page. Progress is seeded through the browser storage, as a learner's saved state.
 */
import { expect, test } from '@playwright/test';
import { courseIndex } from '../../src/course/course-index.ts';
import { certificateDate } from '../../src/progress/finish.ts';
import type { ProgressState } from '../../src/progress/progress-state.ts';
import { encodeState } from '../../src/progress/state-codec.ts';
import { course, fill, strings } from './course.ts';
import { coursePage, launch, seedLmsRecord } from './lms-preview.ts';
import { axeViolations, seedSavedProgress, waitForIslands } from './site.ts';

const index = courseIndex(course);
const lessons = course.modules.flatMap((m) => m.lessons);
const drawn = [...Array(index.assessment.drawn).keys()];
/** Every lesson but the skipped ones visited, and one submitted attempt with this score. */
const saved = (score: number, skipped: string[] = []): string => {
  const state: ProgressState = {
    visited: lessons.map((l) => l.key).filter((k) => !skipped.includes(k)), answers: {},
    assessment: { drawn, answers: drawn.map(() => [0]), submitted: true, attempts: 1, lastScore: score, bestScore: score },
  };
  return encodeState(index, state);
};
const mastery = course.masteryScore;
const s = strings.nb;
const certificate = '.certificate';

test('before it is earned the finish page says what is left and offers no certificate', async ({ page }) => {
  const skipped = lessons[3]!;
  await seedSavedProgress(page, saved(mastery - 10, [skipped.key]));
  await page.goto('nb/finish/index.html');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 2, name: s.finishLeftHeading })).toBeVisible();
  await expect(page.getByText(fill(s.finishLessonsLeft, { n: 1, total: lessons.length }))).toBeVisible();
  await expect(page.locator('.finish__left a')).toHaveText([course.modules.find((m) => m.id === skipped.moduleId)!.text.nb.title, skipped.text.nb.title]);
  await expect(page.getByText(fill(s.finishAssessmentNotPassed, { score: mastery - 10, mastery }))).toBeVisible();
  await expect(page.getByRole('link', { name: s.finishAssessmentLink })).toBeVisible();
  await expect(page.locator(certificate)).toHaveCount(0);
  await expect(page.getByRole('button', { name: s.certificatePrint })).toHaveCount(0);
  // The missing lesson's link leads to it (pages.spec.ts follows every link of this state).
  await expect(page.locator('.finish__left ul a')).toHaveAttribute('href', `../${skipped.moduleId}/${skipped.id}/index.html`);
  expect(await axeViolations(page)).toEqual([]);
});

test('once earned the home and module pages lead to the finish, whose certificate has name, date and score, keeps the name and prints alone on one A4 page', async ({ page }) => {
  await seedSavedProgress(page, saved(87));
  await page.goto('nb/index.html');
  await waitForIslands(page);
  await expect(page.getByText(s.homeFinished)).toBeVisible();
  await expect(page.getByText(fill(s.homeAssessmentPassed, { score: 87 }))).toBeVisible();
  await expect(page.getByRole('link', { name: /^Fortsett/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: s.homeFinishLink })).toBeVisible();
  // A module page says the module is done and, the course being finished, leads to the finish too.
  const module = course.modules[0]!;
  await page.getByRole('link', { name: module.text.nb.title, exact: true }).click();
  await waitForIslands(page);
  await expect(page.getByText(s.moduleDone)).toBeVisible();
  await expect(page.getByText(s.moduleCourseFinished)).toBeVisible();
  await page.getByRole('link', { name: s.homeFinishLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.finishTitle);
  await waitForIslands(page);

  await expect(page.getByRole('heading', { level: 2, name: s.finishDoneHeading })).toBeVisible();
  const cert = page.locator(certificate);
  await expect(cert).toContainText(s.siteTitle);
  await expect(cert).toContainText(fill(s.certificateScore, { score: 87, mastery }));
  await expect(cert).toContainText(fill(s.certificateDate, { date: certificateDate(new Date(), 'nb') }));
  await expect(cert.locator('.certificate__modules li')).toHaveCount(course.modules.length);
  await expect(cert).toContainText(fill(s.certificateContents, { modules: course.modules.length, minutes: course.modules.reduce((n, m) => n + m.minutes, 0) }));
  // The name: typed, shown on the certificate, kept on this device across a reload.
  await expect(page.getByText(s.certificateNameKept)).toBeVisible();
  await page.getByLabel(s.certificateNameLabel).fill('Kari Nordmann');
  await expect(cert.locator('.certificate__name')).toHaveText('Kari Nordmann');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel(s.certificateNameLabel)).toHaveValue('Kari Nordmann');
  await expect(cert.locator('.certificate__name')).toHaveText('Kari Nordmann');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }

  // Printed, the page is the certificate and nothing else, on one A4 page.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(cert).toBeVisible();
  await expect(page.getByRole('button', { name: s.certificatePrint })).toBeHidden();
  const printed = await page.evaluate(() => ({ body: document.body.innerText.trim(), certificate: document.querySelector<HTMLElement>('.certificate')!.innerText.trim() }));
  expect(printed.body).toBe(printed.certificate);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const pages = [...pdf.matchAll(/\/Type\s*\/Page\b/g)].length;
  expect(pages, 'printed pages').toBe(1);
  const [width, height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!.slice(1).map(Number);
  // A4 is 595 x 842 points.
  expect(Math.abs(width - 595)).toBeLessThan(2);
  expect(Math.abs(height - 842)).toBeLessThan(2);
});

test('inside the LMS the certificate carries the name the LMS has for the learner', async ({ page }) => {
  await seedLmsRecord(page, 'se-ips-en-scorm2004.zip', { suspend_data: saved(93) });
  await launch(page, '2004', { learnerName: 'Nordmann, Kari' });
  const frame = coursePage(page);
  await frame.getByRole('link', { name: strings.en.homeFinishLink }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(strings.en.finishTitle);
  await expect(frame.locator('.certificate__name')).toHaveText('Kari Nordmann');
  await expect(frame.locator(certificate)).toContainText(fill(strings.en.certificateScore, { score: 93, mastery }));
  await expect(frame.getByLabel(strings.en.certificateNameLabel)).toHaveCount(0);
  await expect(frame.getByRole('button', { name: strings.en.certificatePrint })).toBeVisible();
});
