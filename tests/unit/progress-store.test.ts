/** The store loads once, saves every change through its one backend, and keeps working when saving fails. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  $learnerName, $progress, $progressNotice, answer, answerAssessment, beginAttempt, resetProgressStoreForTests, retryBlock, startProgress, submitAssessment, visitLesson,
} from '../../src/progress/progress-store.ts';
import type { ProgressBackend, TrackingEvent } from '../../src/progress/progress-backend.ts';
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

beforeEach(() => resetProgressStoreForTests());

describe('progress store', () => {
  it('restores saved progress and saves each new visit', () => {
    const { backend, saved } = memoryBackend(encodeState(index, { visited: ['basics/first'], last: 'basics/first', answers: {} }));
    startProgress(index, backend);
    expect($progress.get().visited).toEqual(['basics/first']);
    visitLesson('basics/second');
    expect(saved()).toMatchObject({ visited: ['basics/first', 'basics/second'], last: 'basics/second' });
    expect($progressNotice.get()).toBeNull();
  });

  it('passes on whose record the LMS backend holds, and forgets it outside an LMS', () => {
    startProgress(index, { ...memoryBackend().backend, kind: 'lms', learnerName: 'Nordmann, Kari' });
    expect($learnerName.get()).toBe('Nordmann, Kari');
    resetProgressStoreForTests();
    startProgress(index, memoryBackend().backend);
    expect($learnerName.get()).toBe('');
  });

  it('reads the backend only once, however many islands start it', () => {
    const { backend } = memoryBackend(encodeState(index, { visited: ['basics/first'], answers: {} }));
    startProgress(index, backend);
    visitLesson('basics/second');
    startProgress(index, memoryBackend().backend);
    expect($progress.get().visited).toEqual(['basics/first', 'basics/second']);
  });

  it('saves each answer with the time the learner took, and forgets it on retry', () => {
    const { backend, log, saved } = memoryBackend();
    startProgress(index, backend);
    answer('basics-check', { type: 'choice', selected: [0] }, 4200);
    expect(log.at(-1)!.event).toEqual({ type: 'answer', id: 'basics-check', latencyMs: 4200 });
    expect(saved().answers).toEqual({ 'basics-check': { type: 'choice', selected: [0] } });
    retryBlock('basics-check');
    expect(saved().answers).toEqual({});
  });

  it('scores a submitted assessment attempt and keeps the best score', () => {
    const { backend, saved } = memoryBackend();
    startProgress(index, backend);
    beginAttempt([0, 1]);
    answerAssessment(0, [0], 1000);
    answerAssessment(1, [0, 2], 1000);
    submitAssessment();
    expect(saved().assessment).toMatchObject({ submitted: true, attempts: 1, lastScore: 50, bestScore: 50 });
    beginAttempt([1, 0]);
    answerAssessment(0, [0, 1], 1000);
    answerAssessment(1, [0], 1000);
    submitAssessment();
    expect(saved().assessment).toMatchObject({ attempts: 2, lastScore: 100, bestScore: 100 });
  });

  it('replaces corrupt saved data, saves the clean state and raises the reset notice', () => {
    const { backend, saved } = memoryBackend('{{{');
    startProgress(index, backend);
    expect($progressNotice.get()).toBe('reset');
    expect(saved()).toEqual(emptyProgress);
  });

  it('keeps progress in memory and says so when there is no storage', () => {
    startProgress(index, undefined);
    visitLesson('basics/first');
    expect($progress.get().visited).toEqual(['basics/first']);
    expect($progressNotice.get()).toBe('unavailable');
  });

  it('keeps progress in memory and says so when a save fails', () => {
    startProgress(index, memoryBackend(null, { failWrites: true }).backend);
    visitLesson('basics/first');
    expect($progress.get().visited).toEqual(['basics/first']);
    expect($progressNotice.get()).toBe('unavailable');
  });
});
