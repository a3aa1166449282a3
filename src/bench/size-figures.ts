/**
 * Size figures of a built course: JavaScript per page, CSS, the heaviest
 * lesson page, each full-course SCORM package and the worst-case saved state,
 * each against its target (the README lists them under `npm run bench`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseTree } from '../course/course-tree.ts';
import { courseIndex } from '../course/course-index.ts';
import { languages } from '../i18n/languages.ts';
import { buildPackages, PackageSource, packageName } from '../packaging/build-package.ts';
import { encodeState } from '../progress/state-codec.ts';
import { worstCaseState } from '../progress/worst-case-state.ts';
import { bytesAtMost, countBelow, info, megabytesBelow, type Figure } from './figure.ts';
import { gzippedSize, pageWeight, transferred, type PageWeight } from './page-assets.ts';
import { lessonPages } from './course-pages.ts';
import { seal } from '../tracking/scorm/learner-seal.ts';
import { stamp } from '../tracking/scorm/write-stamp.ts';

export const targets = { jsKb: 30, lessonKb: 100, packageMb: 1.6, modulePackageKb: 400, suspendData: 300 };

const heaviest = <T>(items: T[], by: (t: T) => number) => [...items].sort((a, b) => by(b) - by(a))[0];

export function sizeFigures(course: CourseTree, siteDir: string, scormDir: string): Figure[] {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
  const weights = files.filter((f) => f.endsWith('.html')).map((page) => pageWeight(siteDir, page));
  const byJs = [...weights].sort((a, b) => b.js - a.js);
  const lessons = new Set(lessonPages(course));
  const lessonWeights = weights.filter((w) => lessons.has(w.page));
  const biggestLesson = heaviest(lessonWeights, (w) => w.html);
  const heaviestLesson = heaviest(lessonWeights, transferred);
  const index = courseIndex(course);
  return [
    info('pages', weights.length, 'pages'),
    bytesAtMost('JS gzipped, heaviest page', byJs[0].js, targets.jsKb, byJs[0].page),
    info('JS gzipped, median page', kbOf(byJs[Math.floor(byJs.length / 2)].js), 'KB'),
    info('CSS gzipped, all files', kbOf(files.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gzippedSize(siteDir, f), 0)), 'KB'),
    info('HTML, largest lesson page', kbOf(statSync(join(siteDir, biggestLesson.page)).size), 'KB', `${biggestLesson.page}, ${kbOf(biggestLesson.html)} KB gzipped`),
    bytesAtMost('lesson page transferred in all', transferred(heaviestLesson), targets.lessonKb, `${heaviestLesson.page}: ${parts(heaviestLesson)}`, true),
    // As written to the LMS: with the write stamp and the learner seal around the state.
    countBelow('suspend_data, worst case', seal(stamp(encodeState(index, worstCaseState(index)), Date.now()), 'learner').length, targets.suspendData, 'characters'),
    ...fullCoursePackages(course, scormDir),
  ];
}

function fullCoursePackages(course: CourseTree, scormDir: string): Figure[] {
  return languages.flatMap((lang) => (['1.2', '2004'] as const).map((version) => {
    const name = packageName(course, { lang, version });
    let bytes: number | null = null;
    try { bytes = statSync(join(scormDir, name)).size; } catch { /* not built */ }
    return bytes === null ? { ...megabytesBelow(`package ${name}`, 0, targets.packageMb), value: null, pass: false, detail: 'missing' } : megabytesBelow(`package ${name}`, bytes, targets.packageMb);
  }));
}

const kbOf = (bytes: number) => Math.round(bytes / 102.4) / 10;
const parts = (w: PageWeight) => `HTML ${kbOf(w.html)} + JS ${kbOf(w.js)} + CSS ${kbOf(w.css)} + icon/images ${kbOf(w.other)} KB gzipped`;

/** The largest module package, built in memory from the site (about 5 s of CPU for all 54). */
export async function modulePackageFigure(course: CourseTree, siteDir: string): Promise<Figure> {
  const specs = languages.flatMap((lang) => (['1.2', '2004'] as const).flatMap((version) => course.modules.map((m) => ({ lang, version, moduleId: m.id }))));
  const built = await buildPackages(course, new PackageSource(siteDir), specs);
  const largest = heaviest(built, (b) => b.bytes.length);
  return bytesAtMost('module package, largest', largest.bytes.length, targets.modulePackageKb, `${largest.name}; ${built.length} module packages`);
}
