/**
 * Every built page, served from a deep sub-path as an LMS does: it loads with all its
 * assets, nothing leaves the machine, every link resolves, it never scrolls sideways
 * from a 320 px phone to a 1920 px projector, and axe finds no WCAG 2.2 A/AA violation.
 * One test per page, so a failure names it; one visit per page, so the suite stays quick.
 * axe takes two to three seconds a page, so it scans every page in nb and every page but
 * the lessons in sv and en: their lessons share nb's templates and blocks, and what differs
 * by language (text length, long words) is caught by the sideways-scroll check on every page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { findRootAbsoluteUrls } from '../../src/build/relative-urls.ts';
import { builtPages, coursePages, guardNetwork, waitForIslands, WCAG_TAGS } from './site.ts';
import { course, languages } from './course.ts';

const pages = coursePages();
const isLesson = (path: string) => /^[a-z]{2}\/[^/]+\/[^/]+\/index\.html$/.test(path) && !/\/(glossary|sources|assessment)\//.test(path);
const scannedByAxe = (path: string) => path.startsWith('nb/') || !isLesson(path);

test('the build has every page the course describes', () => {
  // The language choice, then per language: home, glossary, sources, final assessment, each module and each lesson.
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  expect(pages.length).toBe(1 + languages.length * (4 + course.modules.length + lessons));
});

for (const path of pages) {
  test(`${path}: loads under /a/b/c/, links resolve, no sideways scroll at 320 and 1920 px${scannedByAxe(path) ? ', no WCAG 2.2 AA violations' : ''}`, async ({ page, baseURL }) => {
    const problems = await guardNetwork(page);
    await page.setViewportSize({ width: 320, height: 800 });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForIslands(page);

    const known = new Set(builtPages().map((p) => new URL(p, baseURL).href));
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    problems.push(...hrefs.filter((href) => !known.has(href.split('#')[0])).map((href) => `broken link: ${href}`));

    for (const width of [320, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) problems.push(`scrolls sideways: ${scroll}px wide in a ${client}px window`);
    }
    const { violations } = scannedByAxe(path) ? await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze() : { violations: [] };
    problems.push(...violations.map((v) => `axe: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
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
