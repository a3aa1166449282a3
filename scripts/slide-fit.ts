/**
 * How the presentations fit a projector: for every module and language, the
 * number of slides and how many need smaller type (or still scroll) at
 * 1280x720 and 1920x1080. `--shots <dir>` saves a screenshot of every slide
 * that had to shrink, for checking by eye. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../src/server/static-server.ts';
import { chromiumPath } from '../src/server/chromium-path.ts';
import { loadCourseTree } from '../src/course/course-tree.ts';
import { languages } from '../src/i18n/languages.ts';

const { values } = parseArgs({ options: { shots: { type: 'string' }, module: { type: 'string' }, lang: { type: 'string' } } });
const sizes = [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }];
const course = loadCourseTree(process.cwd());
const server = await serveStatic({ root: 'dist/site', port: 0 });
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
if (values.shots) mkdirSync(values.shots, { recursive: true });

console.log(['module', 'lang', 'slides', ...sizes.flatMap((s) => [`shrunk@${s.height}`, `scrolls@${s.height}`])].join('\t'));
for (const m of course.modules.filter((x) => !values.module || x.id === values.module)) {
  for (const lang of languages.filter((l) => !values.lang || l === values.lang)) {
    const row: (string | number)[] = [m.id, lang];
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`http://127.0.0.1:${port}/${lang}/present/${m.id}/index.html`);
      const total = await page.locator('.slide').count();
      if (row.length === 2) row.push(total);
      let shrunk = 0, scrolls = 0;
      for (let i = 0; i < total; i++) {
        await page.evaluate((n) => { location.hash = `#slide-${n}`; }, i + 1);
        const fit = await page.locator(`#slide-${i + 1}`).evaluate((s: HTMLElement) => ({
          fit: s.dataset.fit, tall: s.scrollHeight > s.parentElement!.clientHeight,
        }));
        if (fit.fit) shrunk++;
        if (fit.tall) scrolls++;
        if ((fit.fit || fit.tall) && values.shots) await page.screenshot({ path: `${values.shots}/${m.id}-${lang}-${size.height}-${i + 1}.png` });
      }
      row.push(shrunk, scrolls);
      await page.close();
    }
    console.log(row.join('\t'));
  }
}
await browser.close();
server.close();
