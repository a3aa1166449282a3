/**
 * One `cmi.interactions` record per answered block or assessment question:
 * id, type, the learner's response, the correct response and the result,
 * written in the response format of the SCORM version.
 */
import type { BlockInfo, QuestionInfo } from '../../course/course-index.ts';
import { interactionOf, type BlockAnswer, type Response } from '../../course/block-types/index.ts';
import { questionCorrect } from '../../progress/scoring.ts';
import type { VersionRules } from './scorm-versions.ts';

export interface InteractionRecord {
  id: string;
  type: string;
  response: string;
  correct: string;
  result: 'correct' | 'wrong' | 'neutral';
}

const letter = (i: number) => String.fromCharCode(97 + i);

/** A response in the version's format: options and items as letters, pairs as letter and number, a path as letters joined by hyphens. */
function written(v: VersionRules, r: Response): string {
  switch (r.kind) {
    case 'list': return r.items.map(letter).join(v.listSeparator);
    case 'pairs': return r.pairs.map(([l, rt]) => `${letter(l)}${v.pairSeparator}${rt + 1}`).join(v.listSeparator);
    // A path is free text in both versions ("other" / "performance").
    case 'path': return r.steps.map(letter).join('-');
  }
}

/** The record for a block answer, or undefined while it is not finished (a scenario before its ending). */
export function blockInteraction(v: VersionRules, info: BlockInfo, answer: BlockAnswer): InteractionRecord | undefined {
  const i = interactionOf(info, answer);
  if (!i) return undefined;
  return { id: info.id, type: i.type === 'path' ? v.scenarioType : i.type, response: written(v, i.response), correct: written(v, i.correct), result: i.result };
}

export function questionInteraction(v: VersionRules, q: QuestionInfo, selected: number[]): InteractionRecord {
  const list = { kind: 'list', items: selected } as const;
  return { id: q.id, type: 'choice', response: written(v, list), correct: written(v, { kind: 'list', items: q.correct }), result: questionCorrect(q, selected) ? 'correct' : 'wrong' };
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
