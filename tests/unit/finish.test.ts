/** The finish: earned only with every lesson visited and the assessment passed, as the LMS is told; what the certificate says. */
import { describe, expect, it } from 'vitest';
import type { CourseIndex } from '../../src/course/course-index.ts';
import { emptyProgress, markVisited, startAttempt, submitAttempt, type ProgressState } from '../../src/progress/progress-state.ts';
import { courseStatus } from '../../src/progress/scoring.ts';
import { certificateDate, certificateFacts, certificateName, cleanName, finishStatus, nameFromLms, NAME_MAX } from '../../src/progress/finish.ts';

const question = (id: string, module: string) => ({ id, module, options: 3, correct: [0], multiple: false });
const index: CourseIndex = {
  id: 'two-modules',
  masteryScore: 80,
  modules: [{ id: 'a', lessons: ['a/one', 'a/two'], blocks: [] }, { id: 'b', lessons: ['b/one'], blocks: [] }],
  blocks: [],
  assessment: { drawn: 2, pool: [question('final-a', 'a'), question('final-b', 'b')] },
};
const visit = (state: ProgressState, ...keys: string[]) => keys.reduce(markVisited, state);
const submitted = (state: ProgressState, score: number) => submitAttempt(startAttempt(state, [0, 1]), score);
const allLessons = visit(emptyProgress, 'a/one', 'a/two', 'b/one');

describe('finish status', () => {
  it('lists what is left, in course order, and which modules are done', () => {
    const status = finishStatus(index, visit(emptyProgress, 'b/one', 'a/two'));
    expect(status).toMatchObject({ lessonsTotal: 3, lessonsVisited: 2, lessonsLeft: ['a/one'], modulesDone: ['b'], finished: false });
    expect(status.assessment).toEqual({ attempts: 0, masteryScore: 80, passed: false });
  });

  it('is not finished with every lesson visited but the assessment not passed, nor with it passed but a lesson left', () => {
    expect(finishStatus(index, allLessons).finished).toBe(false);
    const failed = finishStatus(index, submitted(allLessons, 79));
    expect(failed.finished).toBe(false);
    expect(failed.assessment).toEqual({ attempts: 1, bestScore: 79, masteryScore: 80, passed: false });
    expect(finishStatus(index, submitted(visit(emptyProgress, 'a/one', 'a/two'), 100)).finished).toBe(false);
  });

  it('is finished exactly when the LMS is told completed and passed, on the best attempt', () => {
    const passed = submitted(submitted(allLessons, 60), 80);
    const worseRetake = submitted(passed, 20);
    for (const state of [emptyProgress, allLessons, submitted(allLessons, 79), passed, worseRetake, submitted(visit(emptyProgress, 'a/one'), 100)]) {
      const lms = courseStatus(index, state);
      expect(finishStatus(index, state).finished).toBe(lms.completion === 'completed' && lms.success === 'passed');
    }
    expect(finishStatus(index, worseRetake)).toMatchObject({ finished: true, lessonsLeft: [], modulesDone: ['a', 'b'] });
  });
});

describe('certificate', () => {
  it('has no facts before it is earned, and the best score after', () => {
    expect(certificateFacts(index, submitted(allLessons, 70))).toBeUndefined();
    expect(certificateFacts(index, submitted(submitted(allLessons, 93), 87))).toEqual({ score: 93, masteryScore: 80 });
  });

  it('takes the LMS name first, turning "family, given" round, else the typed name', () => {
    expect(nameFromLms('Nordmann, Kari')).toBe('Kari Nordmann');
    expect(nameFromLms('  Kari   Nordmann ')).toBe('Kari Nordmann');
    expect(nameFromLms('a, b, c')).toBe('a, b, c');
    expect(nameFromLms('Nordmann,')).toBe('Nordmann');
    expect(certificateName('Nordmann, Kari', 'Someone else')).toEqual({ name: 'Kari Nordmann', source: 'lms' });
    expect(certificateName('  ', ' Ola  Nordmann ')).toEqual({ name: 'Ola Nordmann', source: 'typed' });
    expect(certificateName('', ' \n ')).toEqual({ name: '', source: 'none' });
  });

  it('keeps a name to one line of at most NAME_MAX characters, markup as plain text', () => {
    expect(cleanName('Kari\nNordmann\t')).toBe('Kari Nordmann');
    expect(cleanName('x'.repeat(500))).toHaveLength(NAME_MAX);
    expect(cleanName('<b>Kari</b>')).toBe('<b>Kari</b>');
  });

  it('writes the date in the course language', () => {
    const date = new Date(2026, 11, 2);
    expect(certificateDate(date, 'en')).toBe('2 December 2026');
    expect(certificateDate(date, 'nb')).toBe('2. desember 2026');
    expect(certificateDate(date, 'sv')).toBe('2 december 2026');
  });
});
