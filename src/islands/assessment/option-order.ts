/** The screen order of an assessment question's options in this attempt. */
import type { AttemptView } from './attempt.ts';
import { assessmentOrderKey, optionOrder } from '../../progress/draw.ts';

// The attempt's number, the same before and after submitting it: a new attempt, a new order.
export const attemptOptionOrder = (seed: number | undefined, a: AttemptView, questionId: string, n: number) =>
  optionOrder(seed, assessmentOrderKey(a.attempts - (a.submitted ? 1 : 0), questionId), n);
