/** Served from a deep sub-path, as an LMS does, every page and asset loads and nothing leaves the machine. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findRootAbsoluteUrls } from '../../src/build/relative-urls.ts';
import { builtPages, guardNetwork, waitForIslands } from './site.ts';
import { course, languages } from './course.ts';

test('every built page loads under /a/b/c/ with no 404 and no outside request', async ({ page }) => {
  const problems = await guardNetwork(page);
  const pages = builtPages();
  // The language choice, then per language: home, glossary, sources, each module and each lesson.
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  expect(pages.length).toBe(1 + languages.length * (3 + course.modules.length + lessons));
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await waitForIslands(page);
  }
  expect(problems).toEqual([]);
});

test('every link on every page leads to a page that exists', async ({ page, baseURL }) => {
  const pages = new Set(builtPages().map((p) => new URL(p, baseURL).href));
  const broken: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = href.split('#')[0];
      if (!pages.has(target)) broken.push(`${path} → ${href}`);
    }
  }
  expect(broken).toEqual([]);
});

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
