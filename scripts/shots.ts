/**
 * Screenshots of the course's main page types, so anyone can look at the design without
 * building it in their head: the home (with some progress, so the module states show), a
 * module page, a lesson (top of the page, and the whole page), a lesson with a glossary
 * explanation open, the glossary, the final assessment, the display settings and the finish
 * page (what is left; finished, with the certificate; the certificate as printed, on an A4 sheet), each at
 * 375x812 and 1366x768 in light and dark, into dist/shots/. Run `npm run build` first.
 * `--only home,lesson-top` takes just those; `--lang sv` another language.
 * If the diagrams' own script (scripts/shots-diagrams.ts) is there, it runs afterwards.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from '../src/server/static-server.ts';
import { chromiumPath } from '../src/server/chromium-path.ts';
import { loadCourseTree } from '../src/course/course-tree.ts';
import { STORAGE_KEY } from '../src/tracking/browser-backend.ts';
import { courseIndex } from '../src/course/course-index.ts';
import { encodeState } from '../src/progress/state-codec.ts';
import { CERTIFICATE_NAME_KEY } from '../src/progress/certificate-name.ts';

const { values } = parseArgs({ options: {
  out: { type: 'string', default: 'dist/shots' },
  lang: { type: 'string', default: 'nb' },
  /** Only these shots, e.g. `--only home,lesson-top`. */
  only: { type: 'string' },
} });
const only = values.only?.split(',');
const out = values.out!;
const lang = values.lang!;
if (!existsSync('dist/site/index.html')) {
  console.error('No built site in dist/site/. Run `npm run build` first.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const course = loadCourseTree(process.cwd());
const [m1, m2] = course.modules;
// Module 1 done, module 2 begun, the learner last in module 2: every card state shows.
const progress = JSON.stringify({ v: 1, visited: [...m1!.lessons.map((l) => l.key), m2!.lessons[0]!.key], last: m2!.lessons[0]!.key });
// A finished course: every lesson visited and one attempt of the final assessment passed (a made-up score and name).
const index = courseIndex(course);
const drawn = [...Array(index.assessment.drawn).keys()];
const finished = encodeState(index, {
  visited: index.modules.flatMap((m) => m.lessons), answers: {},
  assessment: { drawn, answers: drawn.map(() => [0]), submitted: true, attempts: 1, lastScore: 87, bestScore: 87 },
});
const lesson = course.modules.find((m) => m.id === 'five-stages')?.lessons.find((l) => l.id === 'job-finding') ?? m2!.lessons[0]!;
const lessonPath = `${lang}/${lesson.moduleId}/${lesson.id}/index.html`;

interface Shot {
  name: string; path: string; full?: boolean; prepare?: (page: Page) => Promise<void>;
  /** Saved progress for this shot instead of the common one. */
  progress?: string;
  /** Shows the page as printed on A4 (at 96 dpi), once per colour scheme. */
  print?: boolean;
}
const shots: Shot[] = [
  { name: 'home', path: `${lang}/index.html`, full: true },
  { name: 'home-top', path: `${lang}/index.html` },
  { name: 'module', path: `${lang}/${m2!.id}/index.html`, full: true },
  { name: 'lesson-top', path: lessonPath },
  { name: 'lesson', path: lessonPath, full: true },
  { name: 'glossary-popover', path: lessonPath, prepare: async (page) => {
    const term = page.locator('.term__button').first();
    await term.scrollIntoViewIfNeeded();
    await term.click();
  } },
  { name: 'glossary', path: `${lang}/glossary/index.html`, prepare: async (page) => { await page.locator('#glossary-filter').fill('jobb'); } },
  { name: 'assessment', path: `${lang}/assessment/index.html`, full: true },
  { name: 'display-settings', path: `${lang}/index.html`, prepare: async (page) => { await page.locator('.display-control .header-button').click(); } },
  { name: 'finish-left', path: `${lang}/finish/index.html`, full: true },
  { name: 'home-finished', path: `${lang}/index.html`, progress: finished },
  { name: 'finish', path: `${lang}/finish/index.html`, full: true, progress: finished },
  { name: 'finish-certificate-print', path: `${lang}/finish/index.html`, progress: finished, print: true },
];
const sizes = [{ width: 375, height: 812 }, { width: 1366, height: 768 }];
/** An A4 sheet at 96 dpi. */
const A4 = { width: 794, height: 1123 };

const server = await serveStatic({ root: 'dist/site', port: 0 });
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
let count = 0;
for (const scheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: size, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.evaluate(([nameKey]) => localStorage.setItem(nameKey!, 'Kari Nordmann'), [CERTIFICATE_NAME_KEY]);
    for (const shot of shots.filter((s) => (!only || only.includes(s.name)) && (!s.print || size === sizes[0]))) {
      await page.setViewportSize(shot.print ? A4 : size);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, shot.progress ?? progress]);
      await page.emulateMedia({ media: shot.print ? 'print' : 'screen' });
      await page.goto(`http://127.0.0.1:${port}/${shot.path}`);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { polling: 'raf' });
      await shot.prepare?.(page);
      const file = `${out}/${shot.name}-${shot.print ? 'a4' : `${size.width}x${size.height}`}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: shot.full ?? false });
      count++;
    }
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`shots: ${count} screenshots in ${out}/`);

if (existsSync('scripts/shots-diagrams.ts')) {
  const run = spawnSync(process.execPath, ['scripts/shots-diagrams.ts'], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
