/**
 * A scenario's decision graph, walked in one place: what the learner sees,
 * what is saved and what the LMS is told all follow a path the same way. A
 * path is the option position chosen at each decision, from the first step
 * on. Steps and endings are found by id and returned by position, which is
 * the same in every language (the content check makes sure of it). The
 * content check keeps its own walk, because it reports each problem it meets.
 */
import type { BlockInfo } from './course-index.ts';

export type ScenarioGraph = Extract<BlockInfo, { type: 'scenario' }>;
export type Outcome = ScenarioGraph['endings'][number]['outcome'];

export interface Followed {
  /** The decisions taken, in order: the step's position and the option chosen there. */
  taken: { step: number; choice: number }[];
  /** Position of the step awaiting a decision; absent once an ending is reached. */
  current?: number;
  /** Position of the ending reached, if any. */
  ending?: number;
  /** False when a choice does not exist or the path goes on after its ending. */
  valid: boolean;
}

export function follow(graph: ScenarioGraph, path: number[]): Followed {
  const taken: Followed['taken'] = [];
  let step = 0;
  for (let i = 0; i < path.length; i++) {
    const next = graph.steps[step].next[path[i]];
    if (next === undefined) return { taken, current: step, valid: false };
    taken.push({ step, choice: path[i] });
    const found = graph.steps.findIndex((s) => s.id === next);
    if (found >= 0) { step = found; continue; }
    const ending = graph.endings.findIndex((e) => e.id === next);
    return ending >= 0 ? { taken, ending, valid: i === path.length - 1 } : { taken, valid: false };
  }
  return { taken, current: step, valid: true };
}

/** A path that can be saved: every choice exists, and it stops at its ending (or before). */
export const isValidPath = (graph: ScenarioGraph, path: number[]): boolean => follow(graph, path).valid;

/** The outcome the path reached, or undefined while the learner is still deciding. */
export function outcomeOf(graph: ScenarioGraph, path: number[]): Outcome | undefined {
  const { ending } = follow(graph, path);
  return ending === undefined ? undefined : graph.endings[ending].outcome;
}

/** A shortest path to a good ending (breadth first), the "correct response" the LMS is told. */
export function shortestGoodPath(graph: ScenarioGraph): number[] {
  const queue: number[][] = [[]];
  while (queue.length) {
    const path = queue.shift()!;
    const { current, ending } = follow(graph, path);
    if (ending !== undefined && graph.endings[ending].outcome === 'good') return path;
    if (current === undefined || path.length > graph.steps.length) continue;
    graph.steps[current].next.forEach((_, i) => queue.push([...path, i]));
  }
  return [];
}

/** A longest path from the first step to an ending: the longest answer a scenario can save. */
export function longestPath(graph: ScenarioGraph): number[] {
  const from = (id: string): number[] => {
    const step = graph.steps.find((s) => s.id === id);
    return step ? step.next.map((next, i) => [i, ...from(next)]).reduce((x, y) => (y.length > x.length ? y : x)) : [];
  };
  return from(graph.steps[0].id);
}
