/**
 * What a built page makes the browser fetch, read from its HTML: the JavaScript
 * modules (islands, renderers and everything they import statically), the
 * stylesheets, the icon and images. Sizes are gzipped, as a server sends them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  html: number;
  js: number;
  css: number;
  /** Icon and images. */
  other: number;
}

/** Gzipped size of a file under `root`. */
export const gzippedSize = (root: string, file: string) => gzipSync(readFileSync(join(root, file))).length;

const attr = (html: string, pattern: RegExp, page: string) =>
  [...html.matchAll(pattern)].map((m) => m[1].split('#')[0]).filter((url) => url && !/^[a-z]+:/.test(url)).map((url) => normalize(join(dirname(page), url)));

/** Every JS module a page loads, following static imports. */
export function scriptsOf(root: string, page: string): Set<string> {
  const html = readFileSync(join(root, page), 'utf8');
  const seen = new Set<string>();
  const queue = attr(html, /(?:component-url|renderer-url|before-hydration-url|src)="([^"]+\.js)"/g, page);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const js = readFileSync(join(root, file), 'utf8');
    for (const m of js.matchAll(/(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+\.js)["']/g)) queue.push(normalize(join(dirname(file), m[1])));
  }
  return seen;
}

/** HTML, JS (modules and inline scripts), CSS and other assets of one page, gzipped bytes. */
export function pageWeight(root: string, page: string): PageWeight {
  const html = readFileSync(join(root, page), 'utf8');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
  const sum = (files: Iterable<string>) => [...new Set(files)].reduce((n, f) => n + gzippedSize(root, f), 0);
  return {
    page,
    html: gzipSync(html).length,
    js: sum(scriptsOf(root, page)) + inline,
    css: sum(attr(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g, page)),
    other: sum([...attr(html, /<link[^>]+rel="icon"[^>]*href="([^"]+)"/g, page), ...attr(html, /<img[^>]+src="([^"]+)"/g, page)]),
  };
}

export const transferred = (w: PageWeight) => w.html + w.js + w.css + w.other;
