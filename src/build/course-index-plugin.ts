/**
 * Vite plugin: `import index from 'virtual:course-index'` gives browser code the
 * course's trackable structure (see src/course/course-index.ts), read from
 * `content/` at build time so it can never disagree with the pages. In dev,
 * a change under the content folder marks the course for reloading and the
 * index module for rebuilding.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { courseMayHaveChanged, loadCourse } from '../course/course.ts';
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
      return `export default ${JSON.stringify(courseIndex(loadCourse(process.cwd(), contentDir)))};`;
    },
    configureServer(server) {
      const folder = resolve(process.cwd(), contentDir);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(folder + sep)) return;
        courseMayHaveChanged(file);
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(resolved);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      });
    },
  };
}
