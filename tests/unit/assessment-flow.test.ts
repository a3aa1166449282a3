/** The assessment one question at a time: what is unanswered, where the learner is after a reload, and the results by module. */
import { describe, expect, it } from 'vitest';
import type { CourseIndex } from '../../src/course/course-index.ts';
import {
  attemptKey, decodePlace, encodePlace, firstQuestion, placeStorage, resultsByModule, step, unansweredPositions,
} from '../../src/progress/assessment-flow.ts';
import type { TextStorage } from '../../src/progress/browser-storage.ts';

const question = (id: string, module: string) => ({ id, module, options: 4, correct: [0], multiple: false });
const index: CourseIndex = {
  id: 'flow-course', masteryScore: 80, blocks: [],
  modules: [{ id: 'why', lessons: ['why/a'], blocks: [] }, { id: 'history', lessons: ['history/a'], blocks: [] }, { id: 'ips', lessons: ['ips/a', 'ips/b'], blocks: [] }],
  assessment: { drawn: 4, pool: [question('q0', 'why'), question('q1', 'history'), question('q2', 'ips'), question('q3', 'ips'), question('q4', 'why')] },
};

function memory(): TextStorage & { text: () => string | null } {
  let text: string | null = null;
  return { read: () => text, write: (_k, v) => { text = v; return true; }, text: () => text };
}

describe('one question at a time', () => {
  it('lists the questions still unanswered, in the attempt\'s order', () => {
    expect(unansweredPositions({ answers: [[1], [], [0, 2], []] })).toEqual([1, 3]);
    expect(unansweredPositions({ answers: [[1], [0]] })).toEqual([]);
  });

  it('moves to the previous and next question without leaving the attempt', () => {
    expect(step(0, 1, 15)).toBe(1);
    expect(step(14, 1, 15)).toBe(14);
    expect(step(0, -1, 15)).toBe(0);
    expect(step(7, -1, 15)).toBe(6);
  });

  it('counts right of asked per module, in course order, leaving out modules the attempt did not draw from', () => {
    // Drawn in screen order: ips, why, ips, why; the learner got the first ips and both why questions right.
    const drawn = [2, 0, 3, 4];
    expect(resultsByModule(index, { drawn }, [true, true, false, true])).toEqual([
      { module: 'why', asked: 2, right: 2 },
      { module: 'ips', asked: 2, right: 1 },
    ]);
  });
});

describe('the learner\'s place in an attempt', () => {
  const a = { attempts: 2, drawn: [2, 0, 3, 4] };
  const key = attemptKey(a);

  it('comes back after a reload: the question reached, or the review list', () => {
    expect(decodePlace(encodePlace(key, { view: 'question', position: 3 }), key, 4)).toEqual({ view: 'question', position: 3 });
    expect(decodePlace(encodePlace(key, { view: 'review' }), key, 4)).toEqual({ view: 'review' });
  });

  it('reopens a confirmation as the review list: a reload never lands on "submit?"', () => {
    expect(decodePlace(encodePlace(key, { view: 'confirm' }), key, 4)).toEqual({ view: 'review' });
  });

  it('starts a new attempt, or a new draw, at the first question', () => {
    const saved = encodePlace(key, { view: 'question', position: 3 });
    expect(decodePlace(saved, attemptKey({ ...a, attempts: 3 }), 4)).toEqual(firstQuestion);
    expect(decodePlace(saved, attemptKey({ ...a, drawn: [1, 0, 3, 4] }), 4)).toEqual(firstQuestion);
  });

  it('opens the first question for anything unreadable or out of range', () => {
    for (const text of [null, '', '{', 'null', '[]', '{"key":1}', JSON.stringify({ key, view: 'question', position: 4 }),
      JSON.stringify({ key, view: 'question', position: -1 }), JSON.stringify({ key, view: 'question', position: '2' }),
      JSON.stringify({ key, view: 'results' })]) {
      expect(decodePlace(text, key, 4), String(text)).toEqual(firstQuestion);
    }
  });

  it('is kept per course in the given storage, and without storage the first question opens', () => {
    const storage = memory();
    placeStorage('flow-course', storage).write(key, { view: 'question', position: 2 });
    expect(placeStorage('flow-course', storage).read(key, 4)).toEqual({ view: 'question', position: 2 });
    expect(placeStorage('flow-course', undefined).read(key, 4)).toEqual(firstQuestion);
  });
});
