/**
 * axe on every interactive block in each of its states. Unanswered blocks are scanned
 * with every lesson in pages.spec.ts; here every block of the course is shown answered
 * wrong and answered right (knowledge checks, ordering, matching), every case scenario
 * at a poor or mixed ending and at a good one, and every reflection with text in it.
 * The answers are put in the saved progress, so a lesson opens with all its blocks in
 * one state and one scan covers them; answering by keyboard is tested in blocks.spec.ts.
 * nb only: the blocks are the same templates in every language. Network and script errors
 * on every page are pages.spec.ts's job (here the quick hops between pages cut off favicon loads).
 */
import { expect, test } from '@playwright/test';
import type { ScenarioBlock } from '../../src/content/block-schemas.ts';
import { courseIndex } from '../../src/course/course-index.ts';
import type { BlockAnswer, ProgressState } from '../../src/progress/progress-state.ts';
import { encodeState } from '../../src/progress/state-codec.ts';
import { course, strings } from './course.ts';
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
      all[b.id] = { type: 'choice', selected: right ? text.options.flatMap((o, i) => (o.correct ? [i] : [])) : [wrong] };
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
          await expect(page.locator(`section[aria-labelledby="choice-${b.id}-kind"] [role="status"]`)).toHaveText(right ? s.resultCorrect : s.resultIncorrect);
        }
        for (const b of blocks.filter((x) => x.type === 'scenario')) {
          await expect(page.locator(`section[aria-labelledby="scenario-${b.id}-title"]`).getByRole('heading', { name: s.scenarioOutcome })).toBeVisible();
        }
        for (const box of await page.locator('section.block--reflection textarea').all()) await box.fill('Mine egne tanker.');
        problems.push(...(await axeViolations(page, 'section.block')).map((v) => `${key} (${right ? 'right' : 'wrong'}): ${v}`));
      }
    }
    expect(problems).toEqual([]);
  });
}
