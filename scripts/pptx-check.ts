/**
 * `npm run pptx-check [-- --module ips --lang nb]`: opens every built PowerPoint
 * file in LibreOffice Impress (headless, to PDF) and checks that it shows one
 * slide per slide of the deck plus one per exercise answer, and that every slide
 * with speaker notes has them. Run `npm run build` first. The unit test does one
 * module per language; this does them all (2-10 minutes, with the machine's load).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCourseTree } from '../src/course/course-tree.ts';
import { readContent } from '../src/content/read-content.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { languages } from '../src/i18n/languages.ts';
import { exportedSlideCount, moduleDeck } from '../src/present/deck-model.ts';
import { pptxPath } from '../src/present/pptx-name.ts';
import { impressPages, pptxNotes, soffice } from '../src/present/impress-check.ts';

const { values } = parseArgs({ options: { module: { type: 'string' }, lang: { type: 'string' } } });
if (!existsSync(soffice)) { console.error(`LibreOffice Impress is not installed (${soffice}): apt-get install libreoffice-impress`); process.exit(1); }
const course = loadCourseTree(process.cwd(), contentDir);
const { content } = readContent(process.cwd(), contentDir);
const problems: string[] = [];
const files: { file: string; slides: number; withNotes: number }[] = [];
for (const lang of languages.filter((l) => !values.lang || l === values.lang)) {
  const bodies = Object.fromEntries(content.lessons.filter((l) => l.lang === lang).map((l) => [`${l.moduleId}/${l.lessonId}`, l.body]));
  for (const m of course.modules.filter((x) => !values.module || x.id === values.module)) {
    const deck = moduleDeck(m, bodies, course.blocks.filter((b) => b.moduleId === m.id), lang);
    const expanded = deck.flatMap((s) => (s.answer ? [s, { notes: s.answer.notes }] : [s]));
    files.push({ file: join('dist/site', pptxPath(m.id, lang)), slides: exportedSlideCount(deck), withNotes: expanded.filter((s) => s.notes.length).length });
  }
}
const missing = files.filter((f) => !existsSync(f.file));
if (missing.length) { console.error(`Not built: ${missing.map((f) => f.file).join(', ')}. Run npm run build first.`); process.exit(1); }
const started = Date.now();
// One Impress run per language: a stuck conversion costs one batch, and the output shows progress.
const pages = new Map<string, number>();
for (const lang of languages) {
  const batch = files.filter((f) => f.file.includes(`/${lang}/`)).map((f) => f.file);
  if (batch.length === 0) continue;
  console.log(`Converting ${batch.length} ${lang} files in Impress …`);
  for (const [file, n] of impressPages(batch)) pages.set(file, n);
}
for (const f of files) {
  const notes = pptxNotes(f.file).filter(Boolean).length;
  const ok = pages.get(f.file) === f.slides && notes === f.withNotes;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${f.file}: ${pages.get(f.file)} slides in Impress (deck ${f.slides}), notes on ${notes} (deck ${f.withNotes})`);
  if (!ok) problems.push(f.file);
}
console.log(`${files.length} files checked in ${((Date.now() - started) / 1000).toFixed(0)} s; ${problems.length ? `${problems.length} FAIL` : 'all open with the right slides and notes'}`);
process.exitCode = problems.length ? 1 : 0;
