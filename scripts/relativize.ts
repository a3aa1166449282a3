/** Post-build step: make every URL in the built site relative (see src/build/relative-urls.ts). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findRootAbsoluteUrls, relativizeCss, relativizeHtml } from '../src/build/relative-urls.ts';

const root = process.argv[2] ?? 'dist/site';
let files = 0;
const leftovers: string[] = [];

for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath, entry.name);
  const site = relative(root, path).split('\\').join('/');
  const kind = entry.name.endsWith('.html') ? 'html' : entry.name.endsWith('.css') ? 'css' : entry.name.endsWith('.js') ? 'js' : undefined;
  if (!kind) continue;
  const text = readFileSync(path, 'utf8');
  const next = kind === 'html' ? relativizeHtml(text, site) : kind === 'css' ? relativizeCss(text, site) : text;
  if (next !== text) { writeFileSync(path, next); files++; }
  for (const url of findRootAbsoluteUrls(next, kind)) leftovers.push(`${site}: ${url}`);
}

if (leftovers.length > 0) {
  console.error(`Root-absolute URLs remain after the rewrite; the site would break under an LMS path:\n  ${leftovers.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
console.log(`relativize: rewrote URLs in ${files} files under ${root}`);
