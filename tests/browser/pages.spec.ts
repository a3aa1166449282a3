/**
 * Every built page in every language, served from a deep sub-path as an LMS does: it
 * loads with all its assets, nothing leaves the machine, every link resolves, axe finds
 * no WCAG 2.2 A/AA violation, and nothing is lost to reflow or resized text: no sideways
 * scroll and no cut-off text at 320 px (1.4.10) and with text at 200 % in a 1280 px
 * window (1.4.4). Each message names its page.
 * One visit per page does all of it, in one tab per language and module, and axe runs in
 * its quick mode (see axeViolations): about a second a page where it took two to three.
 * Every page but the slides links to the accessibility statement from its footer.
 * SCORM launch pages are loaded as an LMS shows them: with an LMS API present they hold
 * the course in a titled frame; the course page in the frame is scanned on its own, and
 * axe scans two launch pages per language (the course's and a module's: one template).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { findRootAbsoluteUrls } from '../../src/build/relative-urls.ts';
import { axeViolations, builtPages, coursePages, guardNetwork, waitForIslands } from './site.ts';
import { reflowProblems, setTextSize } from './reflow.ts';
import { course, languages } from './course.ts';

const pages = builtPages();
const isLaunchPage = (path: string) => /^[a-z]{2}\/scorm\//.test(path);

test('the build has every page the course describes', () => {
  // The language choice, then per language: home, glossary, sources, accessibility statement, final assessment, finish, each module, its presentation and each lesson.
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  expect(coursePages().length).toBe(1 + languages.length * (6 + 2 * course.modules.length + lessons));
  // A launch page per language for the course and for each module.
  expect(pages.filter(isLaunchPage).length).toBe(languages.length * (1 + course.modules.length));
});

/** A stand-in LMS on the launch page's window, so the launcher opens its frame as in an LMS. */
function stubLms() {
  if (window !== window.top) return;
  const values: Record<string, string> = {};
  (window as unknown as { API_1484_11: object }).API_1484_11 = {
    Initialize: () => 'true', Terminate: () => 'true', Commit: () => 'true',
    GetValue: (key: string) => values[key] ?? '', SetValue: (key: string, value: string) => { values[key] = value; return 'true'; },
    GetLastError: () => '0', GetErrorString: () => '', GetDiagnostic: () => '',
  };
}

const axeLaunchPages = new Set(languages.flatMap((l) => [`${l}/scorm/index.html`, `${l}/scorm/${course.modules[0].id}/index.html`]));

async function visit(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  await page.setViewportSize({ width: 320, height: 800 });
  const response = await page.goto(path);
  if (response?.status() !== 200) found.push(`status ${response?.status()}`);
  if (isLaunchPage(path)) {
    await expect(page.locator('iframe')).toHaveAttribute('src', /index\.html/);
    await waitForIslands(page);
    // Only the launch page's own markup: the course page in its frame is scanned on its own visit. The launch
    // pages of a language are one template with a different scope: the course's and the first module's are scanned.
    if (axeLaunchPages.has(path)) found.push(...await axeViolations(page, { iframes: false }));
    return found;
  }
  await waitForIslands(page);
  // WCAG 1.4.10 at 320 px; wider layouts are seen in npm run shots (375 and 1366 px).
  found.push(...await reflowProblems(page).then((list) => list.map((p) => `at 320 px: ${p}`)));
  await page.setViewportSize({ width: 1280, height: 800 });
  await setTextSize(page, 200);
  found.push(...await reflowProblems(page).then((list) => list.map((p) => `text at 200 %: ${p}`)));
  await setTextSize(page, 100);
  found.push(...await axeViolations(page));
  // Every page with a footer links to the accessibility statement (slides for a projector have none).
  if (!/^[a-z]{2}\/present\//.test(path) && !(await page.locator('footer a[href]').evaluateAll((links) => links.some((a) => /\/accessibility\/index\.html$/.test((a as HTMLAnchorElement).href))))) found.push('no link to the accessibility statement in the footer');
  return found;
}

// One test per language and module (or stand-alone page): a failure names the group and each message names its page.
// Pages in a group share one browser tab, so scripts and styles come from its cache as they would for a learner.
const groups = Map.groupBy(pages, (path) => path.split('/').slice(0, 2).join('/').replace(/\/index\.html$|\.html$/, ''));

const pptxFiles = readdirSync('dist/site', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pptx')).map((f) => f.split('\\').join('/'));

for (const [group, paths] of groups) {
  // Launch pages are one template per language: each loads and opens its frame, and two of them are scanned (see visit).
  const what = group.endsWith('/scorm')
    ? `${paths.length} launch pages load under /a/b/c/ and open the course in their frame, with links that resolve; ${paths.filter((p) => axeLaunchPages.has(p)).length} of them pass axe (WCAG 2.2 AA)`
    : `${paths.length} page${paths.length > 1 ? 's' : ''} load under /a/b/c/ with links that resolve, pass axe (WCAG 2.2 AA), and reflow at 320 px and with 200 % text`;
  test(`${group}: ${what}`, async ({ page, baseURL }) => {
    test.setTimeout(30_000 + paths.length * 15_000);
    const network = await guardNetwork(page);
    if (group.endsWith('/scorm')) await page.addInitScript(stubLms);
    // Pages, and the presentations' PowerPoint downloads beside them.
    const known = new Set([...pages, ...pptxFiles].map((p) => new URL(p, baseURL).href));
    const problems: string[] = [];
    for (const path of paths) {
      const found = await visit(page, path);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      found.push(...hrefs.filter((href) => !known.has(href.split('#')[0])).map((href) => `broken link: ${href}`));
      found.push(...network.splice(0));
      problems.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(problems).toEqual([]);
  });
}

test('no root-absolute URL is left in HTML, CSS or JavaScript', () => {
  const leftovers: string[] = [];
  for (const file of builtPages().concat(cssAndJs())) {
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : 'js';
    for (const url of findRootAbsoluteUrls(readFileSync(`dist/site/${file}`, 'utf8'), kind)) leftovers.push(`${file}: ${url}`);
  }
  expect(leftovers).toEqual([]);
});

function cssAndJs(): string[] {
  return readdirSync('dist/site/_astro').map((f) => `_astro/${f}`);
}
