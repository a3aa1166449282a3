/**
 * Every module's practice works with the keyboard alone: a learner answers a
 * knowledge check wrong (only their own choice is explained), sees the answer
 * (by asking, or in one module by a second wrong try) and then
 * answers right, and plays a case scenario to a good ending, which compares
 * each decision with the best path; feedback is announced in live regions and
 * axe passes on each block in its answered states. Modules rotate through the
 * three languages.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ChoiceBlock, MatchingBlock, OrderingBlock, ScenarioBlock } from '../../src/content/block-schemas.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { course, fill, languages, strings } from './course.ts';
import { axeViolations as axeOn, guardNetwork, tabTo, waitForIslands } from './site.ts';
import { chooseByKeyboard, rightOptions } from './answer.ts';

async function openLesson(page: Page, lang: Lang, lessonKey: string) {
  await page.goto(`${lang}/${lessonKey}/index.html`);
  await waitForIslands(page);
}

/** Selects exactly `wanted` in a choice block with the keyboard, then checks. */
async function answerChoice(page: Page, root: string, block: ChoiceBlock, wanted: number[], checkLabel: string) {
  const inputs = page.locator(`${root} input`);
  await chooseByKeyboard(page, inputs, block.multiple, wanted);
  for (const input of await inputs.all()) await expect(input).toBeChecked({ checked: wanted.includes(Number(await input.getAttribute('value'))) });
  await tabTo(page, page.locator(root).getByRole('button', { name: checkLabel }));
  await page.keyboard.press('Enter');
}

/** The choices along a path to a good ending: what a learner who follows the principles would pick. */
function goodPath(s: ScenarioBlock): number[] {
  const walk = (id: string): number[] | undefined => {
    if (s.endings.some((e) => e.id === id)) return s.endings.find((e) => e.id === id)!.outcome === 'good' ? [] : undefined;
    const step = s.steps.find((x) => x.id === id)!;
    for (const [i, o] of step.options.entries()) {
      const rest = walk(o.next);
      if (rest) return [i, ...rest];
    }
    return undefined;
  };
  return walk(s.steps[0].id)!;
}

/**
 * What a finished case says at each decision: "the best choice here", or the best choice by its
 * words. The best choice is worked out here from the authored case, independently of the page:
 * the choice that reaches the best outcome in the fewest decisions, the one listed last on a tie.
 */
function expectComparison(c: ScenarioBlock, path: number[], shown: string[], s: (typeof strings)[Lang]) {
  const rank = { good: 0, mixed: 1, poor: 2 };
  const score = (id: string): number => {
    const ending = c.endings.find((e) => e.id === id);
    if (ending) return rank[ending.outcome] * 100;
    return 1 + Math.min(...c.steps.find((x) => x.id === id)!.options.map((o) => score(o.next)));
  };
  let step = c.steps[0];
  path.forEach((choice, n) => {
    const scores = step.options.map((o) => score(o.next));
    const best = scores.lastIndexOf(Math.min(...scores));
    expect(shown[n].replace(/^[✓→]\s*/, '')).toBe(best === choice ? s.scenarioBestChoice : fill(s.scenarioBetterChoice, { choice: step.options[best].text }));
    step = c.steps.find((x) => x.id === step.options[choice].next) ?? step;
  });
}

