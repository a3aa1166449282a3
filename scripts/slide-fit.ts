/**
 * How the presentations fit a projector: for every module and language, at
 * 1280x720 and 1920x1080, each slide shown and with each of its answers
 * revealed in turn: how many slides had to shrink their type (never below 90 %)
 * and how many still scroll. Prose slides of lessons without slide texts yet
 * are counted apart (they may shrink to 75 %). `--shots <dir>` saves a
 * screenshot of every slide that scrolls. Exits 1 if a slide other than those
 * scrolls. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../src/server/static-server.ts';
import { chromiumPath } from '../src/server/chromium-path.ts';
import { loadCourseTree } from '../src/course/course-tree.ts';
import { languages } from '../src/i18n/languages.ts';
import { probeSlides } from '../src/present/slide-fit-probe.ts';

const { values } = parseArgs({ options: { shots: { type: 'string' }, module: { type: 'string' }, lang: { type: 'string' } } });
const sizes = [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }];
const course = loadCourseTree(process.cwd());
const server = await serveStatic({ root: 'dist/site', port: 0 });
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
if (values.shots) mkdirSync(values.shots, { recursive: true });

const failures: string[] = [];
console.log(['module', 'lang', 'slides', ...sizes.flatMap((s) => [`shrunk@${s.height}`, `scrolls@${s.height}`, `prose-scrolls@${s.height}`])].join('\t'));
for (const m of course.modules.filter((x) => !values.module || x.id === values.module)) {
  for (const lang of languages.filter((l) => !values.lang || l === values.lang)) {
    const row: (string | number)[] = [m.id, lang];
    // One page load per deck: the probe steps through it in place, once per size.
    const page = await browser.newPage({ viewport: sizes[0] });
    await page.goto(`http://127.0.0.1:${port}/${lang}/present/${m.id}/index.html`);
    for (const size of sizes) {
      await page.setViewportSize(size);
      const states = await page.evaluate(probeSlides);
      const slides = new Set(states.map((s) => s.slide));
      if (row.length === 2) row.push(slides.size);
      const count = (test: (s: (typeof states)[number]) => boolean) => new Set(states.filter(test).map((s) => s.slide)).size;
      row.push(count((s) => !s.prose && s.fit < 1), count((s) => !s.prose && s.scrolls), count((s) => s.prose && s.scrolls));
      for (const s of states.filter((x) => x.scrolls && !x.prose)) failures.push(`${m.id} ${lang} ${size.width}x${size.height} slide ${s.slide} (${s.title}), ${s.state}`);
      if (values.shots) {
        for (const s of states.filter((x) => x.scrolls)) {
          await page.evaluate((n) => { location.hash = `#slide-${n}`; }, s.slide);
          await page.screenshot({ path: `${values.shots}/${m.id}-${lang}-${size.height}-${s.slide}.png` });
        }
      }
    }
    await page.close();
    console.log(row.join('\t'));
  }
}
await browser.close();
server.close();
console.log(failures.length ? `\n${failures.length} slide states scroll:\n  ${failures.join('\n  ')}` : '\nNo slide scrolls (prose slides of lessons without slide texts aside), and none shrinks below 90 %.');
process.exitCode = failures.length ? 1 : 0;
