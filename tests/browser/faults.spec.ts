/**
 * The built course in the LMS preview when the LMS misbehaves: it refuses
 * commits, throws, loses its API, answers slowly, or hands out someone else's
 * saved state. In each case the learner can go on, is told what is happening,
 * and once the LMS is back every answer is in the LMS and in the course. Then a
 * hundred seeded random sessions of answering, reloading, closing and
 * relaunching, each checked against a model of what the learner did, and a
 * hundred more under the preview's Moodle profile (posting only changed values,
 * review after a finished attempt, beacons at unload, its 1.2 rules, a slow server).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  answerChoice, choiceBox, courseFrame, courseHeading, exitCourse, index, launch, learnerSwitchesTab, lessons, lessonTitle, lmsNotice,
  nextCoursePage, openLesson, relaunch, reloadCoursePage, rightOptions, s, storedRecord, storedState, type Version,
} from './lms-preview.ts';
import { course } from './course.ts';
import { mulberry32 } from '../../src/progress/draw.ts';

/** Two lessons with a one-answer knowledge check each, in different modules. */
const first = { lesson: 'why-work/two-approaches', block: 'why-work-approach-check' };
const second = { lesson: 'history/origins', block: 'history-origins-check' };
const wrongOption = (blockId: string) => [rightOptions(blockId).correct[0] === 0 ? 1 : 0];
const troubleNotice = new RegExp(`^(${[s.lmsRetrying, s.lmsFailed].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

const note = (type: string, description: string) => {
  test.info().annotations.push({ type, description });
  console.log(`${type}: ${description}`);
};

/** The learner's work in `first` (a wrong answer) and `second` (the right one) is all in the LMS, and shown after a relaunch. */
async function expectBothAnswersKept(page: Page, version: Version) {
  const record = await storedRecord(page, version);
  const { state, foreign } = storedState(record!.suspendData);
  expect(foreign).toBe(false);
  expect(state.visited).toEqual(expect.arrayContaining([first.lesson, second.lesson]));
  expect(state.answers).toEqual({
    [first.block]: { type: 'choice', selected: wrongOption(first.block) },
    [second.block]: { type: 'choice', selected: rightOptions(second.block).correct },
  });
  await relaunch(page);
  await expect(courseHeading(page)).toHaveText(lessonTitle(second.lesson));
  // The relaunched LMS session holds both interaction records.
  await expect(page.locator('#interactions')).toContainText(first.block);
  await expect(page.locator('#interactions')).toContainText(second.block);
  await expect(choiceBox(page, second.block).getByRole('status')).toHaveText(s.resultCorrect);
  await openLesson(page, first.lesson);
  await expect(choiceBox(page, first.block).getByRole('status')).toHaveText(s.resultIncorrect);
}

const outages = [
  { fault: 'refuses commits', label: 'Refuse commits', version: '2004' },
  { fault: 'throws on every call', label: 'Throw on every call', version: '1.2' },
  { fault: 'vanishes mid-session (its API loses its methods)', label: 'Disappear (the API loses its methods)', version: '2004' },
] as const;

for (const { fault, label, version } of outages) {
  test(`an LMS that ${fault} (SCORM ${version}): the learner goes on, is told, and every answer is there once it is back`, async ({ page }) => {
    await launch(page, version);
    await expect(courseHeading(page)).toHaveText(s.siteTitle);
    await openLesson(page, first.lesson);
    await page.getByLabel(label).check();

    await answerChoice(page, first.block, wrongOption(first.block));
    // The answer waits for the next batched commit; switching to another window commits at once.
    await learnerSwitchesTab(page);
    await expect(lmsNotice(page)).toHaveText(troubleNotice);
    // Moving on and answering still work, and the next page says the same.
    await openLesson(page, second.lesson);
    await expect(lmsNotice(page)).toHaveText(troubleNotice);
    await answerChoice(page, second.block, wrongOption(second.block));

    await page.getByLabel(label).uncheck();
    // The learner's next step reaches the LMS with everything before it.
    await choiceBox(page, second.block).getByRole('button', { name: s.tryAgain }).click();
    await expect(lmsNotice(page)).toHaveText(s.lmsRecovered);
    await answerChoice(page, second.block, rightOptions(second.block).correct);
    await exitCourse(page);
    await expectBothAnswersKept(page, version);
  });
}

test('an LMS that answers slowly (each commit takes 5 s, SCORM 2004): the learner does not wait for it, nothing is reported as lost, and all is kept', async ({ page }) => {
  test.setTimeout(90_000);
  await launch(page, '2004');
  await expect(courseHeading(page)).toHaveText(s.siteTitle);
  const timed = async (step: () => Promise<void>) => { const t = Date.now(); await step(); return Date.now() - t; };
  const normal = [await timed(() => openLesson(page, first.lesson)), await timed(() => answerChoice(page, first.block, wrongOption(first.block)))];
  // What the prompt LMS has not committed yet goes now, so the slow phase starts with nothing pending.
  await learnerSwitchesTab(page);

  await page.getByLabel('Answer slowly (each commit takes 5 s)').check();
  const slow = [await timed(() => openLesson(page, second.lesson)), await timed(() => answerChoice(page, second.block, rightOptions(second.block).correct))];
  // A slow LMS is not a failing one: nothing to warn about.
  await expect(lmsNotice(page)).toHaveText('');
  note('slow LMS', `opening a lesson took ${slow[0]} ms (${normal[0]} ms with a prompt LMS), answering ${slow[1]} ms (${normal[1]} ms); commits are batched, so no step waits for one`);
  // Neither step waited for a 5-second commit (they were committed together, later).
  expect(Math.max(...slow)).toBeLessThan(5000);

  // Leaving commits once more, also slowly; the LMS has everything afterwards.
  await exitCourse(page);
  await page.getByLabel('Answer slowly (each commit takes 5 s)').uncheck();
  await expectBothAnswersKept(page, '2004');
});

test("an LMS that hands a learner another learner's saved state (SCORM 1.2): it is set aside, the learner is told, and neither learner's work is mixed into the other's", async ({ page }) => {
  await launch(page, '1.2');
  await openLesson(page, first.lesson);
  await answerChoice(page, first.block, rightOptions(first.block).correct);
  await exitCourse(page);

  await launch(page, '1.2', { learner: 'learner-bo', savedState: 'other-learner' });
  // Not resumed at Ada's lesson, and not shown Ada's answer.
  await expect(courseHeading(page)).toHaveText(s.siteTitle);
  await expect(lmsNotice(page)).toHaveText(s.progressReset);
  await openLesson(page, first.lesson);
  await expect(choiceBox(page, first.block).getByRole('button', { name: s.checkAnswer })).toBeVisible();
  await openLesson(page, second.lesson);
  await answerChoice(page, second.block, rightOptions(second.block).correct);
  await exitCourse(page);

  const bo = storedState((await storedRecord(page, '1.2', 'learner-bo'))!.suspendData, 'learner-bo');
  expect(bo).toEqual({ foreign: false, state: { visited: [first.lesson, second.lesson], last: second.lesson, answers: { [second.block]: { type: 'choice', selected: rightOptions(second.block).correct } } } });
  const ada = storedState((await storedRecord(page, '1.2', 'learner-ada'))!.suspendData, 'learner-ada');
  expect(ada).toEqual({ foreign: false, state: { visited: [first.lesson], last: first.lesson, answers: { [first.block]: { type: 'choice', selected: rightOptions(first.block).correct } } } });

  // Once the LMS hands out the right records again, each learner resumes with their own work.
  await launch(page, '1.2', { learner: 'learner-bo' });
  await expect(courseHeading(page)).toHaveText(lessonTitle(second.lesson));
  await expect(lmsNotice(page)).toHaveText('');
  await expect(choiceBox(page, second.block).getByRole('status')).toHaveText(s.resultCorrect);
  await launch(page, '1.2', { learner: 'learner-ada' });
  await expect(courseHeading(page)).toHaveText(lessonTitle(first.lesson));
  await expect(choiceBox(page, first.block).getByRole('status')).toHaveText(s.resultCorrect);
});

test("an LMS that hands out another course's saved state (SCORM 2004): the course starts over, says so, and keeps the learner's new work", async ({ page }) => {
  await launch(page, '2004', { savedState: 'other-course' });
  await expect(courseHeading(page)).toHaveText(s.siteTitle);
  await expect(lmsNotice(page)).toHaveText(s.progressReset);
  await openLesson(page, first.lesson);
  await answerChoice(page, first.block, rightOptions(first.block).correct);
  await exitCourse(page);
  const { state } = storedState((await storedRecord(page, '2004'))!.suspendData);
  expect(state).toEqual({ visited: [first.lesson], last: first.lesson, answers: { [first.block]: { type: 'choice', selected: rightOptions(first.block).correct } } });
  await launch(page, '2004');
  await expect(courseHeading(page)).toHaveText(lessonTitle(first.lesson));
  await expect(lmsNotice(page)).toHaveText('');
  await expect(choiceBox(page, first.block).getByRole('status')).toHaveText(s.resultCorrect);
});

test('an LMS that does not answer at launch (SCORM 2004): the learner is told what will happen, and at the next launch decides whether the work kept is theirs', async ({ page }) => {
  await page.goto('/lms/');
  await page.getByLabel('Throw on every call').check();
  await launch(page, '2004');
  await expect(courseHeading(page)).toHaveText(s.siteTitle);
  await expect(lmsNotice(page)).toHaveText(s.lmsOffline);
  await openLesson(page, first.lesson);
  await answerChoice(page, first.block, rightOptions(first.block).correct);
  await exitCourse(page);

  await page.getByLabel('Throw on every call').uncheck();
  await relaunch(page);
  // Asked before the course opens, with the date and what the work holds; nothing is in the LMS yet.
  const ask = page.frameLocator('#lms-frame').locator('.launcher-ask');
  await expect(ask.getByRole('heading')).toHaveText(s.offlineWorkTitle);
  const escaped = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(ask.locator('p').first()).toHaveText(new RegExp(`^${escaped(s.offlineWorkText).replace('\\{date\\}', '.+').replace('\\{lessons\\}', '1').replace('\\{answers\\}', '1').replace('\\{score\\}', '')}$`));
  await expect(ask.getByRole('button', { name: s.offlineWorkUse })).toBeFocused();
  expect(await storedRecord(page, '2004')).toBeUndefined();
  await nextCoursePage(page, () => ask.getByRole('button', { name: s.offlineWorkUse }).click());
  await expect(courseHeading(page)).toHaveText(lessonTitle(first.lesson));
  await expect(choiceBox(page, first.block).getByRole('status')).toHaveText(s.resultCorrect);
  await exitCourse(page);
  await expect.poll(async () => storedState((await storedRecord(page, '2004'))?.suspendData ?? '').state.answers)
    .toEqual({ [first.block]: { type: 'choice', selected: rightOptions(first.block).correct } });
});

// ---------------------------------------------------------------------------------------------
// Seeded random sessions: a learner answers, reloads, closes and relaunches; after each
// relaunch the LMS's record and the page shown must equal a model of what the learner did.


/** Lessons for the random walk: a few with a knowledge check each (one and several answers) and one without. */
const choiceBlocks = index.blocks.filter((b) => b.type === 'choice');
const walkBlocks = course.blocks.filter((b) => choiceBlocks.some((c) => c.id === b.id)).slice(0, 5);
const walk = [...walkBlocks.map((b) => b.lessonKey), lessons.find((l) => !course.blocks.some((b) => b.lessonKey === l.key))!.key];
const blocksOn = (lesson: string) => walkBlocks.filter((b) => b.lessonKey === lesson).map((b) => choiceBlocks.find((c) => c.id === b.id)!);

interface Model { visited: Set<string>; last?: string; answers: Map<string, number[]> }

/** What the course page shows for each knowledge check: which options are checked and whether it counts as answered. */
const shownChecks = (page: Page) => courseFrame(page).evaluate((ids) => [...document.querySelectorAll('section.block--choice')].map((box) => ({
  id: box.getAttribute('aria-labelledby')!.replace(/^choice-|-kind$/g, ''),
  // Answered blocks no longer offer "Check answer" (a right one offers nothing, a wrong one "Try again").
  answered: !box.querySelector('button[type="submit"]'),
  // Options appear in the learner's shuffled order; each input's value is its authored position.
  checked: [...box.querySelectorAll('input')].flatMap((input) => (input.checked ? [Number(input.value)] : [])).sort((a, b) => a - b),
})).filter((b) => ids.includes(b.id)), walkBlocks.map((b) => b.id));
/**
 * Clicks in the course page itself, one round trip per step: the same DOM events and handlers as a
 * learner's clicks, without Playwright's per-action checks, so a hundred sessions fit the time budget.
 */
async function clickInBlock(page: Page, blockId: string, options: number[], button: 'submit' | 'retry') {
  const frame = courseFrame(page);
  await frame.evaluate(async ({ id, options, button }) => {
    const box = document.querySelector(`section[aria-labelledby="choice-${id}-kind"]`)!;
    // Preact re-renders after each click; the button reads what was rendered, as after a learner's clicks.
    const settle = () => new Promise((done) => setTimeout(done, 0));
    for (const i of options) { box.querySelector<HTMLInputElement>(`input[value="${i}"]`)!.click(); await settle(); }
    box.querySelector<HTMLButtonElement>(button === 'submit' ? 'button[type="submit"]' : '.block__retry')!.click();
  }, { id: blockId, options, button });
  // Answered blocks lose "Check answer"; cleared ones get it back.
  await frame.waitForFunction(({ id, button }) => !document.querySelector(`section[aria-labelledby="choice-${id}-kind"] button[type="submit"]`) === (button === 'submit'),
    { id: blockId, button }, { polling: 'raf' });
}

const expectedChecks = (model: Model, lesson: string | undefined) => (lesson ? blocksOn(lesson) : []).map((b) => {
  const answer = model.answers.get(b.id);
  return { id: b.id, answered: !!answer, checked: answer ?? [] };
});

/**
 * The learner exits and the LMS relaunches the course, as the preview's two buttons do, in one round trip: the
 * relaunch waits (in the page) until the LMS has removed the course page, so the course has closed first.
 */
async function exitAndRelaunch(page: Page) {
  await nextCoursePage(page, () => page.evaluate(async () => {
    const frame = document.getElementById('lms-frame') as HTMLIFrameElement;
    document.getElementById('exit')!.click();
    await new Promise<void>((gone) => {
      const check = () => (frame.contentWindow?.location.href === 'about:blank' && frame.contentDocument?.readyState === 'complete' ? gone() : requestAnimationFrame(check));
      check();
    });
    document.getElementById('relaunch')!.click();
  }));
}

/** The heading of the course page and what it shows for each knowledge check, read in one round trip. */
const shownPage = (page: Page) => courseFrame(page).evaluate((ids) => ({
  heading: document.querySelector('h1')?.textContent?.trim() ?? '',
  checks: [...document.querySelectorAll('section.block--choice')].map((box) => ({
    id: box.getAttribute('aria-labelledby')!.replace(/^choice-|-kind$/g, ''),
    // Answered blocks no longer offer "Check answer" (a right one offers nothing, a wrong one "Try again").
    answered: !box.querySelector('button[type="submit"]'),
    checked: [...box.querySelectorAll('input')].flatMap((input) => (input.checked ? [Number(input.value)] : [])).sort((a, b) => a - b),
  })).filter((b) => ids.includes(b.id)),
}), walkBlocks.map((b) => b.id));

/**
 * A hundred sessions, half under each profile: the preview as scorm-again alone, and the preview playing
 * Moodle. FAULTS_SESSIONS=400 runs a hundred per run (about 5 more minutes on 2 cores): the suite must stay under 15.
 */
const SESSIONS = Number(process.env.FAULTS_SESSIONS ?? 100);
const runs = [
  { version: '2004', moodle: false }, { version: '1.2', moodle: false },
  { version: '2004', moodle: true }, { version: '1.2', moodle: true },
] as const;
const baseSeed = Number(process.env.FAULTS_SEED ?? 20261125);

for (const [run, { version, moodle }] of runs.entries()) {
  const seed = baseSeed + run;
  const profile = moodle ? 'Moodle profile' : 'plain';
  test(`random sessions ${run + 1}/${runs.length} (SCORM ${version}, ${profile}, seed ${seed}): after every relaunch the LMS and the course show exactly what the learner did`, async ({ page }) => {
    // A page load or two per step and a relaunch per session; generous for a machine shared with other work.
    test.setTimeout(400_000);
    const random = mulberry32(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const model: Model = { visited: new Set(), answers: new Map() };
    const mismatches: string[] = [];
    const did = { opened: 0, answered: 0, cleared: 0, reloaded: 0, exited: 0, tabReloaded: 0 };
    let current: string | undefined;
    const sessions = Math.ceil(SESSIONS / runs.length);
    const compare = async (what: string, actual: () => Promise<unknown>, expected: unknown) => {
      try {
        await expect.poll(actual, { timeout: 3000 }).toEqual(expected);
      } catch (error) {
        mismatches.push(`${what}: expected ${JSON.stringify(expected)}; ${(error as Error).message.split('\n').find((l) => l.includes('Received')) ?? 'no answer'}`);
      }
    };

    await nextCoursePage(page, () => launch(page, version, { moodle }));
    await expect(courseHeading(page)).toHaveText(s.siteTitle);
    for (let n = 0; n < sessions; n++) {
      const steps = 1 + Math.floor(random() * 2);
      for (let step = 0; step < steps; step++) {
        const open = current ? blocksOn(current).filter((b) => !model.answers.has(b.id)) : [];
        // Only a wrong answer can be tried again: a right one offers no "Try again".
        const done = current ? blocksOn(current).filter((b) => model.answers.has(b.id) && model.answers.get(b.id)!.join() !== b.correct.join()) : [];
        const roll = random();
        if (open.length && roll < 0.5) {
          const b = pick(open);
          const option = () => Math.floor(random() * b.options);
          const selected = b.multiple ? [...new Set([option(), option()])].sort((x, y) => x - y) : [option()];
          await clickInBlock(page, b.id, selected, 'submit');
          model.answers.set(b.id, selected);
          did.answered++;
        } else if (done.length && roll < 0.65) {
          const b = pick(done);
          await clickInBlock(page, b.id, [], 'retry');
          model.answers.delete(b.id);
          did.cleared++;
        } else if (current && roll < 0.75) {
          // The learner reloads the course page: the launcher keeps the session.
          await reloadCoursePage(page);
          did.reloaded++;
          await compare(`session ${n}, reload of ${current}`, () => shownChecks(page), expectedChecks(model, current));
        } else {
          current = pick(walk);
          await openLesson(page, current);
          model.visited.add(current);
          model.last = current;
          did.opened++;
        }
      }
      // Close the course: the Exit button, or now and then the whole LMS tab reloading.
      if (random() < 0.1) {
        await page.reload();
        await nextCoursePage(page, () => launch(page, version, { moodle }));
        did.tabReloaded++;
      } else {
        await exitAndRelaunch(page);
        did.exited++;
      }
      const expected = { visited: lessons.map((l) => l.key).filter((k) => model.visited.has(k)), answers: Object.fromEntries([...model.answers].map(([id, selected]) => [id, { type: 'choice', selected }])), ...(model.last ? { last: model.last } : {}) };
      // Under the Moodle profile the last session's requests may still be on their way: the comparison waits for them.
      await compare(`session ${n}, the LMS's record`, async () => storedState((await storedRecord(page, version))?.suspendData ?? '').state, expected);
      current = model.last;
      await compare(`session ${n}, the page after relaunch`, () => shownPage(page), { heading: current ? lessonTitle(current) : s.siteTitle, checks: expectedChecks(model, current) });
    }
    note('random sessions', `${sessions} sessions (seed ${seed}, SCORM ${version}, ${profile}): ${JSON.stringify(did)}; ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  });
}