course.modules.forEach((m, i) => {
  const lang = languages[i % languages.length];
  const s = strings[lang];
  const quiz = course.blocks.find((b) => b.moduleId === m.id && b.type === 'choice')!;
  const scenario = course.blocks.find((b) => b.moduleId === m.id && b.type === 'scenario');

  test(`${m.id} (${lang}): a knowledge check${scenario ? ' and a case scenario' : ''} with the keyboard only`, async ({ page }) => {
    const problems = await guardNetwork(page);
    const q = quiz.text[lang] as ChoiceBlock;
    const root = `section[aria-labelledby="choice-${q.id}-kind"]`;
    const right = rightOptions(q.options);
    const wrong = [q.options.findIndex((o) => !o.correct)];
    await openLesson(page, lang, quiz.lessonKey);

    const status = page.locator(`${root} [role="status"]`);
    const firstTry = q.multiple ? fill(s.resultPartial, { right: 0, chosen: 1, missing: right.length }) : s.resultIncorrect;
    await answerChoice(page, root, q, wrong, s.checkAnswer);
    // A first wrong try: why the chosen option does not hold, and nothing that gives the right one away.
    await expect(status).toHaveText(firstTry);
    await expect(page.locator(root)).toContainText(q.options[wrong[0]].feedback);
    for (const r of right) await expect(page.locator(root)).not.toContainText(q.options[r].feedback);
    await expect(page.locator(`${root} .option--right`)).toHaveCount(0);
    await expect(page.locator(root).getByRole('button', { name: s.tryAgain })).toBeFocused();
    await expect(page.locator(root).getByRole('button', { name: s.showAnswer })).toBeVisible();
    expect(await axeOn(page, root), 'answered wrong, first try').toEqual([]);

    if (i !== 1) {
      await page.keyboard.press('Tab');
      await expect(page.locator(root).getByRole('button', { name: s.showAnswer })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator(root).getByRole('button', { name: s.tryAgain })).toBeFocused();
    } else {
      await page.keyboard.press('Enter');
      await expect(page.locator(`${root} input`).first()).toBeFocused();
      await answerChoice(page, root, q, wrong, s.checkAnswer);
    }
    // The answer revealed: every option marked right or not right, with why; "Try again" still there.
    await expect(status).toHaveText(s.resultRevealed);
    await expect(page.locator(`${root} .option--right`)).toHaveCount(right.length);
    await expect(page.locator(`${root} .option__feedback`)).toHaveCount(q.options.length);
    await expect(page.locator(root).getByRole('button', { name: s.showAnswer })).toHaveCount(0);
    expect(await axeOn(page, root), 'answer revealed').toEqual([]);

    await page.keyboard.press('Enter');
    await expect(page.locator(`${root} input`).first()).toBeFocused();
    await answerChoice(page, root, q, right, s.checkAnswer);
    await expect(status).toHaveText(s.resultCorrect);
    // Right: nothing left to try, and focus stays in the block, on the result.
    await expect(page.locator(`${root} button`)).toHaveCount(0);
    await expect(status).toBeFocused();
    expect(await axeOn(page, root), 'answered right').toEqual([]);

    if (scenario) {
      const c = scenario.text[lang] as ScenarioBlock;
      const box = `section[aria-labelledby="scenario-${c.id}-title"]`;
      if (scenario.lessonKey !== quiz.lessonKey) await openLesson(page, lang, scenario.lessonKey);
      let step = c.steps[0];
      for (const [n, choice] of goodPath(c).entries()) {
        const option = page.locator(box).getByRole('button', { name: step.options[choice].text, exact: true });
        await tabTo(page, option);
        await page.keyboard.press('Enter');
        // The learner hears what their choice led to, and focus moves on to what comes next.
        await expect(page.locator(`${box} [role="status"]`)).toContainText(step.options[choice].consequence);
        await expect(page.locator(`${box} [data-latest]`)).toBeFocused();
        const next = c.steps.find((x) => x.id === step.options[choice].next);
        if (next) {
          await expect(page.locator(`${box} [data-latest]`)).toHaveText(fill(s.scenarioDecision, { n: n + 2 }));
          step = next;
        }
      }
      await expect(page.locator(`${box} [data-latest]`)).toHaveText(`${s.scenarioOutcome}: ${s.outcomeGood}`);
      await expect(page.locator(box)).toContainText(c.debrief.text);
      // The path summary: every decision compared with the best choice there.
      await expect(page.locator(`${box} .scenario__compare`)).toHaveCount(goodPath(c).length);
      expectComparison(c, goodPath(c), await page.locator(`${box} .scenario__compare`).allTextContents(), s);
      expect(await axeOn(page, box), 'scenario ended').toEqual([]);

      // A learner who leaves and comes back finds the case where they left it.
      await page.reload();
      await waitForIslands(page);
      await expect(page.locator(box).getByRole('heading', { name: `${s.scenarioOutcome}: ${s.outcomeGood}` })).toBeVisible();
    }
    expect(problems).toEqual([]);
  });
});

