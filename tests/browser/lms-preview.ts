/** Driving the LMS preview (/lms/) in browser tests: launch a built package, reach the course inside it, read what the LMS stored. */
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { courseIndex } from '../../src/course/course-index.ts';
import type { ProgressState } from '../../src/progress/progress-state.ts';
import { unseal } from '../../src/tracking/scorm/learner-seal.ts';
import { unstamp } from '../../src/tracking/scorm/write-stamp.ts';
import { decodeState } from '../../src/progress/state-codec.ts';
import type { SavedStateSource } from '../../src/preview/app/preview-learners.ts';
import type { ScormVersion } from '../../src/tracking/scorm/scorm-versions.ts';
import { course, strings } from './course.ts';

export type Version = ScormVersion;
export const lang = 'en';
export const s = strings[lang];
export const index = courseIndex(course);
export const lessons = course.modules.flatMap((m) => m.lessons);

/** The course page inside the launcher inside the preview's frame. */
export const coursePage = (page: Page): FrameLocator => page.frameLocator('#lms-frame').frameLocator('iframe');
export const courseHeading = (page: Page) => coursePage(page).getByRole('heading', { level: 1 });
export const field = (page: Page, name: string) => page.locator(`#lms-data dd[data-field="${name}"]`);
/** The course's notice about saving (blocks have live regions of their own). */
export const lmsNotice = (page: Page) => coursePage(page).locator('div.notice[role="status"]');
export const choiceBox = (page: Page, blockId: string) => coursePage(page).locator(`section[aria-labelledby="choice-${blockId}-kind"]`);

/** A click on a button before its island hydrates does nothing, as for a real learner: wait first. */
export const islandsReady = (page: Page) => expect(coursePage(page).locator('astro-island[ssr]')).toHaveCount(0);

/**
 * Runs `action`, which loads a course page (a link, a reload, a relaunch), and waits until the new page
 * has loaded and hydrated. The frames share the preview's origin, so the preview page can look into them;
 * it checks on every animation frame (expect's back-off polling idles up to a second), and marks the page
 * it saw before so that one is never taken for the new one.
 */
export async function nextCoursePage(page: Page, action: () => Promise<unknown>) {
  const inner = () => {
    const launcher = document.querySelector<HTMLIFrameElement>('#lms-frame')?.contentDocument;
    return launcher?.querySelector('iframe')?.contentDocument as (Document & { seenBefore?: boolean }) | null | undefined;
  };
  await page.evaluate(`(${inner.toString()})()?.documentElement && ((${inner.toString()})().seenBefore = true)`);
  await action();
  await page.waitForFunction(`(() => { const doc = (${inner.toString()})();
    return !!doc && !doc.seenBefore && doc.readyState === 'complete' && !!doc.querySelector('h1') && !doc.querySelector('astro-island[ssr]'); })()`,
  undefined, { polling: 'raf' });
}

export interface LaunchOptions {
  learner?: string;
  savedState?: SavedStateSource;
  /** What the LMS reports as the learner's name, instead of the preset learner's. */
  learnerName?: string;
  /** Switch the preview's Moodle profile on (its rules and a 2-second server) before launching. */
  moodle?: boolean;
}

export async function launch(page: Page, version: Version, options: LaunchOptions = {}) {
  if (!page.url().endsWith('/lms/')) await page.goto('/lms/');
  await page.getByLabel('Language').selectOption(lang);
  await page.getByLabel('SCORM version').selectOption(version);
  await page.getByLabel('Package').selectOption('course');
  if (options.learner) await page.getByLabel('Learner', { exact: true }).selectOption(options.learner);
  await page.getByLabel('Saved state handed out at launch').selectOption(options.savedState ?? 'own');
  if (options.learnerName) await page.getByLabel('Learner name').fill(options.learnerName);
  if (options.moodle !== undefined) await page.getByLabel('Moodle profile:').setChecked(options.moodle);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
}

/**
 * Stores what the preview LMS hands the next launch of a package to a learner, as if an earlier
 * session had left it there (`cmi` as in scorm-again's JSON, e.g. suspend_data, location).
 */
