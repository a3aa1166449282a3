/** The real course and UI strings, so tests follow the content instead of copying it. */
import { loadCourseTree } from '../../src/course/course-tree.ts';
import { strings } from '../../src/i18n/strings.ts';
import { languages } from '../../src/i18n/languages.ts';
import { contentDir } from '../../src/content/content-dir.ts';

export const course = loadCourseTree(process.cwd(), contentDir);
export { strings, languages };

/** Fills `{name}` placeholders the way the site does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
