/** The pure steps that change progress: visits, answers, retries and assessment attempts. */
import { describe, expect, it } from 'vitest';
import { answerQuestion, clearBlock, emptyProgress, markVisited, startAttempt, submitAttempt, answerBlock } from '../../src/progress/progress-state.ts';

describe('progress state', () => {
  it('counts a lesson once however often it is opened, and remembers the latest', () => {
    const state = ['a/one', 'a/two', 'a/one'].reduce(markVisited, emptyProgress);
    expect(state).toEqual({ visited: ['a/one', 'a/two'], last: 'a/one', answers: {} });
  });

  it('ignores keys that are not lesson keys', () => {
    expect(markVisited(emptyProgress, '../../etc')).toBe(emptyProgress);
  });

  it('keeps the latest answer per block and forgets it on retry', () => {
    const one = answerBlock(emptyProgress, 'q', { type: 'choice', selected: [1] });
    const two = answerBlock(one, 'q', { type: 'choice', selected: [2] });
    expect(two.answers).toEqual({ q: { type: 'choice', selected: [2] } });
    expect(clearBlock(two, 'q').answers).toEqual({});
  });

  it('does not change a submitted attempt, and a new attempt keeps the best score', () => {
    let state = answerQuestion(startAttempt(emptyProgress, [3, 1]), 1, [2, 0]);
    expect(state.assessment?.answers).toEqual([[], [0, 2]]);
    state = submitAttempt(state, 50);
    expect(answerQuestion(state, 0, [1])).toBe(state);
    state = submitAttempt(startAttempt(state, [0, 2]), 40);
    expect(state.assessment).toMatchObject({ attempts: 2, lastScore: 40, bestScore: 50 });
  });
});
