/**
 * Astro puts its island loader (about 4.4 KB) inline in every page with an
 * island. Zip compresses each file on its own, so 190 copies cost a
 * full-course package about 0.35 MB. A package holds it once instead, as a
 * file beside the other scripts: the page loads it from the same place in
 * the same order (a classic script blocks as the inline one did), and the
 * Content-Security-Policy allows the package's own files ('self').
 *
 * One difference needs care: `import(url)` in a script file resolves against
 * the file's address, inline against the page's, and the islands' addresses
 * are relative to the page. So the file's dynamic imports go through a helper
 * that resolves against the page first; a script with `import.meta` (which
 * cannot be rewritten that way) stays inline.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** Short inline scripts cost less than a request. */
const MIN_LENGTH = 1024;

/** Inline scripts long enough and found in at least two pages, by their text, with the file each becomes. */
export function findSharedScripts(pages: Iterable<string>): Map<string, string> {
  const seen = new Map<string, number>();
  for (const html of pages) {
    for (const m of new Set([...html.matchAll(INLINE_SCRIPT)].map((x) => x[1]).filter((s) => s.length >= MIN_LENGTH))) seen.set(m, (seen.get(m) ?? 0) + 1);
  }
  const shared = new Map<string, string>();
  for (const [text, count] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count >= 2 && !text.includes('import.meta')) shared.set(text, `_astro/inline-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.js`);
  }
  return shared;
}

const IMPORT_HELPER = '__seIpsImport';

/** The shared file's text: the inline script with its dynamic imports resolved against the page, as inline. */
export function sharedScriptFile(text: string): string {
  return `var ${IMPORT_HELPER}=function(u){return import(new URL(u,document.baseURI).href)};${text.replace(/\bimport\(/g, `${IMPORT_HELPER}(`)}`;
}

export function externalizeScripts(html: string, fromFile: string, shared: Map<string, string>): string {
  return html.replace(INLINE_SCRIPT, (whole, text: string) => {
    const file = shared.get(text);
    return file ? `<script src="${posix.relative(posix.dirname(`/${fromFile}`), `/${file}`)}"></script>` : whole;
  });
}
