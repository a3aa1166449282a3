/**
 * A scenario's decision graph, walked in one place: what the learner sees,
 * what is saved and what the LMS is told all follow a path the same way. A
 * path is the option position chosen at each decision, from the first step
 * on. Steps and endings are found by id and returned by position, which is
 * the same in every language (the content check makes sure of it). The
 * content check keeps its own walk, because it reports each problem it meets.
 */
export type Outcome = 'good' | 'mixed' | 'poor';
/** A scenario as the course index keeps it: each step's choices by the id they lead to, and each ending's outcome. */
export interface ScenarioGraph { id: string; type: 'scenario'; steps: { id: string; next: string[] }[]; endings: { id: string; outcome: Outcome }[] }

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

const rank: Record<Outcome, number> = { good: 0, mixed: 1, poor: 2 };

/**
 * The best path on from a step: to the best outcome reachable from there, by the fewest
 * decisions. Two choices that lead to the same step look the same to the graph, so the
 * one listed last counts as the best: authors list a detour before the straight way
 * (README, "Feedback"), and every translation keeps the choices' order.
 */
function bestFrom(graph: ScenarioGraph, step: number): { path: number[]; outcome: Outcome } | undefined {
  let best: { path: number[]; outcome: Outcome } | undefined;
  const score = (b: { path: number[]; outcome: Outcome }) => rank[b.outcome] * 100 + b.path.length;
  const walk = (at: number, path: number[], seen: number[]) => {
    if (seen.includes(at)) return;
    graph.steps[at].next.forEach((id, i) => {
      const next = graph.steps.findIndex((s) => s.id === id);
      if (next >= 0) return walk(next, [...path, i], [...seen, at]);
      const ending = graph.endings.find((e) => e.id === id);
      const found = ending && { path: [...path, i], outcome: ending.outcome };
      if (found && (!best || score(found) <= score(best))) best = found;
    });
  };
  walk(step, [], []);
  return best;
}

/** The best path from the first step: a shortest path to a good ending (see bestFrom for ties), the "correct response" the LMS is told. */
export function shortestGoodPath(graph: ScenarioGraph): number[] {
  const best = bestFrom(graph, 0);
  return best?.outcome === 'good' ? best.path : [];
}

/** The best path from the first step, each decision as its step's position and the choice there, and the outcome it reaches. */
export function bestPath(graph: ScenarioGraph): { taken: Followed['taken']; outcome?: Outcome } {
  const best = bestFrom(graph, 0);
  return { taken: best ? follow(graph, best.path).taken : [], outcome: best?.outcome };
}

export interface Compared {
  step: number;
  choice: number;
  /** The best choice at this step, when the learner's was another one. */
  better?: number;
}

/**
 * A learner's path next to the best one: for each decision taken, the best choice from
 * that point on where the learner's differs (so a learner who went astray early still
 * learns what would have been best at each later step), and whether the whole path
 * was the best path.
 */
export function compareWithBest(graph: ScenarioGraph, path: number[]): { decisions: Compared[]; onBestPath: boolean } {
  const decisions = follow(graph, path).taken.map(({ step, choice }): Compared => {
    const better = bestFrom(graph, step)?.path[0];
    return better === undefined || better === choice ? { step, choice } : { step, choice, better };
  });
  const best = bestFrom(graph, 0)?.path ?? [];
  return { decisions, onBestPath: best.length === path.length && best.every((c, i) => c === path[i]) };
}

/** A longest path from the first step to an ending: the longest answer a scenario can save. */
export function longestPath(graph: ScenarioGraph): number[] {
  const from = (id: string): number[] => {
    const step = graph.steps.find((s) => s.id === id);
    return step ? step.next.map((next, i) => [i, ...from(next)]).reduce((x, y) => (y.length > x.length ? y : x)) : [];
  };
  return from(graph.steps[0].id);
}
