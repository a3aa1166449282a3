/**
 * axe on every interactive block in each of its states. Unanswered blocks are scanned
 * with every lesson in pages.spec.ts; here every block of the course is shown answered
 * wrong and answered right (knowledge checks, ordering, matching), every case scenario
 * at a poor or mixed ending and at a good one, and every reflection with text in it.
 * The answers are put in the saved progress, so a lesson opens with all its blocks in
 * one state and one scan covers them; answering by keyboard is tested in blocks.spec.ts.
 * A saved wrong answer opens as a first try (README, "Feedback"): a single answer explains
 * only the learner's choice, a partly right multiple choice says how many, not which, and
 * ordering and matching keep their answer back; a right one offers nothing more to try. A
 * finished case compares each decision with the best path.
 * nb only: the blocks are the same templates in every language. Network and script errors
 * on every page are pages.spec.ts's job (here the quick hops between pages cut off favicon loads).
 */
import { expect, test } from '@playwright/test';
import type { ChoiceBlock, MatchingBlock, OrderingBlock, ScenarioBlock } from '../../src/content/block-schemas.ts';
import { courseIndex } from '../../src/course/course-index.ts';
import type { BlockAnswer, ProgressState } from '../../src/progress/progress-state.ts';
import { encodeState } from '../../src/progress/state-codec.ts';
import { course, fill, strings } from './course.ts';
import { axeViolations, seedSavedProgress, waitForIslands } from './site.ts';

const lang = 'nb';
const s = strings[lang];
const index = courseIndex(course);

/** The option indexes that lead from the first step to an ending that `wanted` accepts, if any. */
function pathTo(c: ScenarioBlock, wanted: (outcome: string) => boolean): number[] | undefined {
  const walk = (id: string, seen: string[]): number[] | undefined => {
    const ending = c.endings.find((e) => e.id === id);
    if (ending) return wanted(ending.outcome) ? [] : undefined;
    if (seen.includes(id)) return undefined;
    const step = c.steps.find((x) => x.id === id)!;
    for (const [i, o] of step.options.entries()) {
      const rest = walk(o.next, [...seen, id]);
      if (rest) return [i, ...rest];
    }
    return undefined;
  };
  return walk(c.steps[0].id, []);
}

const reversed = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i);
const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every block answered right, or every block answered wrong (a scenario at its worst reachable ending). */
function answers(right: boolean): ProgressState {
  const all: Record<string, BlockAnswer> = {};
  for (const b of course.blocks) {
    const text = b.text[lang];
    if (text.type === 'choice') {
      const wrong = text.options.findIndex((o) => !o.correct);
      // A multiple choice answered partly right: one right option and one wrong.
      const partly = [text.options.findIndex((o) => o.correct), wrong].sort((x, y) => x - y);
      all[b.id] = { type: 'choice', selected: right ? text.options.flatMap((o, i) => (o.correct ? [i] : [])) : text.multiple ? partly : [wrong] };
    } else if (text.type === 'ordering') {
      all[b.id] = { type: 'ordering', order: right ? identity(text.items.length) : reversed(text.items.length) };
    } else if (text.type === 'matching') {
      all[b.id] = { type: 'matching', matches: right ? identity(text.pairs.length) : text.pairs.map(() => 0) };
    } else if (text.type === 'scenario') {
      const path = right ? pathTo(text, (o) => o === 'good') : pathTo(text, (o) => o !== 'good') ?? pathTo(text, () => true);
      all[b.id] = { type: 'scenario', path: path! };
    }
  }
  return { visited: [], answers: all };
}

const lessonsWithBlocks = [...new Set(course.blocks.map((b) => b.lessonKey))];
const byModule = Map.groupBy(lessonsWithBlocks, (key) => key.split('/')[0]);

for (const [moduleId, keys] of byModule) {
  test(`${moduleId}: every block passes axe answered wrong and answered right (${keys.length} lesson${keys.length > 1 ? 's' : ''}, nb)`, async ({ page }) => {
    test.setTimeout(30_000 + keys.length * 20_000);
    const problems: string[] = [];
    for (const right of [false, true]) {
      await seedSavedProgress(page, encodeState(index, answers(right)));
      for (const key of keys) {
        await page.goto(`${lang}/${key}/index.html`);
        await waitForIslands(page);
        const blocks = course.blocks.filter((b) => b.lessonKey === key);
        // Each block shows its answered state, so the scan sees what a learner who answered sees.
        for (const b of blocks.filter((x) => x.type === 'choice')) {
          const q = b.text[lang] as ChoiceBlock;
          const box = page.locator(`section[aria-labelledby="choice-${b.id}-kind"]`);
          const rights = q.options.filter((o) => o.correct).length;
          const firstTry = q.multiple ? fill(s.resultPartial, { right: 1, chosen: 2, missing: rights - 1 }) : s.resultIncorrect;
          await expect(box.getByRole('status')).toHaveText(right ? s.resultCorrect : firstTry);
          if (right) {
            await expect(box.getByRole('button')).toHaveCount(0);
          } else {
            // Nothing gives the right option away: only a single answer's own choice is explained.
            await expect(box.locator('.option--right')).toHaveCount(0);
            await expect(box.locator('.option__feedback')).toHaveCount(q.multiple ? 0 : 1);
            await expect(box.getByRole('button', { name: s.tryAgain })).toBeVisible();
            await expect(box.getByRole('button', { name: s.showAnswer })).toBeVisible();
          }
        }
        for (const b of blocks.filter((x) => x.type === 'ordering' || x.type === 'matching')) {
          const text = b.text[lang] as OrderingBlock | MatchingBlock;
          const box = page.locator(`section[aria-labelledby="${b.type}-${b.id}-kind"]`);
          if (right) await expect(box).toContainText(text.explanation);
          else await expect(box).not.toContainText(text.explanation);
          await expect(box.getByRole('button', { name: s.showAnswer })).toHaveCount(right ? 0 : 1);
          await expect(box.getByRole('button', { name: s.tryAgain })).toHaveCount(right ? 0 : 1);
        }
        for (const b of blocks.filter((x) => x.type === 'scenario')) {
          const box = page.locator(`section[aria-labelledby="scenario-${b.id}-title"]`);
          await expect(box.locator('[data-latest]')).toHaveText(new RegExp(`^${s.scenarioOutcome}: `));
          const path = (answers(right).answers[b.id] as { path: number[] }).path;
          await expect(box.locator('.scenario__compare')).toHaveCount(path.length);
          // Away from a good ending, the best path is spelt out, and it leads to a good one.
          if (!right) await expect(box.getByRole('heading', { name: `${s.scenarioBestPath}: ${s.outcomeGood}` })).toBeVisible();
        }
        for (const box of await page.locator('section.block--reflection textarea').all()) await box.fill('Mine egne tanker.');
        problems.push(...(await axeViolations(page, 'section.block')).map((v) => `${key} (${right ? 'right' : 'wrong'}): ${v}`));
      }
    }
    expect(problems).toEqual([]);
  });
}
