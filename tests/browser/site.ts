/** Helpers shared by the browser tests: the built pages, keyboard moves, and network guards. */
import { readdirSync } from 'node:fs';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/tracking/browser-backend.ts';

/** Every page of the built site, as paths relative to the base ("nb/history/origins/index.html"). */
export function builtPages(): string[] {
  return readdirSync('dist/site', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** The pages a learner reads; the SCORM launch pages (`<lang>/scorm/…`) only host the course inside an LMS and have tests of their own. */
export function coursePages(): string[] {
  return builtPages().filter((p) => !/^[a-z]{2}\/scorm\//.test(p));
}

/**
 * Records failed and outside requests and script errors; call before the first navigation.
 * It listens instead of intercepting, so pages load at full speed; nothing outside can
 * answer here anyway, and any attempt is reported.
 */
export async function guardNetwork(page: Page) {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'about:', 'file:'].includes(url.protocol)) problems.push(`outside request: ${url.href}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // A request cut short because the page moved on (a link followed while scripts load) is not a fault.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  return problems;
}

/**
 * Presses Tab until `target` has focus, as a keyboard user would. Focus must stay on
 * something all the way: landing on the page body means it fell off the page (lost),
 * and not reaching the target means it is out of reach or focus is trapped.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  // Found once: a role-and-name locator would work out every link's accessible name again on each press.
  const handle = await target.elementHandle({ timeout: 2_000 }).catch(() => null);
  const where = (el: Element) => (el === document.activeElement ? 'target' : !document.activeElement || document.activeElement === document.body ? 'body' : 'other');
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const at = await (handle ? handle.evaluate(where) : target.evaluate(where)).catch(() => 'other');
    if (at === 'target') return;
    if (at === 'body') throw new Error(`Focus fell onto the page body after ${i + 1} presses of Tab on the way to ${target}`);
  }
  throw new Error(`Could not reach ${target} with ${maxPresses} presses of Tab`);
}

/**
 * Waits until islands have hydrated, so stored progress is on screen and buttons work.
 * Checked on every animation frame: expect's back-off polling would idle up to a second.
 */
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { polling: 'raf' });
}

/**
 * Puts raw text in the saved-progress slot, from the language chooser, which has no
 * islands: a course page could still be hydrating and overwrite the value.
 */
export async function seedSavedProgress(page: Page, raw: string) {
  await page.goto('index.html');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, raw]);
}

/** The site-wide notice about saving progress (blocks have live regions of their own). */
export const progressNotice = (page: Page | FrameLocator) => page.locator('div.notice[role="status"]');

export { axeViolations, WCAG_TAGS } from './axe.ts';