export async function seedLmsRecord(page: Page, packageName: string, cmi: Record<string, unknown>, learner = 'learner-ada') {
  await page.goto('/lms/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`lms-preview:${learner}:${packageName}`, JSON.stringify(cmi)]);
}

export const exitCourse = (page: Page) => page.getByRole('button', { name: 'Exit course' }).click();

/** How many Commit and Terminate requests the preview's server has answered so far (beacons arrive late). */
export const delivered = async (page: Page) => Number(await page.locator('#lms-status').getAttribute('data-delivered') ?? 0);
/** Exits and waits until the server has answered `requests` more requests (Commit and Terminate: 2; in review: 1). */
export async function exitAndWaitForServer(page: Page, requests = 2) {
  const before = await delivered(page);
  await exitCourse(page);
  await expect(page.locator('#lms-status')).toHaveAttribute('data-delivered', String(before + requests));
}

/**
 * The learner switches to another tab or window: the launcher is told its page is hidden, as the browser tells it.
 * (A headless page is never really hidden, so the state is set for this one event.)
 */
export const learnerSwitchesTab = (page: Page) => page.frameLocator('#lms-frame').locator('#launcher').evaluate(() => {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  delete (document as { visibilityState?: unknown }).visibilityState;
});
export const relaunch = (page: Page) => page.getByRole('button', { name: 'Relaunch (resume)' }).click();

/** Loads a lesson (or, with null, the same page again) in the launcher's course frame. */
async function loadInCourseFrame(page: Page, key: string | null) {
  const launcher = page.frameLocator('#lms-frame').locator('#launcher');
  // The launcher points its frame at the bookmark once its LMS session has started: until then, it would undo ours.
  await expect(launcher.locator('iframe')).toHaveAttribute('src', /\S/);
  return launcher.evaluate((root, lesson) => {
    const frame = root.querySelector('iframe')!;
    if (lesson === null) frame.contentWindow!.location.reload();
    else frame.src = (JSON.parse(root.dataset.config!) as { lessons: Record<string, string> }).lessons[lesson];
  }, key);
}

/** Opens a lesson in the course frame, as a learner following a link does, and waits until its islands run (the visit is recorded). */
export async function openLesson(page: Page, key: string) {
  await nextCoursePage(page, () => loadInCourseFrame(page, key));
  await expect(courseHeading(page)).toHaveText(lessonTitle(key));
}

/** The learner reloads the course page; the launcher, and with it the LMS session, stays. */
export const reloadCoursePage = (page: Page) => nextCoursePage(page, () => loadInCourseFrame(page, null));

export const lessonTitle = (key: string) => lessons.find((l) => l.key === key)!.text[lang].title;

/** Checks the given options of a choice block and asks for the result. */
export async function answerChoice(page: Page, blockId: string, selected: number[]) {
  const box = choiceBox(page, blockId);
  for (const i of selected) await box.locator(`input[value="${i}"]`).check();
  await box.getByRole('button', { name: s.checkAnswer }).click();
  // Checked: "Check answer" gives way to "Try again", or to nothing once right.
  await expect(box.getByRole('button', { name: s.checkAnswer })).toHaveCount(0);
}

export const rightOptions = (blockId: string) => index.blocks.find((b) => b.id === blockId && b.type === 'choice')! as { correct: number[]; options: number };

/** What the preview LMS stored for a learner and package at the last commit or exit. */
export async function storedRecord(page: Page, version: Version, learner = 'learner-ada') {
  const key = `lms-preview:${learner}:se-ips-${lang}-scorm${version === '2004' ? '2004' : '12'}.zip`;
  const cmi = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as Record<string, any> | null, key);
  if (!cmi) return undefined;
  const interactions = Object.values((cmi.interactions ?? {}) as Record<string, { id: string }>).map((i) => i.id);
  const location = String((version === '2004' ? cmi.location : cmi.core?.lesson_location) ?? '');
  const status = version === '2004'
    ? { completion: String(cmi.completion_status ?? ''), success: String(cmi.success_status ?? ''), score: String(cmi.score?.raw ?? '') }
    : { lessonStatus: String(cmi.core?.lesson_status ?? ''), score: String(cmi.core?.score?.raw ?? '') };
  return { suspendData: String(cmi.suspend_data ?? ''), location, interactions, ...status };
}

/**
 * What the learner did, in a stored suspend_data read as the course reads it for `learner`. The option-shuffle
 * seed is left out: it is drawn at random per learner, and its staying the same across relaunches is checked
 * where it shows, in the option order (scorm.spec.ts, progress.spec.ts).
 */
export function storedState(suspendData: string, learner = 'learner-ada'): { state: Omit<ProgressState, 'seed'>; foreign: boolean } {
  const { text, foreign } = unseal(suspendData, learner);
  const { seed: _seed, ...state } = decodeState(index, unstamp(text).text).state;
  return { state, foreign };
}

/** The innermost frame (the course page), for fast in-page waits. */
export function courseFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.parentFrame()?.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('No course page in the preview');
  return frame;
}
