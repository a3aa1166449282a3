/**
 * Every module's practice works with the keyboard alone: a learner answers a
 * knowledge check wrong and then right, and plays a case scenario to a good
 * ending; feedback is announced in live regions and axe passes on each block
 * in its answered states. Modules rotate through the three languages.
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

    await answerChoice(page, root, q, wrong, s.checkAnswer);
    await expect(page.locator(`${root} [role="status"]`)).toHaveText(s.resultIncorrect);
    await expect(page.locator(root)).toContainText(q.options[wrong[0]].feedback);
    await expect(page.locator(root).getByRole('button', { name: s.tryAgain })).toBeFocused();
    expect(await axeOn(page, root), 'answered wrong').toEqual([]);

    await page.keyboard.press('Enter');
    await expect(page.locator(`${root} input`).first()).toBeFocused();
    await answerChoice(page, root, q, right, s.checkAnswer);
    await expect(page.locator(`${root} [role="status"]`)).toHaveText(s.resultCorrect);
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
  expect(await axeOn(page, root)).toEqual([]);
});

test('matching: every item is matched with the keyboard and wrong matches are corrected', async ({ page }) => {
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
  await expect(page.locator(`${root} [role="status"]`)).toHaveText(fill(s.matchingIncorrect, { n: 1, total: block.pairs.length }));
  await expect(page.locator(root)).toContainText(fill(s.matchingBelongs, { right: block.pairs[1].right }));
  expect(await axeOn(page, root)).toEqual([]);
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
