/**
 * The look a learner controls and the parts that work without scripts: dark mode (axe on
 * one page of each kind), the display control (theme and text size, remembered across pages,
 * quietly per page when storage is refused), glossary explanations in a lesson by keyboard,
 * the glossary filter, and the notice shown when the page's scripts cannot run.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { course, fill, strings } from './course.ts';
import { axeViolations, guardNetwork, waitForIslands } from './site.ts';
import { reflowProblems } from './reflow.ts';

const s = strings.nb;
const withBlocks = course.blocks.find((b) => b.type === 'choice')!.lessonKey;
const lessonPath = `nb/${withBlocks}/index.html`;
/** One page of each kind a learner meets. */
const pageKinds = ['nb/index.html', `nb/${course.modules[0]!.id}/index.html`, lessonPath, 'nb/glossary/index.html', 'nb/assessment/index.html'];

const displayButton = (page: Page) => page.getByRole('button', { name: s.displaySettings });
const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('dark mode: every kind of page passes axe in the dark scheme the system asks for', async ({ page }) => {
  test.setTimeout(30_000 + pageKinds.length * 15_000);
  const problems = await guardNetwork(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const found: string[] = [];
  for (const path of pageKinds) {
    await page.goto(path);
    await waitForIslands(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    if (bg === 'rgb(250, 250, 248)') found.push(`${path}: still light`);
    found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
  }
  expect(found).toEqual([]);
  expect(problems).toEqual([]);
});

test('the display control switches theme and text size, and every page remembers them', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(lessonPath);
  await waitForIslands(page);
  const normal = await rootFontSize(page);

  await displayButton(page).click();
  const panel = page.getByRole('dialog', { name: s.displaySettings });
  await expect(panel).toBeVisible();
  await panel.getByRole('radio', { name: s.themeDark }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await panel.getByRole('radio', { name: s.textLarger }).check();
  expect(await rootFontSize(page)).toBeCloseTo(normal * 1.5, 0);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(displayButton(page)).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // Another page starts in the chosen scheme and size, and the control shows the choice.
  await page.goto('nb/glossary/index.html');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await rootFontSize(page)).toBeCloseTo(normal * 1.5, 0);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await reflowProblems(page)).toEqual([]);
  await displayButton(page).click();
  await expect(page.getByRole('radio', { name: s.themeDark })).toBeChecked();
  await page.getByRole('radio', { name: s.themeSystem }).check();
  await page.getByRole('radio', { name: s.textNormal }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await rootFontSize(page)).toBeCloseTo(normal, 0);
});

test('where storage is refused (a locked-down LMS frame) the control still works for the page, without errors', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const problems = await guardNetwork(page);
  await page.goto('nb/index.html');
  await displayButton(page).click();
  await page.getByRole('radio', { name: s.themeDark }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(problems).toEqual([]);
});

test('on a phone a lesson starts high; a glossary term in it opens its explanation by keyboard, and Escape closes it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(lessonPath);
  await waitForIslands(page);
  // The lesson title's first line is within the first 200 px of the screen.
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.y + 40).toBeLessThanOrEqual(200);
  const term = page.locator('main .term__button').first();
  const popover = page.locator('main .term__pop').first();
  await expect(popover).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  const id = await popover.getAttribute('id');
  const entry = course.glossary.nb.find((e) => id!.endsWith(`-${e.id}`))!;
  await expect(popover).toContainText(entry.definition);
  // The next Tab goes into the explanation, to its link to the glossary entry.
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('link', { name: s.glossaryMore })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(term).toBeFocused();
  // A term is explained once per lesson: the first time it is used.
  const ids = await page.locator('main .term__pop').evaluateAll((pops) => pops.map((p) => p.id));
  expect(new Set(ids).size).toBe(ids.length);
  await expect(page.locator('main h1 .term, main h2 .term, main a .term')).toHaveCount(0);
});

test('the glossary filter hides terms that do not match and says how many are left', async ({ page }) => {
  await page.goto('nb/glossary/index.html');
  const all = course.glossary.nb;
  const wanted = all.find((e) => e.id === 'job-specialist') ?? all[0]!;
  const box = page.getByRole('searchbox', { name: s.glossaryFilterLabel });
  await box.focus();
  await page.keyboard.type(wanted.term);
  await expect(page.locator('.glossary__entry:visible', { hasText: wanted.definition })).toHaveCount(1);
  const shown = await page.locator('.glossary__entry:visible').count();
  expect(shown).toBeLessThan(all.length);
  await expect(page.locator('.glossary-filter').getByRole('status')).toHaveText(fill(s.glossaryFilterCount, { n: shown, total: all.length }));
  await box.fill('');
  await expect(page.locator('.glossary__entry:visible')).toHaveCount(all.length);
});

test('with scripts off, a notice says what works; explanations still open; with scripts on there is no notice', async ({ browser, page, baseURL }) => {
  const notice = (p: Page) => p.getByRole('note').filter({ hasText: s.noScriptTitle });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const off = await context.newPage();
  await off.goto(lessonPath);
  await expect(notice(off)).toBeVisible();
  await expect(notice(off)).toContainText(s.noScriptText);
  await expect(off.getByRole('button', { name: s.displaySettings })).toBeHidden();
  await off.locator('main .term__button').first().click();
  await expect(off.locator('main .term__pop').first()).toBeVisible();
  await context.close();

  await page.goto(lessonPath);
  await waitForIslands(page);
  await expect(notice(page)).toBeHidden();
});

test('opened from disk, where Chromium blocks module scripts, the notice shows and the display control still works', async ({ page }) => {
  await page.goto(pathToFileURL(resolve('dist/site/nb/index.html')).href);
  await expect(page.getByRole('note').filter({ hasText: s.noScriptTitle })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.siteTitle);
  await displayButton(page).click();
  await page.getByRole('radio', { name: s.themeDark }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
