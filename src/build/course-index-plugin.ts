/**
 * Vite plugin: `import index from 'virtual:course-index'` gives browser code the
 * course's trackable structure (see src/course/course-index.ts), read from
 * `content/` at build time so it can never disagree with the pages.
 */
import type { Plugin } from 'vite';
import { loadCourseTree } from '../course/course-tree.ts';
import { courseIndex } from '../course/course-index.ts';
import { contentDir as defaultContentDir } from '../content/content-dir.ts';

const id = 'virtual:course-index';
const resolved = `\0${id}`;

export function courseIndexPlugin(contentDir = defaultContentDir): Plugin {
  return {
    name: 'se-ips-course-index',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(source) {
      if (source !== resolved) return undefined;
      return `export default ${JSON.stringify(courseIndex(loadCourseTree(process.cwd(), contentDir)))};`;
    },
  };
}
