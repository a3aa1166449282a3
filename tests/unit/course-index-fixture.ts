/** The fixture course's index. */
import { join } from 'node:path';
import { courseIndex, type CourseIndex } from '../../src/course/course-index.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';
export { worstCaseState } from '../../src/progress/worst-case-state.ts';

export const fixtureIndex = (): CourseIndex => courseIndex(loadCourseTree(join(import.meta.dirname, '../fixtures'), 'content-good'));

