/**
 * The learner's progress as plain data and the pure steps that change it.
 * Everything the LMS or the browser saves is derived from this one value.
 */

import type { BlockAnswer } from '../course/block-types/index.ts';

/** Each tracked block type defines its answer in src/course/block-types/. */
export type { BlockAnswer };

export interface AssessmentState {
  /** Pool positions of the questions drawn for the current attempt, in the order shown. */
  drawn: number[];
  /** Option indexes selected per drawn question; empty while unanswered. */
  answers: number[][];
  /** True once the current attempt has been submitted. */
  submitted: boolean;
  /** Number of submitted attempts. */
  attempts: number;
  /** Score of the latest submitted attempt, in percent. */
  lastScore?: number;
  /** Best score of all submitted attempts, in percent. */
  bestScore?: number;
}

export interface ProgressState {
  /** Tracking keys ("<module>/<lesson>") of the lessons the learner has opened, in first-visit order. */
  visited: string[];
  /** The lesson the learner opened last, to continue from. */
  last?: string;
  /** The latest answer to each block, by block id. */
  answers: Record<string, BlockAnswer>;
  /** The final assessment, once started. */
  assessment?: AssessmentState;
  /**
   * This learner's shuffle seed (0–4095), drawn once and saved with the progress,
   * so options keep their order across reloads, LMS resumes and languages.
   */
  seed?: number;
}

export const SEED_RANGE = 4096;

export const emptyProgress: ProgressState = { visited: [], answers: {} };
export const LESSON_KEY = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** How many of these lessons have been visited. */
export function visitedCount(state: ProgressState, keys: string[]): number {
  return keys.filter((k) => state.visited.includes(k)).length;
}

/** Gives a state without a seed one; a state that has one keeps it. */
export function withSeed(state: ProgressState, seed: number): ProgressState {
  return state.seed === undefined ? { ...state, seed: Math.floor(seed) % SEED_RANGE } : state;
}

export function markVisited(state: ProgressState, key: string): ProgressState {
  if (!LESSON_KEY.test(key)) return state;
  const visited = state.visited.includes(key) ? state.visited : [...state.visited, key];
  return visited === state.visited && state.last === key ? state : { ...state, visited, last: key };
}

export function answerBlock(state: ProgressState, id: string, answer: BlockAnswer): ProgressState {
  return { ...state, answers: { ...state.answers, [id]: answer } };
}

/** "Try again": forget a block's answer. */
export function clearBlock(state: ProgressState, id: string): ProgressState {
  if (!(id in state.answers)) return state;
  const { [id]: _dropped, ...answers } = state.answers;
  return { ...state, answers };
}

/** Starts a new attempt with the given pool positions, keeping the attempt count and scores. */
export function startAttempt(state: ProgressState, drawn: number[]): ProgressState {
  const previous = state.assessment;
  return {
    ...state,
    assessment: {
      drawn, answers: drawn.map(() => []), submitted: false, attempts: previous?.attempts ?? 0,
      ...(previous?.lastScore !== undefined ? { lastScore: previous.lastScore } : {}),
      ...(previous?.bestScore !== undefined ? { bestScore: previous.bestScore } : {}),
    },
  };
}

export function answerQuestion(state: ProgressState, position: number, selected: number[]): ProgressState {
  const a = state.assessment;
  if (!a || a.submitted || position < 0 || position >= a.drawn.length) return state;
  const answers = a.answers.map((s, i) => (i === position ? [...selected].sort((x, y) => x - y) : s));
  return { ...state, assessment: { ...a, answers } };
}

/** Submits the current attempt with its score (computed by the caller from the course index). */
export function submitAttempt(state: ProgressState, score: number): ProgressState {
  const a = state.assessment;
  if (!a || a.submitted) return state;
  return {
    ...state,
    assessment: { ...a, submitted: true, attempts: a.attempts + 1, lastScore: score, bestScore: Math.max(score, a.bestScore ?? 0) },
  };
}
