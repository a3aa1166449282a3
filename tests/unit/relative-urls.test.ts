/** Built pages must work from any LMS path and from file://, so every URL becomes relative to its file. */
import { describe, expect, it } from 'vitest';
import { fileForPath, findRootAbsoluteUrls, relativeUrl, relativizeCss, relativizeHtml } from '../../src/build/relative-urls.ts';

describe('relative URLs', () => {
  it.each([
    ['/nb/', 'nb/history/origins/index.html', '../../index.html'],
    ['/nb/history/norway/', 'nb/history/origins/index.html', '../norway/index.html'],
    ['/nb/history/origins/', 'nb/history/origins/index.html', 'index.html'],
    ['/_astro/app.css', 'nb/history/origins/index.html', '../../../_astro/app.css'],
    ['/nb/glossary/#job-carving', 'nb/index.html', 'glossary/index.html#job-carving'],
    ['/favicon.svg', 'index.html', 'favicon.svg'],
    ['/_astro/font.woff2', '_astro/app.css', 'font.woff2'],
  ])('%s from %s is %s', (url, from, expected) => {
    expect(relativeUrl(url, from)).toBe(expected);
  });

  it('maps page paths to the files that serve them', () => {
    expect(fileForPath('/nb/')).toBe('nb/index.html');
    expect(fileForPath('/')).toBe('index.html');
  });

  it('rewrites island, link and image attributes but leaves outside and fragment links alone', () => {
    const html = '<a href="/nb/">x</a><a href="#main">y</a><a href="https://example.org/">z</a>'
      + '<astro-island component-url="/_astro/A.js" renderer-url="/_astro/r.js"></astro-island>'
      + '<img src="/_astro/i.png" srcset="/_astro/i.png 1x, /_astro/i2.png 2x">';
    expect(relativizeHtml(html, 'nb/history/index.html')).toBe(
      '<a href="../index.html">x</a><a href="#main">y</a><a href="https://example.org/">z</a>'
      + '<astro-island component-url="../../_astro/A.js" renderer-url="../../_astro/r.js"></astro-island>'
      + '<img src="../../_astro/i.png" srcset="../../_astro/i.png 1x, ../../_astro/i2.png 2x">');
  });

  it('rewrites url() in CSS, quoted or not, and keeps protocol-relative and data URLs', () => {
    expect(relativizeCss('a{background:url(/_astro/a.png)} b{src:url("/_astro/f.woff2")} c{x:url(//cdn/x)} d{x:url(data:image/png;base64,AA)}', '_astro/site.css'))
      .toBe('a{background:url(a.png)} b{src:url("f.woff2")} c{x:url(//cdn/x)} d{x:url(data:image/png;base64,AA)}');
  });

  it('finds root-absolute URLs left in attributes, island props and scripts', () => {
    expect(findRootAbsoluteUrls('<a href="/nb/">', 'html')).toEqual(['/nb/']);
    expect(findRootAbsoluteUrls('<x props="{&quot;href&quot;:[0,&quot;/nb/a/&quot;]}">', 'html')).toEqual(['/nb/a/']);
    expect(findRootAbsoluteUrls('import("/_astro/x.js")', 'js')).toEqual(['/_astro/x.js']);
    expect(findRootAbsoluteUrls('<a href="../nb/index.html">', 'html')).toEqual([]);
  });
});
