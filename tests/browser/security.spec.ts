/**
 * The Content-Security-Policy seen from a browser: the pages a learner, a trainer and an
 * LMS open run with no violation at all; code injected into a page does not run and cannot
 * reach another site; and what an LMS sends (learner name, suspend_data, bookmark) is only
 * ever text: no dialog, no markup, the course still usable and the learner told.
 */
import { expect, test, type Page } from '@playwright/test';
import { course, strings } from './course.ts';
import { coursePage, field as lmsField, launch, seedLmsRecord } from './lms-preview.ts';
import { guardNetwork, progressNotice, waitForIslands } from './site.ts';

const quizLesson = course.blocks.find((b) => b.type === 'choice')!.lessonKey;
const firstLesson = course.modules[0].lessons[0];

/**
 * Records CSP violations from every frame, console errors and dialogs; call before the
 * first navigation. Playwright's binding and init script are not subject to the page's policy.
 */
async function watchPolicy(page: Page) {
  const reports: string[] = [];
  await page.exposeBinding('__reportViolation', ({ frame }, text: string) => { reports.push(`${text} (in ${frame.url()})`); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(`violation: ${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error') reports.push(`console error: ${m.text()}`); });
  page.on('dialog', (d) => { reports.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return reports;
}

test('learner, glossary, assessment, presentation and SCORM launch pages run under the policy without one violation', async ({ page }) => {
  const reports = await watchPolicy(page);
  const problems = await guardNetwork(page);
  await page.goto('index.html');
  await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
  for (const path of ['nb/index.html', 'nb/ips/index.html', `nb/${quizLesson}/index.html`, 'en/glossary/index.html', 'sv/assessment/index.html']) {
    await page.goto(path);
    // Hydrated islands are the proof that Astro's inline island loader and the bundles ran.
    await waitForIslands(page);
    await expect(page.locator('astro-island').first()).toBeAttached();
  }
  await page.goto('nb/present/ips/index.html');
  const counter = page.locator('[data-deck="counter"]');
  await expect(counter).toHaveText(/1\D+\d+/);
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(/2\D+\d+/);
  // Without an LMS the launch page hands over to the course start, by script.
  await page.goto('en/scorm/index.html');
  await expect(page).toHaveURL(/\/en\/index\.html$/);
  await waitForIslands(page);
  expect([...reports, ...problems]).toEqual([]);
});

test('code injected into a page does not run, eval is refused, and nothing reaches another site', async ({ page }) => {
  const reports = await watchPolicy(page);
  const elsewhere: string[] = [];
  // Chromium announces a request before the policy refuses it; an answer means it really went out.
  page.on('response', (r) => { if (new URL(r.url()).hostname === 'localhost') elsewhere.push(r.url()); });
  await page.goto(`en/${quizLesson}/index.html`);
  await waitForIslands(page);
  // The same server under another name is another origin: without the policy these would succeed.
  const other = new URL(page.url().replace('127.0.0.1', 'localhost'));
  const outcome = await page.evaluate(async (otherUrl) => {
    const w = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.__ran = "inline script"';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="window.__ran = \'event handler\'">');
    const attempt = async (run: () => unknown) => { try { await run(); return 'allowed'; } catch (e) { return (e as Error).name; } };
    // DevTools lets the code it evaluates use eval; a timer callback runs as the page's own code.
    const asPage = (run: () => unknown) => new Promise<string>((resolve) => setTimeout(() => resolve(attempt(run))));
    return {
      ran: w.__ran ?? 'nothing',
      eval: await asPage(() => (0, eval)('1')),
      newFunction: await asPage(() => new Function('return 1')()),
      fetch: await attempt(() => fetch(otherUrl, { mode: 'no-cors' })),
      image: await attempt(() => new Promise((resolve, reject) => { const i = new Image(); i.onload = resolve; i.onerror = () => reject(new Error('blocked')); i.src = otherUrl; })),
    };
  }, other.href);
  expect(outcome).toEqual({ ran: 'nothing', eval: 'EvalError', newFunction: 'EvalError', fetch: 'TypeError', image: 'Error' });
  // The handler of the injected image is refused when it would have fired; only then is "it did not run" a fact.
  await expect.poll(() => reports.filter((r) => r.includes('script-src-attr')).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__ran ?? 'nothing')).toBe('nothing');
  expect(reports).toEqual(expect.arrayContaining([expect.stringMatching(/violation: script-src-elem blocked inline /), expect.stringMatching(/violation: connect-src blocked http:\/\/localhost/)]));
  expect(elsewhere).toEqual([]);
  // The page itself still works after the attempts.
  await page.getByRole('link', { name: strings.en.navGlossary }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/index\.html$/);
});

const name = '<img src=x onerror=alert(1)> "Nordmann, Kari" <script>alert(2)</script>';
// One record with every kind of hostility: markup and script text, over 61,000 characters of it, a __proto__ key
// in the JSON of the first release's format, markup as lesson keys, and bookmarks naming Object's own properties.
const hostileRecord = {
  suspend_data: JSON.stringify({ v: 1, visited: Array(1100).fill('<script>alert(1)</script><img src=x onerror=alert(1)>'), last: '__proto__' })
    .replace('{', '{"__proto__":{"polluted":"yes"},'),
  location: 'constructor',
};

test('an LMS sending a learner name with markup and hostile suspend_data and bookmark: shown as text, nothing runs, the learner is told and carries on', async ({ page }) => {
  const reports = await watchPolicy(page);
  await seedLmsRecord(page, 'se-ips-en-scorm2004.zip', hostileRecord);
  await launch(page, '2004', { learnerName: name });
  const frame = coursePage(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(strings.en.siteTitle);
  await expect(frame.locator('.learner-name')).toHaveText(name);
  await expect(progressNotice(frame)).toHaveText(strings.en.progressReset);
  await expect(frame.locator('img[src="x"]')).toHaveCount(0);
  await expect(frame.locator('script', { hasText: 'alert' })).toHaveCount(0);
  expect(await frame.locator('body').evaluate(() => ({} as Record<string, unknown>).polluted ?? 'clean')).toBe('clean');

  await frame.getByRole('link', { name: strings.en.startCourse }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(firstLesson.text.en.title);
  await expect(lmsField(page, 'location')).toHaveText(firstLesson.key);
  await expect(lmsField(page, 'suspend_data')).toHaveText(/^\d{1,3} characters$/);
  expect(reports).toEqual([]);
});
