/**
 * Rewrites root-absolute URLs ("/nb/history/") in built HTML and CSS into
 * URLs relative to the file that holds them ("../history/index.html").
 * An LMS serves a package from an arbitrary path, and neither LMSs nor
 * file:// serve a folder's index.html for a bare folder URL, so directory
 * links get an explicit index.html.
 */
import { posix } from 'node:path';
import { languages } from '../i18n/languages.ts';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data', 'component-url', 'renderer-url', 'before-hydration-url'];
const ATTRIBUTE = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=)(["'])(/(?!/)[^"']*)\\2`, 'g');
const SRCSET = /(\s(?:srcset|imagesrcset)=)(["'])([^"']*)\2/g;
const CSS_URL = /url\(\s*(["']?)(\/(?!\/)[^"')]*)\1\s*\)/g;

/** The built file that serves a page path: "/nb/" is served by "nb/index.html". */
export function fileForPath(pathname: string): string {
  const path = pathname.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** `fromFile` is the site-relative path of the file holding the URL, e.g. "nb/history/index.html". */
export function relativeUrl(url: string, fromFile: string): string {
  const [, path, suffix = ''] = /^([^?#]*)(.*)$/.exec(url)!;
  const target = path.endsWith('/') ? `${path}index.html` : path;
  const fromDir = posix.dirname(`/${fromFile}`);
  const relative = posix.relative(fromDir, target);
  return (relative === '' ? './' : relative) + suffix;
}

export function relativizeHtml(html: string, fromFile: string): string {
  return relativizeCss(
    html
      .replace(ATTRIBUTE, (_m, attr: string, quote: string, url: string) => `${attr}${quote}${relativeUrl(url, fromFile)}${quote}`)
      .replace(SRCSET, (_m, attr: string, quote: string, list: string) =>
        `${attr}${quote}${list.replace(/(^|,\s*)(\/(?!\/)[^\s,]+)/g, (_x, sep: string, url: string) => sep + relativeUrl(url, fromFile))}${quote}`),
    fromFile,
  );
}

export function relativizeCss(css: string, fromFile: string): string {
  return css.replace(CSS_URL, (_m, quote: string, url: string) => `url(${quote}${relativeUrl(url, fromFile)}${quote})`);
}

/** A quoted site path in a script: Astro's assets or a page of one of the languages. */
const JS_SITE_URL = new RegExp(String.raw`["'\x60]/(?:_astro|${languages.join('|')})/[^"'\x60]*`, 'g');

/** Finds root-absolute URLs that survived, for the build's own check and the tests. */
export function findRootAbsoluteUrls(text: string, kind: 'html' | 'css' | 'js'): string[] {
  const found: string[] = [];
  if (kind === 'html') for (const m of text.matchAll(ATTRIBUTE)) found.push(m[3]);
  // Island props are JSON inside an attribute; a root-absolute link there would break after hydration.
  if (kind === 'html') for (const m of text.matchAll(/&quot;(\/(?!\/)[^&]*)&quot;/g)) found.push(m[1]);
  if (kind === 'html' || kind === 'css') for (const m of text.matchAll(CSS_URL)) found.push(m[2]);
  if (kind === 'js') for (const m of text.matchAll(JS_SITE_URL)) found.push(m[0].slice(1));
  return found;
}
