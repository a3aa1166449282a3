/** The checked course tree, loaded once per build for all pages (re-read on every request in `astro dev`, so edits show). */
import { contentDir } from '../content/content-dir.ts';
import { loadCourseTree, type CourseTree } from './course-tree.ts';

let tree: CourseTree | undefined;

export function getCourse(): CourseTree {
  if (import.meta.env.DEV) return loadCourseTree(process.cwd(), contentDir);
  tree ??= loadCourseTree(process.cwd(), contentDir);
  return tree;
}
