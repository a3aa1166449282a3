/**
 * Every tracked block type and its rules. A new type is one module beside
 * these and one line here; the type checker then asks for nothing else in
 * course, progress or tracking. Reflections are never tracked, so they have none.
 */
import type { Block } from '../../content/block-schemas.ts';
import { choice, type ChoiceAnswer, type ChoiceInfo } from './choice.ts';
import { matching, type MatchingAnswer, type MatchingInfo } from './matching.ts';
import { ordering, type OrderingAnswer, type OrderingInfo } from './ordering.ts';
import type { BlockRules, Interaction } from './rules.ts';
import { scenario, type ScenarioAnswer, type ScenarioInfo } from './scenario.ts';

export const blockRules = { choice, ordering, matching, scenario } as const;

export type TrackedType = keyof typeof blockRules;
export type BlockInfo = ChoiceInfo | OrderingInfo | MatchingInfo | ScenarioInfo;
export type BlockAnswer = ChoiceAnswer | OrderingAnswer | MatchingAnswer | ScenarioAnswer;
export type { ChoiceAnswer, ChoiceInfo, MatchingAnswer, MatchingInfo, OrderingAnswer, OrderingInfo, ScenarioAnswer, ScenarioInfo };

// Each entry must fit its own info and answer: a mismatch fails the type check here, not at a learner's click.
type Checked = { [T in TrackedType]: BlockRules<Extract<Block, { type: T }>, Extract<BlockInfo, { type: T }>, Extract<BlockAnswer, { type: T }>> };
const checked: Checked = blockRules;

/** The rules of an info's type, typed loosely so callers need no switch; answers are matched to the type by `answerFits`. */
function rulesOf(info: BlockInfo): BlockRules<Block, BlockInfo, BlockAnswer> {
  return checked[info.type] as unknown as BlockRules<Block, BlockInfo, BlockAnswer>;
}
const answerFits = (info: BlockInfo, answer: BlockAnswer) => answer.type === info.type;

export const isTracked = (b: Block): b is Extract<Block, { type: TrackedType }> => b.type in blockRules;

/** What the course index keeps of a block, or undefined for a type that is not tracked. */
export function infoOf(b: Block): BlockInfo | undefined {
  return isTracked(b) ? (checked[b.type] as unknown as BlockRules<Block, BlockInfo, BlockAnswer>).info(b) : undefined;
}
export const encodeAnswer = (info: BlockInfo, answer: BlockAnswer) => (answerFits(info, answer) ? rulesOf(info).encode(answer) : '');
export const decodeAnswer = (info: BlockInfo, token: string) => rulesOf(info).decode(info, token);
/** True/false for blocks with a right answer; a scenario is "right" when it reached a good ending. */
export const isCorrect = (info: BlockInfo, answer: BlockAnswer) => answerFits(info, answer) && rulesOf(info).isCorrect(info, answer);
export const rightAnswer = (info: BlockInfo) => rulesOf(info).rightAnswer(info);
export const longestAnswer = (info: BlockInfo) => rulesOf(info).longestAnswer(info);
export const interactionOf = (info: BlockInfo, answer: BlockAnswer): Interaction | undefined =>
  (answerFits(info, answer) ? rulesOf(info).interaction(info, answer) : undefined);

export type { Interaction, Response } from './rules.ts';
export { inPlace } from './rules.ts';
