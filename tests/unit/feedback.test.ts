/** What a knowledge check shows after each try: the learner's own choice explained first, the answer only on the second try or when asked. */
import { describe, expect, it } from 'vitest';
import { choiceFeedback, feedbackStage } from '../../src/progress/feedback.ts';

// Five options, the right ones at 1 and 3 (several answers), or 2 alone (one answer).
const several = { options: 5, correct: [1, 3], multiple: true };
const one = { options: 4, correct: [2], multiple: false };

describe('feedback stages', () => {
  it('keeps the answer back on the first wrong try and reveals it on the second or when asked', () => {
    expect(feedbackStage(false, false, 0, false)).toBe('unanswered');
    expect(feedbackStage(true, false, 1, false)).toBe('retry');
    expect(feedbackStage(true, false, 2, false)).toBe('revealed');
    expect(feedbackStage(true, false, 1, true)).toBe('revealed');
    expect(feedbackStage(true, true, 3, true)).toBe('right');
  });

  it('treats a wrong answer restored after a reload as a first try, not as a reveal', () => {
    expect(feedbackStage(true, false, 0, false)).toBe('retry');
  });
});

describe('a knowledge check after a check', () => {
  it('explains only the chosen option on a first wrong single answer', () => {
    expect(choiceFeedback(one, [0], 1, false)).toEqual({ stage: 'retry', right: 0, chosen: 1, missing: 1, explained: [0] });
  });

  it('reveals every option after a second wrong try or "Show the answer"', () => {
    expect(choiceFeedback(one, [1], 2, false).explained).toEqual([0, 1, 2, 3]);
    expect(choiceFeedback(one, [1], 1, true)).toMatchObject({ stage: 'revealed', explained: [0, 1, 2, 3] });
  });

  it('explains every option once right, and the right stage has nothing left to try', () => {
    expect(choiceFeedback(one, [2], 1, false)).toMatchObject({ stage: 'right', explained: [0, 1, 2, 3] });
    expect(choiceFeedback(several, [1, 3], 0, false)).toMatchObject({ stage: 'right', right: 2, missing: 0 });
  });

  it('counts a partly right multiple choice without saying which of the chosen are right', () => {
    // Two right and one wrong chosen, one right missing: counts only, no option explained.
    expect(choiceFeedback({ ...several, correct: [1, 3, 4] }, [0, 1, 3], 1, false)).toEqual({ stage: 'retry', right: 2, chosen: 3, missing: 1, explained: [] });
  });

  it('explains the chosen options of a multiple choice when that gives nothing away', () => {
    // All chosen wrong: the counts say so already.
    expect(choiceFeedback(several, [0, 2], 1, false)).toMatchObject({ stage: 'retry', right: 0, missing: 2, explained: [0, 2] });
    // All chosen right, one missing.
    expect(choiceFeedback(several, [3], 1, false)).toMatchObject({ stage: 'retry', right: 1, missing: 1, explained: [3] });
  });

  it('shows nothing before a check', () => {
    expect(choiceFeedback(one, undefined, 0, false)).toMatchObject({ stage: 'unanswered', explained: [] });
  });
});
