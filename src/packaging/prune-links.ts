/**
 * Makes a page of a package link only to files in that package. A link to a
 * page the package does not hold (the course home or another module in a
 * module package, a trainer page in a full-course one) goes as follows:
 * - an element marked `data-package-drop` goes whole (e.g. "Present this
 *   module", the list of trainer pages) when a link in it leads out;
 * - in a `<nav>` (header menu, breadcrumbs, pager) the link goes, with its `<li>`;
 * - anywhere else the link becomes its text (a source reference in a lesson
 *   stays readable, the site title stays a title).
 */
import { posix } from 'node:path';

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a>/g;
const HREF = /\shref=(["'])([^"']*)\1/;

/** The package file a link of `fromFile` points at, or undefined for links that leave no file (external, fragment). */
export function linkTarget(href: string, fromFile: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#') || href === '') return undefined;
  const path = href.replace(/[?#].*$/, '');
  const target = posix.normalize(posix.join(posix.dirname(fromFile), path));
  return target.endsWith('/') ? `${target}index.html` : target;
}

function leadsOut(href: string, fromFile: string, has: (file: string) => boolean): boolean {
  const target = linkTarget(href.replace(/&amp;/g, '&'), fromFile);
  return target !== undefined && !has(target);
}

/** Index just past the element that starts at `start` with tag `tag` (same-name nesting counted). */
function elementEnd(html: string, start: number, tag: string): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

function dropMarked(html: string, fromFile: string, has: (file: string) => boolean): string {
  const marked = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-package-drop\b[^>]*>/g;
  let out = '';
  let from = 0;
  for (let m = marked.exec(html); m; m = marked.exec(html)) {
    const end = m[1] === 'a' ? html.indexOf('</a>', m.index) + 4 : elementEnd(html, m.index, m[1]);
    const element = html.slice(m.index, end);
    // Links, and addresses in an island's props (a link it would render once hydrated).
    const hrefs = [...[...element.matchAll(ANCHOR)].map((a) => HREF.exec(a[1])?.[2]), ...[...element.matchAll(/&quot;(\.{1,2}\/[^&]*)&quot;/g)].map((p) => p[1])];
    if (hrefs.some((href) => href !== undefined && leadsOut(href, fromFile, has))) {
      out += html.slice(from, m.index);
      from = end;
    }
    marked.lastIndex = end;
  }
  return out + html.slice(from);
}

export function pruneLinks(html: string, fromFile: string, has: (file: string) => boolean): string {
  const dropped = dropMarked(html, fromFile, has);
  const navs = [...dropped.matchAll(/<nav\b/g)].map((m) => [m.index, elementEnd(dropped, m.index, 'nav')] as const);
  const inNav = (i: number) => navs.some(([a, b]) => i > a && i < b);
  let out = dropped.replace(ANCHOR, (whole, attrs: string, inner: string, at: number) => {
    const href = HREF.exec(attrs)?.[2];
    if (href === undefined || !leadsOut(href, fromFile, has)) return whole;
    if (inNav(at)) return '\u0000';
    const cls = /\sclass=(["'])[^"']*\1/.exec(attrs)?.[0] ?? '';
    return `<span${cls}>${inner}</span>`;
  });
  // A navigation link that went takes its list item with it; a pager link leaves its grid cell.
  out = out.replace(/<li\b[^>]*>\u0000<\/li>/g, '').replace(/\u0000/g, '<span></span>');
  return out;
}
