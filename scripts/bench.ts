/**
 * Prints size figures of the built site: pages, JavaScript per page (gzipped,
 * counting every module a page loads), CSS and the largest HTML page.
 * the SCORM packages and the worst-case saved state (every lesson visited,
 * every block and assessment question answered at full length) against SCORM
 * 1.2's 4,096-character suspend_data. Run `npm run build` first.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCourseTree } from '../src/course/course-tree.ts';
import { courseIndex } from '../src/course/course-index.ts';
import { encodeState } from '../src/tracking/state-codec.ts';
import { worstCaseState } from '../src/tracking/worst-case-state.ts';

const root = 'dist/site';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
const pages = files.filter((f) => f.endsWith('.html'));
const gz = (file: string) => gzipSync(readFileSync(join(root, file))).length;

/** Every JS module a page loads: island components and renderers, plus their static imports. */
function scriptsOf(page: string): Set<string> {
  const html = readFileSync(join(root, page), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:component-url|renderer-url|before-hydration-url|src)="([^"]+\.js)"/g)].map((m) => normalize(join(dirname(page), m[1])));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const js = readFileSync(join(root, file), 'utf8');
    for (const m of js.matchAll(/(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+\.js)["']/g)) queue.push(normalize(join(dirname(file), m[1])));
  }
  return seen;
}

const inlineScripts = (page: string) => [...readFileSync(join(root, page), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
const jsPerPage = pages.map((page) => ({ page, bytes: [...scriptsOf(page)].reduce((n, f) => n + gz(f), 0) + inlineScripts(page) })).sort((a, b) => b.bytes - a.bytes);
const median = jsPerPage[Math.floor(jsPerPage.length / 2)].bytes;
const css = files.filter((f) => f.endsWith('.css'));
const largestHtml = pages.map((page) => ({ page, bytes: statSync(join(root, page)).size })).sort((a, b) => b.bytes - a.bytes)[0];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const rows: [string, string][] = [
  ['pages', String(pages.length)],
  ['JS gzipped, heaviest page', `${kb(jsPerPage[0].bytes)} (${jsPerPage[0].page})`],
  ['JS gzipped, median page', kb(median)],
  ['CSS gzipped, all files', kb(css.reduce((n, f) => n + gz(f), 0))],
  ['largest HTML page', `${kb(largestHtml.bytes)} (${largestHtml.page})`],
  ['whole site on disk', kb(files.reduce((n, f) => n + statSync(join(root, f)).size, 0))],
];
const index = courseIndex(loadCourseTree(process.cwd()));
const worst = encodeState(index, worstCaseState(index)).length;
rows.push(['suspend_data, worst case', `${worst} characters (SCORM 1.2 allows 4,096${worst > 4096 ? ': TOO LONG' : ''})`]);
let packages: string[] = [];
try { packages = readdirSync('dist/scorm').filter((f) => f.endsWith('.zip')).sort(); } catch { /* not built */ }
for (const f of packages) rows.push([`package ${f}`, kb(statSync(join('dist/scorm', f)).size)]);
for (const [name, value] of rows) console.log(`${name.padEnd(40)} ${value}`);
