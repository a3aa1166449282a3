/**
 * Work done in the browser while no LMS answered at launch. Nobody could say
 * whose it was, so at a later launch with a working LMS the learner is shown
 * what it holds and decides; only then is it added to their record.
 */
import type { CourseIndex } from '../../course/course-index.ts';
import type { ProgressState } from '../../progress/progress-state.ts';

export interface WorkSummary {
  /** Lessons opened, blocks answered, and the best assessment score if one was submitted. */
  lessons: number;
  answers: number;
  score?: number;
}

export function summarize(index: CourseIndex, state: ProgressState): WorkSummary {
  const keys = new Set(index.modules.flatMap((m) => m.lessons));
  const best = state.assessment?.bestScore;
  return { lessons: state.visited.filter((k) => keys.has(k)).length, answers: Object.keys(state.answers).length, ...(best !== undefined ? { score: best } : {}) };
}

/**
 * The LMS's state with the offline work added: every lesson opened in either, the offline answers over the
 * LMS's (they are the later ones), the assessment with more submitted attempts (the offline one on a tie),
 * and the offline bookmark. The LMS's shuffle seed stays, so options keep the order the learner knows there.
 */
export function mergeOfflineWork(index: CourseIndex, lms: ProgressState, offline: ProgressState): ProgressState {
  const order = index.modules.flatMap((m) => m.lessons);
  const visited = order.filter((k) => lms.visited.includes(k) || offline.visited.includes(k));
  const assessment = !offline.assessment ? lms.assessment : !lms.assessment ? offline.assessment
    : offline.assessment.attempts >= lms.assessment.attempts ? offline.assessment : lms.assessment;
  const last = offline.last ?? lms.last;
  const seed = lms.seed ?? offline.seed;
  return {
    visited, answers: { ...lms.answers, ...offline.answers },
    ...(last ? { last } : {}), ...(assessment ? { assessment } : {}), ...(seed !== undefined ? { seed } : {}),
  };
}
