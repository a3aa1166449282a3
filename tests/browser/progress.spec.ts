/** Progress is kept in the browser, survives reloads, is shared by all languages, and bad saved data is handled. */
import { expect, test } from '@playwright/test';
import { course, fill, strings } from './course.ts';
import { progressNotice, seedSavedProgress, waitForIslands } from './site.ts';

const module = course.modules.find((m) => m.id === 'history')!;
const [first, second] = module.lessons;
const total = course.modules.reduce((n, m) => n + m.lessons.length, 0);
const lessonPath = (lang: string, l: typeof first) => `${lang}/${l.moduleId}/${l.id}/index.html`;

test('progress survives a reload and the home page offers to continue', async ({ page }) => {
  await page.goto(lessonPath('nb', first));
  await waitForIslands(page);
  await page.goto(lessonPath('nb', second));
  await waitForIslands(page);
  await page.reload();
  await page.goto('nb/index.html');
  await waitForIslands(page);
  const s = strings.nb;
  await expect(page.getByText(fill(s.courseProgressText, { done: 2, total }))).toBeVisible();
  await expect(page.getByText(fill(s.progressText, { done: 2, total: module.lessons.length }))).toBeVisible();
  await page.getByRole('link', { name: fill(s.continueLesson, { title: second.text.nb.title }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.text.nb.title);
});

test('the language switch keeps the learner on the same lesson and progress counts in every language', async ({ page }) => {
  await page.goto(lessonPath('nb', second));
  await waitForIslands(page);
  await page.getByRole('navigation', { name: strings.nb.languageLabel }).getByRole('link', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.text.sv.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.getByRole('navigation', { name: strings.sv.languageLabel }).getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.text.en.title);
  await page.goto(`en/${module.id}/index.html`);
  await waitForIslands(page);
  await expect(page.getByText(fill(strings.en.progressText, { done: 1, total: module.lessons.length }))).toBeVisible();
  const item = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(item(second.text.en.title)).toContainText(strings.en.visited);
  await expect(item(first.text.en.title)).toContainText(strings.en.notVisited);
});

test('an answered question keeps its option order after a reload and in another language', async ({ page }) => {
  const quiz = course.blocks.find((b) => b.type === 'choice')!;
  const [moduleId, lessonId] = quiz.lessonKey.split('/');
  const box = page.locator(`section[aria-labelledby="choice-${quiz.id}-kind"]`);
  const order = () => box.locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  await page.goto(`nb/${moduleId}/${lessonId}/index.html`);
  await waitForIslands(page);
  const shown = await order();
  await box.locator('input').first().check();
  await box.getByRole('button', { name: strings.nb.checkAnswer }).click();
  await expect(box.getByRole('status')).not.toHaveText('');
  await page.reload();
  await waitForIslands(page);
  expect(await order()).toEqual(shown);
  await expect(box.locator('input:checked')).toHaveCount(1);
  await page.getByRole('navigation', { name: strings.nb.languageLabel }).getByRole('link', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await waitForIslands(page);
  expect(await order()).toEqual(shown);
  // The checked option is the same option (by its id), now in Swedish.
  expect(await box.locator('input:checked').getAttribute('value')).toBe(shown[0]);
});

test('corrupt saved progress is reset with a notice and does not break the page', async ({ page }) => {
  await seedSavedProgress(page, '{"v":1,"visited":[42, "not a key"');
  await page.goto('en/index.html');
  await waitForIslands(page);
  await expect(progressNotice(page)).toHaveText(strings.en.progressReset);
  await expect(page.getByText(fill(strings.en.courseProgressText, { done: 0, total }))).toBeVisible();
  await page.goto(lessonPath('en', first));
  await waitForIslands(page);
  await expect(progressNotice(page)).toHaveText('');
  await expect(page.getByText(fill(strings.en.progressText, { done: 1, total: module.lessons.length }))).toBeVisible();
});

test('saved progress with some bad entries keeps the good ones', async ({ page }) => {
  await seedSavedProgress(page, JSON.stringify({ v: 1, visited: [first.key, '<img src=x onerror=alert(1)>'] }));
  await page.goto('en/index.html');
  await waitForIslands(page);
  await expect(progressNotice(page)).toHaveText(strings.en.progressReset);
  await expect(page.getByText(fill(strings.en.courseProgressText, { done: 1, total }))).toBeVisible();
});

test('a browser that refuses storage still shows the course and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(lessonPath('en', first));
  await waitForIslands(page);
  await expect(progressNotice(page)).toHaveText(strings.en.storageUnavailable);
  await expect(page.getByText(fill(strings.en.progressText, { done: 1, total: module.lessons.length }))).toBeVisible();
});
