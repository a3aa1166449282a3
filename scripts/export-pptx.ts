/**
 * Build step (after `astro build` and relativize, before packaging): writes each
 * module's deck as a PowerPoint file next to its presentation page, in every
 * language, e.g. `dist/site/nb/present/ips/se-ips-ips-nb.pptx`. Diagrams are
 * taken from the built presentation page (their `<svg>`), so they look as on screen.
 * `node scripts/export-pptx.ts [site-dir]`.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourseTree } from '../src/course/course-tree.ts';
import { readContent } from '../src/content/read-content.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { languages } from '../src/i18n/languages.ts';
import { moduleDeck, exportedSlideCount } from '../src/present/deck-model.ts';
import { deckToPptx, type Picture } from '../src/present/pptx-export.ts';
import { pptxPath } from '../src/present/pptx-name.ts';
import { diagramPictures } from '../src/present/diagram-pictures.ts';

const site = process.argv[2] ?? 'dist/site';
const started = Date.now();
const course = loadCourseTree(process.cwd(), contentDir);
const { content } = readContent(process.cwd(), contentDir);
const sizes: number[] = [];
for (const lang of languages) {
  const bodies = Object.fromEntries(content.lessons.filter((l) => l.lang === lang).map((l) => [`${l.moduleId}/${l.lessonId}`, l.body]));
  for (const m of course.modules) {
    const deck = moduleDeck(m, bodies, course.blocks.filter((b) => b.moduleId === m.id), lang);
    const wanted = deck.flatMap((s) => (s.diagram ? [s.diagram] : []));
    const page = join(site, lang, 'present', m.id, 'index.html');
    const pictures: Map<string, Picture> = wanted.length && existsSync(page) ? await diagramPictures(readFileSync(page, 'utf8'), wanted) : new Map();
    const missing = wanted.filter((id) => !pictures.has(id));
    if (missing.length) console.warn(`export-pptx: ${lang}/${m.id}: no picture found in ${page} for diagram ${missing.join(', ')}; its slide shows the headline only`);
    const file = await deckToPptx(deck, { title: m.text[lang].title }, pictures);
    writeFileSync(join(site, pptxPath(m.id, lang)), file);
    sizes.push(file.length);
    if (process.env.PPTX_VERBOSE) console.log(`  ${pptxPath(m.id, lang)}: ${exportedSlideCount(deck)} slides, ${Math.round(file.length / 1024)} KB`);
  }
}
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
console.log(`export-pptx: ${sizes.length} PowerPoint files (${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))}, ${kb(sizes.reduce((a, b) => a + b, 0))} in all) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
