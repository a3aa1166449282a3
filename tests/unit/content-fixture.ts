/** Copies the good fixture course to a temporary folder so a test can break one thing in it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { ContentError, formatProblem } from '../../src/content/content-problem.ts';
import { loadCourseTree } from '../../src/course/course-tree.ts';

const good = join(import.meta.dirname, '../fixtures/content-good');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function fixtureCourse() {
  const root = mkdtempSync(join(tmpdir(), 'course-fixture-'));
  made.push(root);
  cpSync(good, join(root, 'content'), { recursive: true });
  const path = (file: string) => join(root, 'content', file);
  return {
    root,
    write: (file: string, text: string) => writeFileSync(path(file), text),
    edit: (file: string, change: (text: string) => string) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8'))),
    remove: (file: string) => rmSync(path(file)),
    /** Loads the course and returns the problems as the build prints them (empty when it loads). */
    problems(): string[] {
      try {
        loadCourseTree(root);
        return [];
      } catch (error) {
        if (error instanceof ContentError) return error.problems.map(formatProblem);
        throw error;
      }
    },
  };
}