test('ordering: items are moved with the keyboard, each move is announced, and the check explains', async ({ page }) => {
  const node = course.blocks.find((b) => b.type === 'ordering')!;
  const lang = 'nb';
  const s = strings[lang];
  const block = node.text[lang] as OrderingBlock;
  const root = `section[aria-labelledby="ordering-${block.id}-kind"]`;
  await openLesson(page, lang, node.lessonKey);
  const items = page.locator(`${root} .ordering__text`);

  // Selection sort with "move up" buttons: bring the item that belongs at each position there.
  for (let target = 0; target < block.items.length; target++) {
    const texts = await items.allTextContents();
    let at = texts.indexOf(block.items[target]);
    if (at === target) continue;
    await tabTo(page, page.locator(root).getByRole('button', { name: fill(s.moveUp, { item: block.items[target] }) }), 120);
    while (at > target) {
      await page.keyboard.press('Enter');
      at--;
      await expect(page.locator(`${root} [role="status"]`)).toHaveText(fill(s.orderingMoved, { item: block.items[target], n: at + 1, total: block.items.length }));
    }
  }
  await expect(items).toHaveText(block.items);
  await tabTo(page, page.locator(root).getByRole('button', { name: s.checkOrder }), 120);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${root} [role="status"]`)).toHaveText(s.orderingCorrect);
  await expect(page.locator(root)).toContainText(block.explanation);
  // Right: nothing left to try; focus stays on the result.
  await expect(page.locator(root).getByRole('button', { name: s.tryAgain })).toHaveCount(0);
  await expect(page.locator(`${root} [role="status"]`)).toBeFocused();
  expect(await axeOn(page, root)).toEqual([]);
});

test('matching: every item is matched with the keyboard; a first wrong try says which are wrong, the answer comes when asked', async ({ page }) => {
  const node = course.blocks.find((b) => b.type === 'matching')!;
  const lang = 'sv';
  const s = strings[lang];
  const block = node.text[lang] as MatchingBlock;
  const root = `section[aria-labelledby="matching-${block.id}-kind"]`;
  await openLesson(page, lang, node.lessonKey);

  // Every item gets the first item's match: one right, the rest wrong.
  for (const pair of block.pairs) {
    const select = page.locator(root).getByLabel(pair.left, { exact: true });
    await tabTo(page, select, 120);
    await select.selectOption({ label: block.pairs[0].right });
  }
  await tabTo(page, page.locator(root).getByRole('button', { name: s.checkMatches }), 120);
  await page.keyboard.press('Enter');
  const status = page.locator(`${root} [role="status"]`);
  await expect(status).toHaveText(`${fill(s.matchingIncorrect, { n: 1, total: block.pairs.length })} ${s.tryOrShow}`);
  // Which matches are wrong, but not what they should be, and no explanation yet.
  await expect(page.locator(`${root} .option__feedback`).filter({ hasText: s.matchingWrong })).toHaveCount(block.pairs.length - 1);
  await expect(page.locator(root)).not.toContainText(fill(s.matchingBelongs, { right: block.pairs[1].right }));
  await expect(page.locator(root)).not.toContainText(block.explanation);
  await expect(page.locator(root).getByRole('button', { name: s.tryAgain })).toBeFocused();
  expect(await axeOn(page, root), 'first try').toEqual([]);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(fill(s.matchingIncorrect, { n: 1, total: block.pairs.length }));
  await expect(page.locator(root)).toContainText(fill(s.matchingBelongs, { right: block.pairs[1].right }));
  await expect(page.locator(root)).toContainText(block.explanation);
  await expect(page.locator(root).getByRole('button', { name: s.showAnswer })).toHaveCount(0);
  await expect(page.locator(root).getByRole('button', { name: s.tryAgain })).toBeFocused();
  expect(await axeOn(page, root), 'answer shown').toEqual([]);
});

test('a reflection stays on the device and says so', async ({ page }) => {
  const node = course.blocks.find((b) => b.type === 'reflection')!;
  const s = strings.en;
  await openLesson(page, 'en', node.lessonKey);
  const box = page.getByRole('textbox', { name: s.reflectionLabel }).first();
  await tabTo(page, box, 150);
  await page.keyboard.type('My own thoughts.');
  await expect(page.getByText(s.reflectionPrivacy).first()).toBeVisible();
  await expect(page.getByText(s.reflectionSaved).first()).toBeVisible();
  const progress = await page.evaluate(() => localStorage.getItem('se-ips:progress'));
  expect(progress).not.toContain('My own thoughts');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('textbox', { name: s.reflectionLabel }).first()).toHaveValue('My own thoughts.');
});
