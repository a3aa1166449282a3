/** Saved state survives a round trip, fits SCORM 1.2's 4,096 characters, and corrupt or outdated text never breaks the course. */
import { describe, expect, it } from 'vitest';
import { courseIndex } from '../../src/course/course-index.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { emptyProgress, type ProgressState } from '../../src/progress/progress-state.ts';
import { decodeState, encodeState } from '../../src/progress/state-codec.ts';
import { fixtureIndex, worstCaseState } from './course-index-fixture.ts';

const index = fixtureIndex();
const learner: ProgressState = {
  visited: ['basics/first', 'basics/second'],
  last: 'basics/first',
  answers: { 'basics-check': { type: 'choice', selected: [1] }, 'basics-case': { type: 'scenario', path: [0, 1] } },
  assessment: { drawn: [1, 0], answers: [[0, 1], []], submitted: false, attempts: 1, lastScore: 50, bestScore: 50 },
};

describe('saved state', () => {
  it('round-trips lessons, answers, the last lesson and the assessment', () => {
    expect(decodeState(index, encodeState(index, learner))).toEqual({ state: learner, reset: false });
  });

  it('keeps a scenario that is still in progress', () => {
    const state = { ...emptyProgress, answers: { 'basics-case': { type: 'scenario' as const, path: [0] } } };
    expect(decodeState(index, encodeState(index, state)).state).toEqual(state);
  });

  it('starts fresh without a notice when nothing was saved', () => {
    expect(decodeState(index, '')).toEqual({ state: emptyProgress, reset: false });
    expect(decodeState(index, null)).toEqual({ state: emptyProgress, reset: false });
  });

  it('for the whole real course, worst case, stays under 300 characters (SCORM 1.2 allows 4,096)', () => {
    const real = courseIndex(loadCourseTree(process.cwd()));
    const text = encodeState(real, worstCaseState(real));
    expect(text.length).toBeLessThan(300);
    expect(decodeState(real, text)).toEqual({ state: worstCaseState(real), reset: false });
  });
});

describe('the learner\'s shuffle seed', () => {
  it('is saved with the progress and read back, so options keep their order', () => {
    const seeded = { ...learner, seed: 4095 };
    expect(decodeState(index, encodeState(index, seeded))).toEqual({ state: seeded, reset: false });
    expect(decodeState(index, encodeState(index, { ...emptyProgress, seed: 0 })).state.seed).toBe(0);
  });

  it('is absent, without a notice, in a state saved before options were shuffled', () => {
    const old = encodeState(index, learner);
    expect(decodeState(index, old)).toEqual({ state: learner, reset: false });
  });

  it('is dropped with a notice when broken, keeping the answers (they name options, not screen positions)', () => {
    const broken = `${encodeState(index, learner)}~<!`;
    expect(decodeState(index, broken)).toEqual({ state: learner, reset: true });
  });

  it('keeps the other assessment answers when one no longer fits its question, and says so', () => {
    const text = encodeState(index, learner);
    // The first answer's mask names options 0 and 1; option 5 does not exist in the fixture.
    const bad = text.replace(/:([A-Za-z0-9_-])([A-Za-z0-9_-])$/, (_m, _a, b) => `:g${b}`);
    const { state, reset, droppedQuestions } = decodeState(index, bad);
    expect(reset).toBe(true);
    expect(state.assessment?.answers).toEqual([[], []]);
    expect(state.assessment?.drawn).toEqual([1, 0]);
    // Which question lost its answer, so the assessment can name it.
    expect(droppedQuestions).toEqual([0]);
  });
});

describe('damaged saved state', () => {
  const good = encodeState(index, learner);

  it.each([
    ['text that is not ours', 'garbage'],
    ['an unknown format', 'v9~whatever'],
    ['a cut-off prefix', 'v2'],
  ])('resets %s and says so', (_name, text) => {
    expect(decodeState(index, text)).toEqual({ state: emptyProgress, reset: true });
  });

  it('keeps what is valid of a truncated text, and says so when a part of it is broken', () => {
    const cut = good.slice(0, good.indexOf('~', 3));
    const { state, reset } = decodeState(index, cut);
    expect(reset).toBe(false);
    expect(state.visited).toEqual(learner.visited);
    expect(state.answers).toEqual(learner.answers);
    const { state: shorter, reset: shorterReset } = decodeState(index, good.slice(0, -3));
    expect(shorterReset).toBe(true);
    expect(shorter.answers).toEqual(learner.answers);
    expect(shorter.assessment).toBeUndefined();
  });

  it('drops an answer that cannot belong to its block (two options on a single-choice question)', () => {
    const broken = good.replace(/\.C\./, '.D.');
    expect(broken).not.toBe(good);
    const { state, reset } = decodeState(index, broken);
    expect(reset).toBe(true);
    expect(state.answers['basics-check']).toBeUndefined();
    expect(state.answers['basics-case']).toEqual(learner.answers['basics-case']);
    expect(state.visited).toEqual(learner.visited);
  });

  it('drops a scenario path that leads off the graph', () => {
    const { state, reset } = decodeState(index, good.replace('.01~', '.31~'));
    expect(reset).toBe(true);
    expect(state.answers['basics-case']).toBeUndefined();
  });

  it('resets only the module whose content changed after a course update', () => {
    const changed = { ...index, blocks: index.blocks.map((b) => (b.id === 'basics-check' && b.type === 'choice' ? { ...b, options: 3 } : b)) };
    const { state, reset } = decodeState(changed, good);
    expect(reset).toBe(true);
    expect(state.visited).toEqual([]);
    expect(state.assessment).toEqual(learner.assessment);
  });

  it('keeps the attempts and scores when the question pool changed, and drops only that attempt’s questions', () => {
    const changed = { ...index, assessment: { ...index.assessment, pool: [...index.assessment.pool, { ...index.assessment.pool[0], id: 'added' }] } };
    const { state, reset } = decodeState(changed, good);
    expect(reset).toBe(true);
    expect(state.assessment).toEqual({ drawn: [], answers: [], submitted: false, attempts: 1, lastScore: 50, bestScore: 50 });
    expect(state.visited).toEqual(learner.visited);
    // Saved again, it reads back the same: the learner starts a new attempt with the new pool.
    expect(decodeState(changed, encodeState(changed, state))).toEqual({ state, reset: false });
  });

  it('reads the first release’s browser format', () => {
    const v1 = JSON.stringify({ v: 1, visited: ['basics/second', 'gone/lesson'], last: 'basics/second' });
    expect(decodeState(index, v1)).toEqual({ state: { visited: ['basics/second'], last: 'basics/second', answers: {} }, reset: true });
  });

  it('never lets hostile text through as a lesson key or answer', () => {
    const hostile = `v2~${'<script>alert(1)</script>'}~0:0~`;
    const { state } = decodeState(index, hostile);
    expect(state).toEqual(emptyProgress);
  });
});
