/**
 * Every built page, served from a deep sub-path as an LMS does: it loads with all its
 * assets, nothing leaves the machine, every link resolves, it never scrolls sideways
 * from a 320 px phone to a 1920 px projector, and axe finds no WCAG 2.2 A/AA violation.
 * Each message names its page; one visit per page, so the suite stays quick.
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
const isLesson = (path: string) => /^[a-z]{2}\/[^/]+\/[^/]+\/index\.html$/.test(path) && !/\/(glossary|sources|assessment|present)\//.test(path);
const scannedByAxe = (path: string) => path.startsWith('nb/') || !isLesson(path);

test('the build has every page the course describes', () => {
  // The language choice, then per language: home, glossary, sources, final assessment, each module, its presentation and each lesson.
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  expect(pages.length).toBe(1 + languages.length * (4 + 2 * course.modules.length + lessons));
});

// One test per language and module (or stand-alone page): a failure names the group and each message names its page.
// Pages in a group share one browser tab, so scripts and styles come from its cache as they would for a learner.
const groups = Map.groupBy(pages, (path) => path.split('/').slice(0, 2).join('/').replace(/\/index\.html$|\.html$/, ''));

for (const [group, paths] of groups) {
  const axeCount = paths.filter(scannedByAxe).length;
  test(`${group}: ${paths.length} page${paths.length > 1 ? 's' : ''} load under /a/b/c/ with links that resolve and no sideways scroll at 320 and 1920 px${axeCount ? `; axe finds no WCAG 2.2 AA violation on ${axeCount}` : ''}`, async ({ page, baseURL }) => {
    test.setTimeout(30_000 + paths.length * 10_000);
    const network = await guardNetwork(page);
    const known = new Set(builtPages().map((p) => new URL(p, baseURL).href));
    const problems: string[] = [];
    for (const path of paths) {
      const found: string[] = [];
      await page.setViewportSize({ width: 320, height: 800 });
      const response = await page.goto(path);
      if (response?.status() !== 200) found.push(`status ${response?.status()}`);
      await waitForIslands(page);

      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      found.push(...hrefs.filter((href) => !known.has(href.split('#')[0])).map((href) => `broken link: ${href}`));
      for (const width of [320, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (scroll > client) found.push(`scrolls sideways: ${scroll}px wide in a ${client}px window`);
      }
      if (scannedByAxe(path)) {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        found.push(...violations.map((v) => `axe: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
      }
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
