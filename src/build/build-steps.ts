/**
 * What `npm run build` runs, in order: the one place that says so.
 * scripts/build.ts runs these steps and the bench times them (src/bench/timed-build.ts).
 *
 * 1. `astro build` checks every content file first (content-check-integration.ts),
 *    then writes dist/site, the course index (course-index-plugin.ts) and the
 *    trainer script (classic-script-integration.ts). It reads the course once (course/course.ts).
 * 2. relativize rewrites every URL in dist/site relative to its file (relative-urls.ts).
 * 3. export-pptx writes each module's PowerPoint deck per language from the built presentation pages.
 * 4. package zips dist/site into the SCORM packages in dist/scorm (src/packaging).
 */
export interface BuildStep {
  name: string;
  /** Which of the bench's two build times it counts towards. */
  part: 'site' | 'packages';
  /** Arguments to Node, from the project root. */
  args: string[];
}

export const buildSteps: BuildStep[] = [
  { name: 'astro build', part: 'site', args: ['node_modules/astro/bin/astro.mjs', 'build'] },
  { name: 'relativize', part: 'site', args: ['scripts/relativize.ts', 'dist/site'] },
  { name: 'export-pptx', part: 'site', args: ['scripts/export-pptx.ts', 'dist/site'] },
  { name: 'package', part: 'packages', args: ['scripts/package.ts'] },
];
