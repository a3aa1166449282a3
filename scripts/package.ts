/**
 * `npm run package [-- --per-module]`: writes SCORM 1.2 and 2004 packages of
 * the built site to dist/scorm/, one per language for the whole course, and
 * with --per-module one per language and module too. `npm run build` runs it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCourseTree } from '../src/course/course-tree.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { languages } from '../src/i18n/languages.ts';
import { buildPackages, PackageSource, type PackageSpec } from '../src/packaging/build-package.ts';

const { values } = parseArgs({ options: { 'per-module': { type: 'boolean', default: false }, site: { type: 'string', default: 'dist/site' }, out: { type: 'string', default: 'dist/scorm' } } });
const course = loadCourseTree(process.cwd(), contentDir);
const specs: PackageSpec[] = languages.flatMap((lang) => (['1.2', '2004'] as const).flatMap((version) => [
  { lang, version },
  ...(values['per-module'] ? course.modules.map((m) => ({ lang, version, moduleId: m.id })) : []),
]));

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const started = Date.now();
const source = new PackageSource(values.site);
const sizes = { course: [] as number[], module: [] as number[] };
const packages = await buildPackages(course, source, specs);
for (const [i, spec] of specs.entries()) {
  const built = packages[i];
  writeFileSync(join(values.out, built.name), built.bytes);
  (spec.moduleId ? sizes.module : sizes.course).push(built.bytes.length);
  // Module packages are many: one line per full-course package, a range for the rest.
  if (!spec.moduleId) console.log(`  ${built.name}  ${kb(built.bytes.length)}, ${built.files} files`);
}
if (sizes.module.length) console.log(`  ${sizes.module.length} module packages  ${kb(Math.min(...sizes.module))} to ${kb(Math.max(...sizes.module))}`);
console.log(`package: ${specs.length} SCORM packages in ${values.out}/ (${((Date.now() - started) / 1000).toFixed(1)} s), every manifest valid against the ADL/IMS schemas`);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
