/**
 * The learner's progress as plain data, and how it is saved. Saved text comes
 * from outside the course (a browser, later an LMS), so it is validated and
 * read as far as it is valid; anything else starts fresh and says so.
 */
export interface ProgressState {
  /** Tracking keys ("<module>/<lesson>") of the lessons the learner has opened, in first-visit order. */
  visited: string[];
  /** The lesson the learner opened last, to continue from. */
  last?: string;
}

export const emptyProgress: ProgressState = { visited: [] };
const FORMAT = 1;
const KEY = /^[a-z0-9-]+\/[a-z0-9-]+$/;

export function markVisited(state: ProgressState, key: string): ProgressState {
  if (!KEY.test(key)) return state;
  const visited = state.visited.includes(key) ? state.visited : [...state.visited, key];
  return visited === state.visited && state.last === key ? state : { visited, last: key };
}

export function encodeProgress(state: ProgressState): string {
  return JSON.stringify({ v: FORMAT, visited: state.visited, ...(state.last ? { last: state.last } : {}) });
}

export interface Decoded {
  state: ProgressState;
  /** True when saved text existed but some or all of it could not be used. */
  reset: boolean;
}

export function decodeProgress(text: string | null | undefined): Decoded {
  if (text == null || text === '') return { state: emptyProgress, reset: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: emptyProgress, reset: true };
  }
  if (!isRecord(data) || data.v !== FORMAT || !Array.isArray(data.visited)) return { state: emptyProgress, reset: true };
  const visited = [...new Set(data.visited.filter((k): k is string => typeof k === 'string' && KEY.test(k)))];
  const last = typeof data.last === 'string' && KEY.test(data.last) ? data.last : undefined;
  const dropped = visited.length !== data.visited.length || (data.last !== undefined && last === undefined);
  return { state: last ? { visited, last } : { visited }, reset: dropped };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
