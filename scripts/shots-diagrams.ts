/**
 * Screenshots of every diagram as a learner sees it in its lesson: at 375x812
 * (a phone) and 1366x768 (a laptop), in light and dark colour schemes, so the
 * drawings can be checked by eye without a browser. Run `npm run build` first.
 *   node scripts/shots-diagrams.ts [--out /tmp/diagram-shots] [--lang nb|sv|en|all]
 * Writes <out>/<diagram>-<lang>-<width>x<height>-<scheme>.png and prints each path.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { serveStatic } from '../src/server/static-server.ts';
import { chromiumPath } from '../src/server/chromium-path.ts';
import { readContent } from '../src/content/read-content.ts';
import { findBlockTags } from '../src/content/block-ids.ts';
import { languages, isLang } from '../src/i18n/languages.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: '/tmp/diagram-shots' }, lang: { type: 'string', default: 'nb' } } });
const langs = values.lang === 'all' ? [...languages] : isLang(values.lang) ? [values.lang] : [];
if (langs.length === 0) { console.error(`--lang must be nb, sv, en or all, not "${values.lang}"`); process.exit(1); }
const sizes = [{ width: 375, height: 812 }, { width: 1366, height: 768 }];
const schemes = ['light', 'dark'] as const;

// Where each diagram is placed: the lesson page that shows it.
const { content } = readContent(process.cwd());
const placed = content.lessons.flatMap((l) => findBlockTags(l.body).filter((t) => t.component === 'Diagram')
  .map((t) => ({ id: t.id, lang: l.lang, path: `/${l.lang}/${l.moduleId}/${l.lessonId}/index.html` })));

mkdirSync(values.out, { recursive: true });
const server = await serveStatic({ root: 'dist/site', port: 0 });
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const size of sizes) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: size, colorScheme });
      // A busy machine can take its time; a slow page is not a failure here.
      page.setDefaultTimeout(120_000);
      for (const p of placed.filter((x) => langs.includes(x.lang))) {
        await page.goto(`http://127.0.0.1:${port}${p.path}`);
        const figure = page.locator(`figure[data-diagram="${p.id}"]`);
        const file = join(values.out, `${p.id}-${p.lang}-${size.width}x${size.height}-${colorScheme}.png`);
        await figure.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
