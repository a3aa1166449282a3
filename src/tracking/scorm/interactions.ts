/**
 * One `cmi.interactions` record per answered block or assessment question:
 * id, type, the learner's response, the correct response and the result,
 * written in the response format of the SCORM version.
 */
import type { BlockInfo, QuestionInfo } from '../../course/course-index.ts';
import type { BlockAnswer } from '../../progress/progress-state.ts';
import { outcomeOf, shortestGoodPath } from '../../course/scenario-graph.ts';
import { isCorrect, questionCorrect } from '../../progress/scoring.ts';
import type { VersionRules } from './scorm-versions.ts';

export interface InteractionRecord {
  id: string;
  type: string;
  response: string;
  correct: string;
  result: 'correct' | 'wrong' | 'neutral';
}

const letter = (i: number) => String.fromCharCode(97 + i);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The record for a block answer, or undefined while it is not finished (a scenario before its ending). */
export function blockInteraction(v: VersionRules, info: BlockInfo, answer: BlockAnswer): InteractionRecord | undefined {
  const list = (xs: number[]) => xs.map(letter).join(v.listSeparator);
  const result = isCorrect(info, answer) ? 'correct' : 'wrong';
  if (info.type === 'choice' && answer.type === 'choice') {
    return { id: info.id, type: 'choice', response: list(answer.selected), correct: list(info.correct), result };
  }
  if (info.type === 'ordering' && answer.type === 'ordering') {
    return { id: info.id, type: 'sequencing', response: list(answer.order), correct: list(range(info.items)), result };
  }
  if (info.type === 'matching' && answer.type === 'matching') {
    const pairs = (m: number[]) => m.map((r, l) => `${letter(l)}${v.pairSeparator}${r + 1}`).join(v.listSeparator);
    return { id: info.id, type: 'matching', response: pairs(answer.matches), correct: pairs(range(info.pairs)), result };
  }
  if (info.type === 'scenario' && answer.type === 'scenario') {
    const outcome = outcomeOf(info, answer.path);
    if (!outcome) return undefined;
    // A path is free text in both versions ("other" / "performance"): the choices' letters, joined by hyphens.
    const path = (xs: number[]) => xs.map(letter).join('-');
    return { id: info.id, type: v.scenarioType, response: path(answer.path), correct: path(shortestGoodPath(info)), result: outcome === 'good' ? 'correct' : outcome === 'poor' ? 'wrong' : 'neutral' };
  }
  return undefined;
}

export function questionInteraction(v: VersionRules, q: QuestionInfo, selected: number[]): InteractionRecord {
  const list = (xs: number[]) => xs.map(letter).join(v.listSeparator);
  return { id: q.id, type: 'choice', response: list(selected), correct: list(q.correct), result: questionCorrect(q, selected) ? 'correct' : 'wrong' };
}

/** The [element, value] pairs that write a record at position n. */
export function interactionElements(v: VersionRules, n: number, r: InteractionRecord, latencyMs: number | undefined, at: Date): [string, string][] {
  const base = `cmi.interactions.${n}`;
  return [
    [`${base}.id`, r.id],
    [`${base}.type`, r.type],
    [`${base}.correct_responses.0.pattern`, r.correct],
    [`${base}.${v.learnerResponse}`, r.response],
    [`${base}.result`, r.result === 'wrong' ? v.wrong : r.result],
    ...(latencyMs !== undefined ? ([[`${base}.latency`, v.timespan(latencyMs)]] as [string, string][]) : []),
    v.timestamp(n, at),
  ];
}
