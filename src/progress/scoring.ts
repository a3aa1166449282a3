/**
 * Right or wrong, score and status: derived from the progress state and the
 * course index, never stored, so the LMS and the page can never disagree.
 */
import { blocksById, type CourseIndex, type QuestionInfo } from '../course/course-index.ts';
import { isCorrect } from '../course/block-types/index.ts';
import { same } from '../course/block-types/rules.ts';
import type { AssessmentState, ProgressState } from './progress-state.ts';

// Right or wrong for one block is each block type's own rule (src/course/block-types/).
export { inPlace, isCorrect } from '../course/block-types/index.ts';

export function questionCorrect(q: QuestionInfo, selected: number[]): boolean {
  return same(selected, q.correct);
}

export interface AttemptResult {
  /** For each drawn question, whether the options selected are the right ones. */
  correct: boolean[];
  /** How many drawn questions are answered right. */
  right: number;
  /** Whether the latest submitted score reaches the mastery score. */
  passed: boolean;
}

export function attemptResult(index: CourseIndex, a: AssessmentState): AttemptResult {
  const correct = a.drawn.map((p, i) => questionCorrect(index.assessment.pool[p], a.answers[i] ?? []));
  return { correct, right: correct.filter(Boolean).length, passed: (a.lastScore ?? 0) >= index.masteryScore };
}

/** Percentage of drawn questions answered right, rounded to a whole number. */
export function attemptScore(index: CourseIndex, a: AssessmentState): number {
  return a.drawn.length === 0 ? 0 : Math.round((attemptResult(index, a).right / a.drawn.length) * 100);
}

export type Completion = 'not attempted' | 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

export interface CourseStatus {
  completion: Completion;
  success: Success;
  /** 0–1: lessons visited plus the assessment attempted, over all of them. */
  progress: number;
  /** Best assessment score in percent, once an attempt was submitted. */
  score?: number;
}

/** Completed when every lesson was visited and the final assessment attempted; passed on the best score. */
export function courseStatus(index: CourseIndex, state: ProgressState): CourseStatus {
  const lessons = index.modules.flatMap((m) => m.lessons);
  const visited = lessons.filter((k) => state.visited.includes(k)).length;
  const attempted = (state.assessment?.attempts ?? 0) > 0;
  const done = visited + (attempted ? 1 : 0);
  const total = lessons.length + 1;
  const touched = done > 0 || Object.keys(state.answers).length > 0 || state.assessment !== undefined;
  const best = state.assessment?.bestScore;
  return {
    completion: done === total ? 'completed' : touched ? 'incomplete' : 'not attempted',
    success: best === undefined ? 'unknown' : best >= index.masteryScore ? 'passed' : 'failed',
    progress: Math.round((done / total) * 1000) / 1000,
    ...(best !== undefined ? { score: best } : {}),
  };
}

/**
 * A module package's status: completed when its lessons are all visited;
 * scored on its own graded blocks (knowledge checks, ordering, matching),
 * passed or failed once every one of them has been answered.
 */
export function moduleStatus(index: CourseIndex, state: ProgressState, moduleId: string): CourseStatus {
  const m = index.modules.find((x) => x.id === moduleId);
  if (!m) return courseStatus(index, state);
  const visited = m.lessons.filter((k) => state.visited.includes(k)).length;
  const graded = m.blocks.map((id) => blocksById(index).get(id)!).filter((b) => b.type !== 'scenario');
  const answered = graded.filter((b) => state.answers[b.id]);
  const right = answered.filter((b) => isCorrect(b, state.answers[b.id])).length;
  const score = graded.length ? Math.round((right / graded.length) * 100) : undefined;
  const allAnswered = answered.length === graded.length;
  return {
    completion: visited === m.lessons.length ? 'completed' : visited > 0 || answered.length > 0 ? 'incomplete' : 'not attempted',
    success: !allAnswered || score === undefined ? 'unknown' : score >= index.masteryScore ? 'passed' : 'failed',
    progress: Math.round(((visited + answered.length) / (m.lessons.length + graded.length)) * 1000) / 1000,
    ...(allAnswered && score !== undefined ? { score } : {}),
  };
}

/** Whole course, or one module for a module package. */
export type Scope = { kind: 'course' } | { kind: 'module'; moduleId: string };

export function statusFor(index: CourseIndex, state: ProgressState, scope: Scope): CourseStatus {
  return scope.kind === 'module' ? moduleStatus(index, state, scope.moduleId) : courseStatus(index, state);
}
