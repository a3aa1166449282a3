/** The store loads once, saves every change through its one backend, and keeps working when saving fails. */
import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../src/progress/progress-store.ts';
import type { ProgressBackend, SaveStatus, TrackingEvent } from '../../src/progress/progress-backend.ts';
import { decodeState, encodeState } from '../../src/progress/state-codec.ts';
import { emptyProgress } from '../../src/progress/progress-state.ts';
import { fixtureIndex } from './course-index-fixture.ts';

const index = fixtureIndex();

function memoryBackend(saved: string | null = null, { failWrites = false } = {}) {
  const log: { text: string; event: TrackingEvent }[] = [];
  let current = saved;
  const backend: ProgressBackend = {
    kind: 'browser',
    read: () => current,
    write: (text, event) => { if (failWrites) return false; current = text; log.push({ text, event }); return true; },
  };
  return { backend, log, saved: () => decodeState(index, current).state };
}

/** A fresh store on `backend`, connected as a page connects it: when an island first subscribes. */
function storeOn(backend: ProgressBackend | undefined, draws: number[][] = []) {
  const store = createProgressStore(index, { connect: () => backend, draw: () => draws.shift()! });
  store.$progress.listen(() => {});
  return store;
}

describe('progress store', () => {
  it('gives a new learner a shuffle seed and keeps a saved one', () => {
    const fresh = createProgressStore(index, { connect: () => memoryBackend().backend, newSeed: () => 77 });
    fresh.$progress.listen(() => {});
    expect(fresh.$progress.get().seed).toBe(77);
    const { backend, saved } = memoryBackend(encodeState(index, { ...emptyProgress, seed: 5 }));
    const resumed = createProgressStore(index, { connect: () => backend, newSeed: () => 77 });
    resumed.$progress.listen(() => {});
    resumed.visitLesson('basics/first');
    expect(saved().seed).toBe(5);
  });

  it('restores saved progress and saves each new visit', () => {
    const { backend, saved } = memoryBackend(encodeState(index, { visited: ['basics/first'], last: 'basics/first', answers: {} }));
    const { $progress, $progressNotice, visitLesson } = storeOn(backend);
    expect($progress.get().visited).toEqual(['basics/first']);
    visitLesson('basics/second');
    expect(saved()).toMatchObject({ visited: ['basics/first', 'basics/second'], last: 'basics/second' });
    expect($progressNotice.get()).toBeNull();
  });

  it('passes on whose record the LMS backend holds, and forgets it outside an LMS', () => {
    expect(storeOn({ ...memoryBackend().backend, kind: 'lms', learnerName: 'Nordmann, Kari' }).$learnerName.get()).toBe('Nordmann, Kari');
    expect(storeOn(memoryBackend().backend).$learnerName.get()).toBe('');
  });

  it('reads the backend only once, however many islands start it', () => {
    const backends = [memoryBackend(encodeState(index, { visited: ['basics/first'], answers: {} })).backend, memoryBackend().backend];
    const { $progress, $saveMode, visitLesson } = createProgressStore(index, { connect: () => backends.shift() });
    $progress.listen(() => {});
    visitLesson('basics/second');
    $saveMode.listen(() => {});
    expect($progress.get().visited).toEqual(['basics/first', 'basics/second']);
  });

  it('saves each answer with the time the learner took, and forgets it on retry', () => {
    const { backend, log, saved } = memoryBackend();
    const { answer, retryBlock } = storeOn(backend);
    answer('basics-check', { type: 'choice', selected: [0] }, 4200);
    expect(log.at(-1)!.event).toEqual({ type: 'answer', id: 'basics-check', latencyMs: 4200 });
    expect(saved().answers).toEqual({ 'basics-check': { type: 'choice', selected: [0] } });
    retryBlock('basics-check');
    expect(saved().answers).toEqual({});
  });

  it('scores a submitted assessment attempt and keeps the best score', () => {
    const { backend, saved } = memoryBackend();
    const { answerAssessment, beginAttempt, submitAssessment } = storeOn(backend, [[0, 1], [1, 0]]);
    beginAttempt();
    answerAssessment(0, [0], 1000);
    answerAssessment(1, [0, 2], 1000);
    submitAssessment();
    expect(saved().assessment).toMatchObject({ submitted: true, attempts: 1, lastScore: 50, bestScore: 50 });
    beginAttempt();
    answerAssessment(0, [0, 1], 1000);
    answerAssessment(1, [0], 1000);
    submitAssessment();
    expect(saved().assessment).toMatchObject({ attempts: 2, lastScore: 100, bestScore: 100 });
  });

  it('replaces corrupt saved data, saves the clean state and raises the reset notice', () => {
    const { backend, saved } = memoryBackend('{{{');
    const { $progressNotice } = storeOn(backend);
    expect($progressNotice.get()).toBe('reset');
    expect({ ...saved(), seed: undefined }).toEqual({ ...emptyProgress, seed: undefined });
  });

  it('keeps progress in memory and says so when there is no storage', () => {
    const { $progress, $progressNotice, visitLesson } = storeOn(undefined);
    visitLesson('basics/first');
    expect($progress.get().visited).toEqual(['basics/first']);
    expect($progressNotice.get()).toBe('unavailable');
  });

  it('keeps progress in memory and says so when a save fails', () => {
    const { $progress, $progressNotice, visitLesson } = storeOn(memoryBackend(null, { failWrites: true }).backend);
    visitLesson('basics/first');
    expect($progress.get().visited).toEqual(['basics/first']);
    expect($progressNotice.get()).toBe('unavailable');
  });

  it('connects to its backend when first used, not when it is made', () => {
    let connected = 0;
    const { $progress } = createProgressStore(index, { connect: () => { connected++; return memoryBackend().backend; } });
    expect(connected).toBe(0);
    $progress.listen(() => {});
    expect(connected).toBe(1);
  });

  it('names the assessment questions whose saved answers no longer fitted, until they are answered again or a new attempt starts', () => {
    const text = encodeState(index, { ...emptyProgress, seed: 3, assessment: { drawn: [1, 0], answers: [[0, 1], [0]], submitted: false, attempts: 0 } });
    // The first answer's mask names option 5, which the fixture's question does not have.
    const { backend, saved } = memoryBackend(text.replace(/:([A-Za-z0-9_-])([A-Za-z0-9_-])~/, (_m, _a, b) => `:g${b}~`));
    const { $attempt, $progressNotice, answerAssessment, beginAttempt } = storeOn(backend, [[0, 1]]);
    $attempt.listen(() => {});
    expect($attempt.get()?.dropped).toEqual([0]);
    expect($attempt.get()?.answers).toEqual([[], [0]]);
    expect($progressNotice.get()).toBe('reset');
    expect(saved().assessment?.answers).toEqual([[], [0]]);
    answerAssessment(0, [0], 1000);
    expect($attempt.get()?.dropped).toEqual([]);
    beginAttempt();
    expect($attempt.get()?.dropped).toEqual([]);
  });

  it('does not submit an attempt with unanswered questions, and says how many are left', () => {
    const { backend, saved } = memoryBackend();
    const { answerAssessment, beginAttempt, submitAssessment } = storeOn(backend, [[0, 1]]);
    beginAttempt();
    answerAssessment(0, [0], 1000);
    expect(submitAssessment()).toBe(1);
    expect(saved().assessment).toMatchObject({ submitted: false, attempts: 0 });
  });

  it('tells the learner when the LMS stops taking progress, and once it takes it again', () => {
    let report: (status: SaveStatus) => void = () => {};
    const { $notice } = storeOn({ ...memoryBackend().backend, kind: 'lms', onStatus: (l) => { report = l; l('saved'); return () => {}; } });
    $notice.listen(() => {});
    expect($notice.get()).toBeNull();
    report('retrying');
    expect($notice.get()).toBe('lms-retrying');
    report('failed');
    expect($notice.get()).toBe('lms-failed');
    report('saved');
    expect($notice.get()).toBe('lms-recovered');
  });
});
