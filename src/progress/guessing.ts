/**
 * How far guessing gets in the final assessment: attempts drawn and shuffled
 * with the course's own code, answered by a strategy that reads only where an
 * option sits on screen and how long its text is. The unit tests and the bench
 * hold each strategy's pass rate under 1 %.
 */
import type { CourseIndex } from '../course/course-index.ts';
import { assessmentOrderKey, drawQuestions, optionOrder, seededRandom } from './draw.ts';
import { SEED_RANGE } from './progress-state.ts';
import { questionCorrect } from './scoring.ts';

export const strategies = ['first', 'last', 'longest', 'shortest', 'random'] as const;
export type Strategy = (typeof strategies)[number];

/** Text lengths of each pool question's options in one language, in authored order. */
export type OptionLengths = number[][];

/** The screen position (index into `shown`, authored positions in screen order) a strategy picks. */
function pick(strategy: Strategy, shown: number[], lengths: number[], random: () => number): number {
  const by = (better: (a: number, b: number) => boolean) =>
    shown.reduce((best, o, pos) => (better(lengths[o], lengths[shown[best]]) ? pos : best), 0);
  switch (strategy) {
    case 'first': return 0;
    case 'last': return shown.length - 1;
    case 'longest': return by((a, b) => a > b);
    case 'shortest': return by((a, b) => a < b);
    case 'random': return Math.floor(random() * shown.length);
  }
}

/** Share of `attempts` attempts (0–1) that reach the mastery score with this strategy. */
export function passRate(index: CourseIndex, lengths: OptionLengths, strategy: Strategy, attempts: number, seed = `guess/${strategy}`): number {
  const random = seededRandom(seed);
  let passed = 0;
  for (let n = 0; n < attempts; n++) {
    const learnerSeed = Math.floor(random() * SEED_RANGE);
    const drawn = drawQuestions(index, random);
    const right = drawn.filter((p) => {
      const q = index.assessment.pool[p];
      const shown = optionOrder(learnerSeed, assessmentOrderKey(0, q.id), q.options);
      // A guesser ticks one option, also where several are right: the one the strategy points at.
      return questionCorrect(q, [shown[pick(strategy, shown, lengths[p], random)]]);
    }).length;
    if (Math.round((right / drawn.length) * 100) >= index.masteryScore) passed++;
  }
  return passed / attempts;
}
