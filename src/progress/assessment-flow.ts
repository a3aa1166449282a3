/**
 * The final assessment taken one question at a time: where the learner is in
 * the attempt, what is still unanswered, and the results by module. Pure: the
 * island renders these, the store keeps the answers.
 */
import type { CourseIndex } from '../course/course-index.ts';
import type { AssessmentState } from './progress-state.ts';
import type { TextStorage } from './browser-storage.ts';

/** Which part of an unsubmitted attempt the learner sees: one question, the review list, or the confirmation before submitting. */
export type Place = { view: 'question'; position: number } | { view: 'review' } | { view: 'confirm' };

export const firstQuestion: Place = { view: 'question', position: 0 };

/** The positions (0-based, in the attempt's order) of the questions not answered yet. */
export function unansweredPositions(a: Pick<AssessmentState, 'answers'>): number[] {
  return a.answers.flatMap((selected, i) => (selected.length === 0 ? [i] : []));
}

/** The question before or after `position`, kept inside the attempt. */
export function step(position: number, by: number, count: number): number {
  return Math.min(Math.max(position + by, 0), Math.max(count - 1, 0));
}

export interface ModuleResult {
  module: string;
  /** How many of the attempt's questions came from this module. */
  asked: number;
  right: number;
}

/** Right of asked per module, in course order, for the modules the attempt drew from. */
export function resultsByModule(index: CourseIndex, a: Pick<AssessmentState, 'drawn'>, correct: boolean[]): ModuleResult[] {
  return index.modules.flatMap((m) => {
    const mine = a.drawn.flatMap((p, i) => (index.assessment.pool[p]?.module === m.id ? [i] : []));
    return mine.length === 0 ? [] : [{ module: m.id, asked: mine.length, right: mine.filter((i) => correct[i]).length }];
  });
}

/**
 * Names one attempt: a new attempt (a new draw, or the next attempt number) must not
 * open at the question the learner had reached in the last one.
 */
export const attemptKey = (a: Pick<AssessmentState, 'attempts' | 'drawn'>) => `${a.attempts}/${a.drawn.join('.')}`;

/** The saved place as text, tied to its attempt. */
export function encodePlace(key: string, place: Place): string {
  return JSON.stringify({ key, ...place });
}

/**
 * Reads a saved place back; anything unreadable, from another attempt or out of range
 * opens the first question. The confirmation is not restored: a reload shows the review
 * list instead, so a learner never lands on a "submit?" they did not just ask for.
 */
export function decodePlace(text: string | null, key: string, count: number): Place {
  let saved: unknown;
  try { saved = text ? JSON.parse(text) : undefined; } catch { return firstQuestion; }
  if (typeof saved !== 'object' || saved === null || (saved as { key?: unknown }).key !== key) return firstQuestion;
  const { view, position } = saved as { view?: unknown; position?: unknown };
  if (view === 'review' || view === 'confirm') return { view: 'review' };
  if (view === 'question' && Number.isInteger(position) && (position as number) >= 0 && (position as number) < count) {
    return { view: 'question', position: position as number };
  }
  return firstQuestion;
}

/**
 * Where the learner is in an attempt, kept for this browser tab only (sessionStorage):
 * the answers themselves are saved with the progress, as every answer is.
 */
export function placeStorage(courseId: string, storage: TextStorage | undefined = sessionTextStorage()) {
  const name = `se-ips-assessment-place:${courseId}`;
  return {
    read: (key: string, count: number): Place => decodePlace(storage?.read(name) ?? null, key, count),
    write: (key: string, place: Place): void => { storage?.write(name, encodePlace(key, place)); },
  };
}

/** sessionStorage behind try/catch, as browser-storage.ts does for localStorage. */
function sessionTextStorage(): TextStorage | undefined {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return undefined;
    return {
      read: (key) => { try { return storage.getItem(key); } catch { return null; } },
      write: (key, value) => { try { storage.setItem(key, value); return true; } catch { return false; } },
    };
  } catch {
    return undefined;
  }
}
