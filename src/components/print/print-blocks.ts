/**
 * Static forms of a lesson's exercises for print: each block as question and options
 * where it stands, and its answer in a list at the end of the printed lesson.
 */
import { getCourse } from '../../course/course.ts';
import type { Block, ScenarioBlock } from '../../content/block-schemas.ts';
import type { Lang } from '../../i18n/languages.ts';
import { tracking as scenarioTracking } from '../../course/block-types/scenario.ts';
import { bestPath as bestPathOf } from '../../course/scenario-graph.ts';

/** The blocks a lesson places, in reading order, in the given language. */
export function lessonBlocks(lessonKey: string, lang: Lang): Block[] {
  return getCourse().blocks.filter((b) => b.lessonKey === lessonKey).map((b) => b.text[lang] as Block);
}

/** A block's exercise number within its lesson (1-based) and the block itself. */
export function printedBlock(id: string, lang: Lang): { number: number; block: Block } {
  const node = getCourse().blocks.find((b) => b.id === id);
  if (!node) throw new Error(`No block "${id}" in the course; run the content check for details.`);
  const number = getCourse().blocks.filter((b) => b.lessonKey === node.lessonKey).findIndex((b) => b.id === id) + 1;
  return { number, block: node.text[lang] as Block };
}

/**
 * A fixed mixed-up order of `n` items for paper (the same in every print), never the
 * right order: a small linear congruential sequence seeded by the block id.
 */
export function paperOrder(id: string, n: number): number[] {
  let seed = [...id].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
  const next = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
  const order = [...Array(n).keys()];
  for (let tries = 0; tries < 20 && order.every((x, i) => x === i); tries++) {
    for (let i = n - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
  }
  if (order.every((x, i) => x === i)) order.push(order.shift()!);
  return order;
}

/** The choices from the first decision to a good ending (or the best ending there is), walked by the one scenario graph. */
export function bestPath(block: ScenarioBlock): { prompt: string; choice: string }[] {
  const graph = scenarioTracking.info(block);
  return bestPathOf(graph).taken.map(({ step, choice }) => ({ prompt: block.steps[step].prompt, choice: block.steps[step].options[choice].text }));
}
