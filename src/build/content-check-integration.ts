/**
 * Checks every content file before Astro builds a page, so an author sees all
 * problems at once, each naming the file, the field and what to do. The tree
 * it loads is the one the pages and the course index then use (course.ts):
 * a build reads the content once; in dev the course-index plugin's watcher
 * says when it changed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../content/content-problem.ts';
import { loadCourse, trustCourseCache } from '../course/course.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'se-ips:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'build' || command === 'dev') trustCourseCache();
        try {
          loadCourse(fileURLToPath(config.root));
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(error.message);
            // Astro prints the message again; keep it short there.
            throw new Error(`Content check failed with ${error.problems.length} problem(s); see the list above.`);
          }
          throw error;
        }
      },
    },
  };
}
