/**
 * Feedback that teaches before it tells: what a knowledge check, an ordering or a
 * matching exercise shows after a check, from its answer and the wrong tries so far.
 * A first wrong try says why the learner's own choice does not hold and leaves the
 * right answer hidden, so there is something left to think about; a second wrong try,
 * or asking for it, reveals it. The tries live in the page session only: the saved
 * state keeps just the latest answer, so after a reload a saved wrong answer counts
 * as one wrong try.
 */

/**
 * - `unanswered`: nothing checked yet;
 * - `right`: answered right, everything explained, nothing more to try;
 * - `retry`: wrong, first try: why the learner's choice does not hold, "Try again" and "Show the answer";
 * - `revealed`: wrong, after a second wrong try or "Show the answer": the right answer with why, and "Try again".
 */
export type FeedbackStage = 'unanswered' | 'right' | 'retry' | 'revealed';

/**
 * @param wrongTries wrong checks in this page session, the one being shown included
 * @param shown whether the learner asked to see the answer
 */
export function feedbackStage(answered: boolean, right: boolean, wrongTries: number, shown: boolean): FeedbackStage {
  if (!answered) return 'unanswered';
  if (right) return 'right';
  // A wrong answer restored from the saved state is at least one wrong try.
  return shown || Math.max(wrongTries, 1) >= 2 ? 'revealed' : 'retry';
}

export interface ChoiceFeedback {
  stage: FeedbackStage;
  /** How many of the chosen options are right. */
  right: number;
  /** How many options were chosen. */
  chosen: number;
  /** How many right options were not chosen. */
  missing: number;
  /**
   * Authored positions of the options whose verdict and feedback show: all of them once
   * right or revealed; on a first wrong try only the chosen ones, and only when that
   * does not tell which of them are right (a multiple choice with right and wrong
   * options among the chosen says how many, not which).
   */
  explained: number[];
}

export function choiceFeedback(
  info: { options: number; correct: number[]; multiple: boolean },
  selected: number[] | undefined,
  wrongTries: number,
  shown: boolean,
): ChoiceFeedback {
  const chosen = selected ?? [];
  const right = chosen.filter((i) => info.correct.includes(i)).length;
  const isRight = right === info.correct.length && chosen.length === right;
  const stage = feedbackStage(selected !== undefined, isRight, wrongTries, shown);
  const all = Array.from({ length: info.options }, (_, i) => i);
  const mixed = right > 0 && right < chosen.length;
  const explained = stage === 'right' || stage === 'revealed' ? all : stage === 'retry' && !mixed ? [...chosen] : [];
  return { stage, right, chosen: chosen.length, missing: info.correct.length - right, explained };
}
