/** The checked course tree, loaded once per build for all pages. */
import { contentDir } from '../content/content-dir.ts';
import { loadCourseTree, type CourseTree } from './course-tree.ts';

let tree: CourseTree | undefined;

export function getCourse(): CourseTree {
  tree ??= loadCourseTree(process.cwd(), contentDir);
  return tree;
}
