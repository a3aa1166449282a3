/**
 * Every block type's module, listed twice: its tracking rules (which reach the
 * learner's browser) and its workshop entry (which stays in the build and the
 * trainer pages). A new type is one module beside these and its entries here;
 * the type checker then asks for nothing else in course, progress, tracking or
 * the workshop code. Reflections are never tracked, so they have no tracking entry.
 */
import type { Block, BlockType } from '../../content/block-schemas.ts';
import * as choice from './choice.ts';
import * as matching from './matching.ts';
import * as ordering from './ordering.ts';
import * as reflection from './reflection.ts';
import type { Interaction, Tracking, Workshop } from './rules.ts';
import * as scenario from './scenario.ts';

/** The types whose answers are saved, scored and reported, by type. */
export const trackingRules = { choice: choice.tracking, scenario: scenario.tracking, ordering: ordering.tracking, matching: matching.tracking };
/** Every type's workshop entry: kind, minutes, agenda label, how-to, PowerPoint slides. */
export const workshops: { [T in BlockType]: Workshop<Extract<Block, { type: T }>> } = {
  choice: choice.workshop, scenario: scenario.workshop, ordering: ordering.workshop, matching: matching.workshop, reflection: reflection.workshop,
};

export type TrackedType = keyof typeof trackingRules;
type Rules = typeof trackingRules;
export type BlockInfo = { [K in TrackedType]: Rules[K] extends Tracking<never, infer I, infer _A> ? I : never }[TrackedType];
export type BlockAnswer = { [K in TrackedType]: Rules[K] extends Tracking<never, infer _I, infer A> ? A : never }[TrackedType];
// Each entry must fit its own schema type, info and answer: a mismatch fails the type check here, not at a learner's click.
const checked: { [T in TrackedType]: Tracking<Extract<Block, { type: T }>, Extract<BlockInfo, { type: T }>, Extract<BlockAnswer, { type: T }>> } = trackingRules;
export type { ChoiceAnswer, ChoiceInfo } from './choice.ts';
export type { MatchingAnswer, MatchingInfo } from './matching.ts';
export type { OrderingAnswer, OrderingInfo } from './ordering.ts';
export type { ScenarioAnswer, ScenarioInfo } from './scenario.ts';

type LooseTracking = Tracking<Block, BlockInfo, BlockAnswer>;
const trackingOf = (type: string): LooseTracking | undefined => (checked as Record<string, unknown>)[type] as LooseTracking | undefined;
/** The rules of an info's type, typed loosely so callers need no switch; answers are matched to the type by `answerFits`. */
const rulesOf = (info: BlockInfo): LooseTracking => trackingOf(info.type)!;
const answerFits = (info: BlockInfo, answer: BlockAnswer) => answer.type === info.type;

export const isTracked = (b: Block): b is Extract<Block, { type: TrackedType }> => trackingOf(b.type) !== undefined;

/** What the course index keeps of a block, or undefined for a type that is not tracked. */
export const infoOf = (b: Block): BlockInfo | undefined => trackingOf(b.type)?.info(b);
export const encodeAnswer = (info: BlockInfo, answer: BlockAnswer) => (answerFits(info, answer) ? rulesOf(info).encode(answer) : '');
export const decodeAnswer = (info: BlockInfo, token: string) => rulesOf(info).decode(info, token);
/** True/false for blocks with a right answer; a scenario is "right" when it reached a good ending. */
export const isCorrect = (info: BlockInfo, answer: BlockAnswer) => answerFits(info, answer) && rulesOf(info).isCorrect(info, answer);
export const rightAnswer = (info: BlockInfo) => rulesOf(info).rightAnswer(info);
export const longestAnswer = (info: BlockInfo) => rulesOf(info).longestAnswer(info);
export const interactionOf = (info: BlockInfo, answer: BlockAnswer): Interaction | undefined =>
  (answerFits(info, answer) ? rulesOf(info).interaction(info, answer) : undefined);

/** What a workshop needs of a block, typed loosely so callers need no switch. */
export const workshopOf = (b: Block): Workshop<Block> => workshops[b.type] as Workshop<Block>;

export type { DeckSlide, Interaction, Response } from './rules.ts';
export { inPlace } from './rules.ts';
