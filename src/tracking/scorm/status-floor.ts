/**
 * What the LMS already holds for this attempt is a floor: the course reports
 * completion, success, score and progress at least as high as that, and never
 * lower than it reported earlier in the session. A learner who finished and
 * comes back (to review, or after an LMS handed out nothing) can then never
 * lower their record, whatever the LMS hands out or whatever they click.
 */
import type { Completion, CourseStatus, Success } from '../../progress/scoring.ts';

const completionRank: Record<Completion, number> = { 'not attempted': 0, incomplete: 1, completed: 2 };
const successRank: Record<Success, number> = { unknown: 0, failed: 1, passed: 2 };

export const nothingYet: CourseStatus = { completion: 'not attempted', success: 'unknown', progress: 0 };

/** The higher of two statuses, field by field. */
export function atLeast(s: CourseStatus, floor: CourseStatus): CourseStatus {
  const score = s.score === undefined ? floor.score : floor.score === undefined ? s.score : Math.max(s.score, floor.score);
  return {
    completion: completionRank[floor.completion] > completionRank[s.completion] ? floor.completion : s.completion,
    success: successRank[floor.success] > successRank[s.success] ? floor.success : s.success,
    progress: Math.max(s.progress, floor.progress),
    ...(score !== undefined ? { score } : {}),
  };
}

/** A number the LMS handed out, or undefined for '' and anything else that is not one. */
export function handedNumber(value: string): number | undefined {
  const n = value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}
