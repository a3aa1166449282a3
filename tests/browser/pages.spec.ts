/**
 * Every built page, served from a deep sub-path as an LMS does: it loads with all its
 * assets, nothing leaves the machine, every link resolves, and it never scrolls sideways
 * from a 320 px phone to a 1920 px projector. One test per page, so a failure names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findRootAbsoluteUrls } from '../../src/build/relative-urls.ts';
import { builtPages, guardNetwork, waitForIslands } from './site.ts';
import { course, languages } from './course.ts';

const pages = builtPages();

test('the build has every page the course describes', () => {
  // The language choice, then per language: home, glossary, sources, each module and each lesson.
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  expect(pages.length).toBe(1 + languages.length * (3 + course.modules.length + lessons));
});

for (const path of pages) {
  test(`${path}: loads under /a/b/c/, links resolve, no sideways scroll at 320 and 1920 px`, async ({ page, baseURL }) => {
    const problems = await guardNetwork(page);
    await page.setViewportSize({ width: 320, height: 800 });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForIslands(page);

    const known = new Set(pages.map((p) => new URL(p, baseURL).href));
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    problems.push(...hrefs.filter((href) => !known.has(href.split('#')[0])).map((href) => `broken link: ${href}`));

    for (const width of [320, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) problems.push(`scrolls sideways: ${scroll}px wide in a ${client}px window`);
    }
    expect(problems).toEqual([]);
  });
}

test('no root-absolute URL is left in HTML, CSS or JavaScript', () => {
  const leftovers: string[] = [];
  for (const file of pages.concat(cssAndJs())) {
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : 'js';
    for (const url of findRootAbsoluteUrls(readFileSync(`dist/site/${file}`, 'utf8'), kind)) leftovers.push(`${file}: ${url}`);
  }
  expect(leftovers).toEqual([]);
});

function cssAndJs(): string[] {
  return readdirSync('dist/site/_astro').map((f) => `_astro/${f}`);
}
