/**
 * axe-core with the WCAG 2.2 A/AA rules, run straight in a page: shared by the
 * browser tests and the bench's scan of every page in both colour schemes.
 *
 * @axe-core/playwright's AxeBuilder injects the unminified axe source (1.3 MB) twice a
 * scan, and in its default mode also opens a new tab to merge per-frame results; on a
 * 2-core machine that cost more than the rules themselves. Here axe-core's minified build
 * goes into a page once and every scan of that page reuses it. Every WCAG A/AA rule still runs; only violations come back.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** axe rule tags for WCAG 2.2 level A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * One line per violation, naming the rule and its first elements, on the whole page or the
 * part `scope` selects; `{ iframes: false }` leaves out what frames show (the SCORM launch
 * page's frame holds a course page that is scanned on its own).
 */
export async function axeViolations(page: Page, scope?: string | { iframes: false }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const selector = typeof scope === 'string' ? scope : null;
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'], ...(typeof scope === 'object' ? scope : {}) };
  const violations = await page.evaluate(
    async ([selector, options]) => ((await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(selector ?? document, options)).violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
    [selector, options] as const,
  );
  return violations.map((v) => `axe: ${v.id} (${v.impact}) ${v.help} → ${v.targets.slice(0, 3).join(', ')}`);
}
