/**
 * The longest saved state the course can produce: every lesson visited, every
 * block answered at its longest, a full assessment attempt with a four-digit
 * attempt count, and a shuffle seed. The bench and the tests measure suspend_data against it.
 */
import type { CourseIndex } from '../course/course-index.ts';
import { longestPath } from '../course/scenario-graph.ts';
import type { BlockAnswer, ProgressState } from './progress-state.ts';

/** The longest answer each block allows, so the encoded text is as long as it can get. */
function longestAnswer(b: CourseIndex['blocks'][number]): BlockAnswer {
  switch (b.type) {
    case 'choice': return { type: 'choice', selected: b.correct };
    case 'ordering': return { type: 'ordering', order: Array.from({ length: b.items }, (_, i) => b.items - 1 - i) };
    case 'matching': return { type: 'matching', matches: Array.from({ length: b.pairs }, (_, i) => i) };
    case 'scenario': return { type: 'scenario', path: longestPath(b) };
  }
}

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
