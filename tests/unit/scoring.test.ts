/** What the LMS is told: completion, success and score for the course and for a module package, and fair draws. */
import { describe, expect, it } from 'vitest';
import { courseIndex } from '../../src/course/course-index.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { answerBlock, emptyProgress, markVisited, startAttempt, submitAttempt } from '../../src/progress/progress-state.ts';
import { courseStatus, moduleStatus } from '../../src/progress/scoring.ts';
import { drawQuestions } from '../../src/progress/draw.ts';
import { fixtureIndex } from './course-index-fixture.ts';

const index = fixtureIndex();
const bothLessons = markVisited(markVisited(emptyProgress, 'basics/first'), 'basics/second');

describe('course status', () => {
  it('is not attempted before anything happens, incomplete while lessons remain', () => {
    expect(courseStatus(index, emptyProgress)).toEqual({ completion: 'not attempted', success: 'unknown', progress: 0 });
    expect(courseStatus(index, markVisited(emptyProgress, 'basics/first'))).toMatchObject({ completion: 'incomplete', progress: 0.333 });
  });

  it('is completed only with every lesson visited and the assessment attempted, and passes on the best score', () => {
    expect(courseStatus(index, bothLessons).completion).toBe('incomplete');
    const failed = submitAttempt(startAttempt(bothLessons, [0, 1]), 50);
    expect(courseStatus(index, failed)).toEqual({ completion: 'completed', success: 'failed', progress: 1, score: 50 });
    const passed = submitAttempt(startAttempt(failed, [1, 0]), 100);
    const retakenWorse = submitAttempt(startAttempt(passed, [0, 1]), 0);
    expect(courseStatus(index, retakenWorse)).toMatchObject({ success: 'passed', score: 100 });
  });
});

describe('module package status', () => {
  it('is completed when the module’s lessons are visited and scored on its own graded blocks once all are answered', () => {
    expect(moduleStatus(index, bothLessons, 'basics')).toMatchObject({ completion: 'completed', success: 'unknown' });
    const wrong = answerBlock(bothLessons, 'basics-check', { type: 'choice', selected: [1] });
    expect(moduleStatus(index, wrong, 'basics')).toMatchObject({ success: 'failed', score: 0 });
    const right = answerBlock(bothLessons, 'basics-check', { type: 'choice', selected: [0] });
    expect(moduleStatus(index, right, 'basics')).toMatchObject({ completion: 'completed', success: 'passed', score: 100 });
  });
});

describe('drawing the final assessment', () => {
  it('draws the configured number, without repeats, covering every module of the real course', () => {
    const real = courseIndex(loadCourseTree(process.cwd()));
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let attempt = 0; attempt < 20; attempt++) {
      const drawn = drawQuestions(real, random);
      expect(drawn).toHaveLength(real.assessment.drawn);
      expect(new Set(drawn).size).toBe(drawn.length);
      expect(new Set(drawn.map((p) => real.assessment.pool[p].module)).size).toBe(real.modules.length);
    }
  });
});
