/**
 * The one way the site and its build load the course: `content/` is read and
 * checked once, and again only when a content file changed. The content check
 * and the course-index plugin (in Astro's config) and the pages (in Vite's SSR
 * runner) are separate module instances in one process, so the cache lives on
 * globalThis: `astro build` reads the content once, and `astro dev` once per edit.
 *
 * Whether content changed is decided by every file's modification time and
 * size. Taking that key costs a stat per file, so it is taken only when it may
 * have changed: always, unless the caller said who tells (see trustCourseCache).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { contentDir } from '../content/content-dir.ts';
import { loadCourseTree, type CourseTree } from './course-tree.ts';

interface CourseCache {
  /** Per content folder (absolute path): its key when read, and the tree. */
  trees: Map<string, { key: string; tree: CourseTree }>;
  /** True when something will call courseMayHaveChanged() on every change (or nothing can change). */
  trusted: boolean;
  /** Folders that may have changed since their key was taken. */
  stale: Set<string>;
}

const slot = Symbol.for('se-ips:course-cache');
const cache: CourseCache = ((globalThis as Record<symbol, CourseCache | undefined>)[slot] ??= { trees: new Map(), trusted: false, stale: new Set() });

/** Every file under the folder with its modification time and size. */
function contentKey(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const { mtimeMs, size } = statSync(path);
      return `${path}:${mtimeMs}:${size}`;
    })
    .sort()
    .join('\n');
}

/** The checked course tree; throws a ContentError listing every problem. */
export function loadCourse(projectRoot = process.cwd(), dir = contentDir): CourseTree {
  const folder = resolve(projectRoot, dir);
  const cached = cache.trees.get(folder);
  if (cached && cache.trusted && !cache.stale.has(folder)) return cached.tree;
  const key = contentKey(folder);
  cache.stale.delete(folder);
  if (cached?.key === key) return cached.tree;
  const tree = loadCourseTree(projectRoot, dir);
  cache.trees.set(folder, { key, tree });
  return tree;
}

/** For pages and components: the course of this build or dev server. */
export const getCourse = (): CourseTree => loadCourse();

/** Astro's integration says content is watched (dev) or cannot change (build), so keys are taken only after a change. */
export function trustCourseCache(): void {
  cache.trusted = true;
}

/** A file under the folder changed, was added or removed: check the key at the next load. */
export function courseMayHaveChanged(file: string): void {
  for (const folder of cache.trees.keys()) if (resolve(file).startsWith(folder + sep)) cache.stale.add(folder);
}
