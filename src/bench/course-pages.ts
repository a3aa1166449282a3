/**
 * Built pages picked from the course tree, as paths under dist/site:
 * every lesson page, and the pages Lighthouse audits.
 */
import type { CourseTree } from '../course/course-tree.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { urls } from '../routing/urls.ts';
import { fileForPath as file } from '../build/relative-urls.ts';


export function lessonPages(course: CourseTree): string[] {
  return languages.flatMap((lang) => course.modules.flatMap((m) => m.lessons.map((l) => file(urls.lesson(lang, m.id, l.id)))));
}

/** Course home, the first lesson, the first lesson with a scenario, the final assessment. */
export function auditedPages(course: CourseTree, lang: Lang = 'nb'): { label: string; page: string }[] {
  const first = course.modules[0].lessons[0];
  const scenario = course.blocks.find((b) => b.type === 'scenario');
  if (!scenario) throw new Error('The course has no scenario block to audit.');
  const [moduleId, lessonId] = scenario.lessonKey.split('/');
  return [
    { label: 'course home', page: file(urls.home(lang)) },
    { label: 'lesson', page: file(urls.lesson(lang, first.moduleId, first.id)) },
    { label: 'lesson with a scenario', page: file(urls.lesson(lang, moduleId, lessonId)) },
    { label: 'final assessment', page: file(urls.assessment(lang)) },
  ];
}
