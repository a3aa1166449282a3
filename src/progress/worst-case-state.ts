/**
 * The longest saved state the course can produce: every lesson visited, every
 * block answered at its longest, a full assessment attempt with a four-digit
 * attempt count, and a shuffle seed. The bench and the tests measure suspend_data against it.
 */
import type { CourseIndex } from '../course/course-index.ts';
import { longestAnswer } from '../course/block-types/index.ts';
import type { ProgressState } from './progress-state.ts';

export function worstCaseState(index: CourseIndex): ProgressState {
  const lessons = index.modules.flatMap((m) => m.lessons);
  const drawn = Array.from({ length: Math.min(index.assessment.drawn, index.assessment.pool.length) }, (_, i) => index.assessment.pool.length - 1 - i);
  return {
    visited: lessons,
    last: lessons.at(-1),
    answers: Object.fromEntries(index.blocks.map((b) => [b.id, longestAnswer(b)])),
    seed: 4095,
    assessment: { drawn, answers: drawn.map((p) => index.assessment.pool[p].correct), submitted: true, attempts: 9999, lastScore: 100, bestScore: 100 },
  };
}
