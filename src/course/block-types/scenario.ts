/** A case with decisions: the path of choices; "right" when it reached a good ending. The graph is walked only in scenario-graph.ts. */
import type { ScenarioBlock } from '../../content/block-schemas.ts';
import { isValidPath, longestPath, outcomeOf, shortestGoodPath, type ScenarioGraph } from '../scenario-graph.ts';
import { digitsOf, type BlockRules } from './rules.ts';

export type ScenarioInfo = ScenarioGraph;
/** The option index chosen at each decision, from the first step on. */
export interface ScenarioAnswer { type: 'scenario'; path: number[] }

export const scenario: BlockRules<ScenarioBlock, ScenarioInfo, ScenarioAnswer> = {
  info: (b) => ({
    id: b.id, type: 'scenario',
    steps: b.steps.map((s) => ({ id: s.id, next: s.options.map((o) => o.next) })),
    endings: b.endings.map((e) => ({ id: e.id, outcome: e.outcome })),
  }),
  encode: (a) => a.path.join(''),
  decode(info, token) {
    const digits = digitsOf(token);
    return digits && digits.length > 0 && isValidPath(info, digits) ? { type: 'scenario', path: digits } : undefined;
  },
  isCorrect: (info, a) => outcomeOf(info, a.path) === 'good',
  rightAnswer: (info) => ({ type: 'scenario', path: shortestGoodPath(info) }),
  longestAnswer: (info) => ({ type: 'scenario', path: longestPath(info) }),
  interaction(info, a) {
    const outcome = outcomeOf(info, a.path);
    if (!outcome) return undefined;
    return {
      type: 'path', response: { kind: 'path', steps: a.path }, correct: { kind: 'path', steps: shortestGoodPath(info) },
      result: outcome === 'good' ? 'correct' : outcome === 'poor' ? 'wrong' : 'neutral',
    };
  },
};
