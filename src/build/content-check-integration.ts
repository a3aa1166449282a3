/**
 * Checks every content file before Astro builds a page, so an author sees all
 * problems at once, each naming the file, the field and what to do.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../content/content-problem.ts';
import { loadCourseTree } from '../course/course-tree.ts';
import { contentDir } from '../content/content-dir.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'se-ips:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        try {
          loadCourseTree(fileURLToPath(config.root), contentDir);
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
