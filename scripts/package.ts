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
import { buildPackage, type PackageSpec } from '../src/packaging/build-package.ts';

const { values } = parseArgs({ options: { 'per-module': { type: 'boolean', default: false }, site: { type: 'string', default: 'dist/site' }, out: { type: 'string', default: 'dist/scorm' } } });
const course = loadCourseTree(process.cwd(), contentDir);
const specs: PackageSpec[] = languages.flatMap((lang) => (['1.2', '2004'] as const).flatMap((version) => [
  { lang, version },
  ...(values['per-module'] ? course.modules.map((m) => ({ lang, version, moduleId: m.id })) : []),
]));

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const started = Date.now();
for (const spec of specs) {
  const built = await buildPackage(course, values.site, spec);
  writeFileSync(join(values.out, built.name), built.bytes);
  console.log(`  ${built.name}  ${(built.bytes.length / 1024).toFixed(0)} KB, ${built.files} files`);
}
console.log(`package: ${specs.length} SCORM packages in ${values.out}/ (${((Date.now() - started) / 1000).toFixed(1)} s), every manifest valid against the ADL/IMS schemas`);
