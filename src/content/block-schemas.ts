/**
 * The shape of interactive blocks: `content/blocks/<lang>/<module>.yaml` holds
 * a module's blocks in one language, and `content/assessment/<lang>/<module>.yaml`
 * the module's questions in the final assessment's pool. A lesson places a block with
 * `<Quiz id="…" />`, `<Scenario id="…" />`, `<Ordering id="…" />`,
 * `<Matching id="…" />` or `<Reflection id="…" />`.
 * Ids and structure (number of options, which are correct, where a choice
 * leads) are the same in every language; only the words differ.
 */
import { z } from 'astro/zod';
import { idSchema } from './schemas.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** One answer option of a knowledge check. */
export const choiceOptionSchema = z.strictObject({
  /** The option as the learner reads it. */
  text,
  /** True for a right answer. */
  correct: z.boolean().default(false),
  /** Shown after answering: why this option is right or wrong (name the misconception). */
  feedback: text,
});

const choiceFields = {
  /** Stable id, unique in the whole course, the same in every language. */
  id: idSchema,
  /** The question. */
  question: text,
  /** True when the learner must choose every right option ("choose all that apply"); false for exactly one right option. */
  multiple: z.boolean().default(false),
  /** Two to six options, in the order shown. */
  options: z.array(choiceOptionSchema).min(2, 'must offer at least two options').max(6, 'must offer at most six options'),
};

/** A knowledge check inside a lesson: single or multiple choice with feedback per option. */
export const choiceBlockSchema = z.strictObject({
  /** Block type. */
  type: z.literal('choice'),
  ...choiceFields,
});

/** One option at a decision point of a scenario. */
export const scenarioOptionSchema = z.strictObject({
  /** What the job specialist could do. */
  text,
  /** What happens as a result, shown right after choosing. */
  consequence: text,
  /** Id of the next step or of an ending. */
  next: idSchema,
});

/** A decision point of a scenario. */
export const scenarioStepSchema = z.strictObject({
  /** Step id, unique within the scenario. */
  id: idSchema,
  /** The situation at this point and the question "what do you do?". */
  prompt: text,
  /** Two to four options. */
  options: z.array(scenarioOptionSchema).min(2, 'must offer at least two options').max(4, 'must offer at most four options'),
});

/** An ending of a scenario. */
export const scenarioEndingSchema = z.strictObject({
  /** Ending id, unique within the scenario. */
  id: idSchema,
  /** How well the path went: "good" follows the principles, "mixed" partly, "poor" works against them. */
  outcome: z.enum(['good', 'mixed', 'poor']),
  /** Where the person and the job specialist ended up. */
  text,
});

/** A branching case: decision points whose choices lead on, to one of several endings and a shared debrief. */
export const scenarioBlockSchema = z.strictObject({
  /** Block type. */
  type: z.literal('scenario'),
  /** Stable id, unique in the whole course, the same in every language. */
  id: idSchema,
  /** Short title naming the case, e.g. "Ali wants to work now". */
  title: text,
  /** The case as it stands before the first decision. */
  situation: text,
  /** Decision points; the first one is where the scenario starts. */
  steps: z.array(scenarioStepSchema).min(2, 'must have at least two decision points'),
  /** Possible endings. */
  endings: z.array(scenarioEndingSchema).min(1, 'must have at least one ending'),
  /** Shown at every ending. */
  debrief: z.strictObject({
    /** The principle at stake, named in a few words. */
    principle: text,
    /** What the case teaches, whichever path was taken. */
    text,
  }),
});

/** Put items in the right order, e.g. the five stages. */
export const orderingBlockSchema = z.strictObject({
  /** Block type. */
  type: z.literal('ordering'),
  /** Stable id, unique in the whole course, the same in every language. */
  id: idSchema,
  /** What to order and by what. */
  prompt: text,
  /** The items in their correct order (3–8); the learner sees them shuffled. */
  items: z.array(text).min(3, 'must have at least three items').max(8, 'must have at most eight items'),
  /** Shown after checking: why this is the order. */
  explanation: text,
});

/** Match each item on the left to one on the right, e.g. principle to example. */
export const matchingBlockSchema = z.strictObject({
  /** Block type. */
  type: z.literal('matching'),
  /** Stable id, unique in the whole course, the same in every language. */
  id: idSchema,
  /** What to match with what. */
  prompt: text,
  /** The right pairs (3–8; eight fits the IPS principles); the learner sees the right-hand sides shuffled. */
  pairs: z.array(z.strictObject({
    /** The item to place, e.g. a principle. */
    left: text,
    /** Its match, e.g. an example. */
    right: text,
  })).min(3, 'must have at least three pairs').max(8, 'must have at most eight pairs'),
  /** Shown after checking: why these belong together. */
  explanation: text,
});

/** A question to think about; the answer stays on the learner's device and is never sent to an LMS. */
export const reflectionBlockSchema = z.strictObject({
  /** Block type. */
  type: z.literal('reflection'),
  /** Stable id, unique in the whole course, the same in every language. */
  id: idSchema,
  /** The question to reflect on. */
  prompt: text,
  /** Optional nudge shown under the question. */
  hint: text.optional(),
});

export const blockSchema = z.discriminatedUnion('type', [
  choiceBlockSchema, scenarioBlockSchema, orderingBlockSchema, matchingBlockSchema, reflectionBlockSchema,
]);
/** A module's blocks in one language: `content/blocks/<lang>/<module>.yaml`. */
export const blocksFileSchema = z.array(blockSchema).min(1, 'must hold at least one block (or delete the file)');

/** A module's questions for the final assessment pool: `content/assessment/<lang>/<module>.yaml`. */
export const assessmentQuestionSchema = z.strictObject(choiceFields);
export const assessmentFileSchema = z.array(assessmentQuestionSchema).min(1, 'must hold at least one question (or delete the file)');

export type ChoiceBlock = z.infer<typeof choiceBlockSchema>;
export type ScenarioBlock = z.infer<typeof scenarioBlockSchema>;
export type OrderingBlock = z.infer<typeof orderingBlockSchema>;
export type MatchingBlock = z.infer<typeof matchingBlockSchema>;
export type ReflectionBlock = z.infer<typeof reflectionBlockSchema>;
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type AssessmentQuestion = z.infer<typeof assessmentQuestionSchema>;

/** The MDX component that places each block type in a lesson. */
export const componentForType: Record<BlockType, string> = {
  choice: 'Quiz', scenario: 'Scenario', ordering: 'Ordering', matching: 'Matching', reflection: 'Reflection',
};

const joined = (parts: string[]) => parts.join(',');
/**
 * What a translation must keep of each block type: everything except the words
 * (the content check compares every language's shape with nb's).
 */
const shapes: { [T in BlockType]: (b: Extract<Block, { type: T }>) => string } = {
  choice: (b) => `choice ${b.multiple ? 'multiple' : 'single'} ${b.options.map((o) => (o.correct ? 1 : 0)).join('')}`,
  scenario: (b) => `scenario ${joined(b.steps.map((st) => `${st.id}>${st.options.map((o) => o.next).join('|')}`))} ${joined(b.endings.map((e) => `${e.id}:${e.outcome}`))}`,
  ordering: (b) => `ordering ${b.items.length}`,
  matching: (b) => `matching ${b.pairs.length}`,
  reflection: () => 'reflection',
};
export const blockShape = (b: Block): string => (shapes[b.type] as (b: Block) => string)(b);
