/** The real course and UI strings, so tests follow the content instead of copying it. */
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { strings } from '../../src/i18n/strings.ts';
import { languages } from '../../src/i18n/languages.ts';
import { contentDir } from '../../src/content/content-dir.ts';

export const course = loadCourseTree(process.cwd(), contentDir);
export { strings, languages };
export { fill } from '../../src/i18n/fill.ts';
