/** The site reads the course once, and again only after a content file changed. */
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseMayHaveChanged, loadCourse, trustCourseCache } from '../../src/course/course.ts';
import { fixtureCourse } from './content-fixture.ts';

/** Edits a lesson and moves its modification time on, so even a coarse clock sees the change. */
function editLesson(course: ReturnType<typeof fixtureCourse>, title: string) {
  course.edit('lessons/nb/basics/first.mdx', (t) => t.replace(/^title: .*$/m, `title: "${title}"`));
  const later = new Date(Date.now() + 5000);
  utimesSync(join(course.root, 'content/lessons/nb/basics/first.mdx'), later, later);
}

describe('course cache', () => {
  it('reads the course once while nothing changes, and again after an edit', () => {
    const course = fixtureCourse();
    const first = loadCourse(course.root, 'content');
    expect(loadCourse(course.root, 'content')).toBe(first);
    editLesson(course, 'Edited');
    const second = loadCourse(course.root, 'content');
    expect(second).not.toBe(first);
    expect(second.modules[0].lessons[0].text.nb.title).toBe('Edited');
  });

  // Last in the file: trusting the cache is for the whole process, as in `astro dev`.
  it('once trusted, looks at the files again only when told they changed', () => {
    const course = fixtureCourse();
    trustCourseCache();
    const first = loadCourse(course.root, 'content');
    editLesson(course, 'Edited once more');
    expect(loadCourse(course.root, 'content')).toBe(first);
    courseMayHaveChanged(join(course.root, 'content/lessons/nb/basics/first.mdx'));
    expect(loadCourse(course.root, 'content').modules[0].lessons[0].text.nb.title).toBe('Edited once more');
  });
});
