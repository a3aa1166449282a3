/**
 * What an organisation imports must hold what it says and nothing it cannot
 * show: every package of the course (6 full-course, 54 module packages) is
 * built from the real site, and each is checked for its size limit, for links
 * that all resolve inside the zip, and (module packages) for holding only its
 * own module. Building all 60 from one read of the site takes a few seconds.
 */
import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourseTree, type CourseTree } from '../../src/course/course-tree.ts';
import { languages } from '../../src/i18n/languages.ts';
import { buildPackages, PackageSource, type BuiltPackage, type PackageSpec } from '../../src/packaging/build-package.ts';
import { linkTarget, pruneLinks } from '../../src/packaging/prune-links.ts';
import { sharedScriptFile } from '../../src/packaging/shared-scripts.ts';

const KB = 1024;
const limits = { module: 400 * KB, course: 1.6 * KB * KB };
let course: CourseTree;
const packages: { spec: PackageSpec; built: BuiltPackage; files: Record<string, Uint8Array> }[] = [];

beforeAll(async () => {
  if (!existsSync('dist/site/nb/scorm/index.html')) throw new Error('Build the site first: npm run build (npm test does).');
  course = loadCourseTree(process.cwd());
  const specs: PackageSpec[] = languages.flatMap((lang) => (['1.2', '2004'] as const).flatMap((version) => [
    { lang, version }, ...course.modules.map((m) => ({ lang, version, moduleId: m.id })),
  ]));
  const built = await buildPackages(course, new PackageSource('dist/site'), specs);
  built.forEach((b, i) => packages.push({ spec: specs[i], built: b, files: unzipSync(b.bytes) }));
}, 120_000);

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Every address a file of the package asks for: links, scripts, styles, islands, CSS urls, script imports, the launcher's lessons. */
function references(file: string, body: string): string[] {
  const found: string[] = [];
  if (file.endsWith('.html')) {
    for (const m of body.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url|poster|data)=(["'])([^"']*)\1/g)) found.push(m[2]);
    for (const m of body.matchAll(/&quot;(\.{1,2}\/[^&]*)&quot;/g)) found.push(m[1]);
    const config = /data-config="([^"]*)"/.exec(body)?.[1];
    if (config) {
      const c = JSON.parse(config.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { start: string; lessons: Record<string, string> };
      found.push(c.start, ...Object.values(c.lessons));
    }
  }
  if (file.endsWith('.html') || file.endsWith('.css')) for (const m of body.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) if (!m[2].startsWith('data:')) found.push(m[2]);
  if (file.endsWith('.js')) for (const m of body.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) found.push(m[1]);
  return found.map((u) => u.replace(/&amp;/g, '&'));
}

function brokenLinks(files: Record<string, Uint8Array>): string[] {
  const broken: string[] = [];
  for (const [file, bytes] of Object.entries(files)) {
    if (!/\.(html|css|js)$/.test(file)) continue;
    for (const url of references(file, text(bytes))) {
      const target = linkTarget(url, file);
      if (target !== undefined && !(target in files)) broken.push(`${file} -> ${url}`);
    }
  }
  return broken;
}

describe('module packages', () => {
  it('are at most 400 KB each', () => {
    const modules = packages.filter((p) => p.spec.moduleId);
    expect(modules).toHaveLength(54);
    expect(modules.filter((p) => p.built.bytes.length > limits.module).map((p) => `${p.built.name}: ${Math.round(p.built.bytes.length / KB)} KB`)).toEqual([]);
  });

  it('hold their module in all three languages, and no page of another module, the course home or the final assessment', () => {
    for (const p of packages.filter((x) => x.spec.moduleId)) {
      const id = p.spec.moduleId!;
      const names = Object.keys(p.files);
      for (const lang of languages) {
        const module = course.modules.find((m) => m.id === id)!;
        for (const lesson of module.lessons) expect(names, p.built.name).toContain(`${lang}/${id}/${lesson.id}/index.html`);
        expect(names, p.built.name).toContain(`${lang}/glossary/index.html`);
      }
      const foreign = names.filter((f) => {
        const [lang, part, sub] = f.split('/');
        if (!(languages as readonly string[]).includes(lang)) return false;
        if (f === `${lang}/index.html` || part === 'assessment' || part === 'sources') return true;
        if (part === 'present' || part === 'scorm') return sub !== id && sub !== 'index.html';
        return course.modules.some((m) => m.id === part && m.id !== id);
      });
      expect(foreign, p.built.name).toEqual([]);
      expect(names.filter((f) => f.endsWith('.pptx')), p.built.name).toEqual([]);
    }
  });

  it('link only to files inside the zip', () => {
    for (const p of packages.filter((x) => x.spec.moduleId)) expect(brokenLinks(p.files), p.built.name).toEqual([]);
  });

  it("keep a lesson's source references as text and its navigation inside the module", () => {
    const p = packages.find((x) => x.spec.moduleId === 'ips' && x.spec.lang === 'nb' && x.spec.version === '2004')!;
    const lesson = text(p.files['nb/ips/fidelity/index.html']);
    expect(lesson).toContain('Validation of the Revised Individual Placement and Support Fidelity Scale');
    expect(lesson).not.toContain('sources/index.html');
    expect(lesson).toContain('href="../job-development/index.html"');
    const launcher = text(p.files['nb/scorm/ips/index.html']);
    expect(launcher).not.toContain('history');
  });
});

describe('full-course packages', () => {
  it('are under 1.6 MB each', () => {
    const full = packages.filter((p) => !p.spec.moduleId);
    expect(full).toHaveLength(6);
    expect(full.filter((p) => p.built.bytes.length >= limits.course).map((p) => `${p.built.name}: ${Math.round(p.built.bytes.length / KB)} KB`)).toEqual([]);
  });

  it('link only to files inside the zip, and drop the trainer pages they do not carry', () => {
    for (const p of packages.filter((x) => !x.spec.moduleId)) expect(brokenLinks(p.files), p.built.name).toEqual([]);
    const p = packages.find((x) => !x.spec.moduleId && x.spec.lang === 'sv')!;
    expect(text(p.files['sv/index.html'])).not.toContain('present/');
    expect(text(p.files['sv/ips/index.html'])).toContain('ips/index.html');
  });
});

describe('the shared island script', () => {
  it('is one file per package, its dynamic imports resolved against the page as the inline script was', () => {
    const p = packages.find((x) => !x.spec.moduleId)!;
    const shared = Object.keys(p.files).filter((f) => /^_astro\/inline-[0-9a-f]+\.js$/.test(f));
    expect(shared).toHaveLength(1);
    const script = text(p.files[shared[0]]);
    // A page's islands name their code relative to the page; from the file's own address they would 404.
    expect(script.match(/\bimport\(/g)).toHaveLength(1);
    expect(script).toContain('import(new URL(u,document.baseURI).href)');
    const page = text(p.files['nb/ips/fidelity/index.html']);
    expect(page).toContain(`<script src="../../../${shared[0]}"></script>`);
    expect(page).not.toMatch(/<script>[^<]{1024,}<\/script>/);
  });

  it('rewrites every dynamic import of the inline script', () => {
    expect(sharedScriptFile('async function a(e){await import(e);return import(this.u(e))}'))
      .toBe('var __seIpsImport=function(u){return import(new URL(u,document.baseURI).href)};async function a(e){await __seIpsImport(e);return __seIpsImport(this.u(e))}');
  });
});

describe('pruning links', () => {
  const has = (f: string) => f.startsWith('nb/ips/');
  it('drops navigation out of the package, keeps other link text, and drops marked elements', () => {
    const html = '<nav><ol><li><a href="../../index.html">Home</a></li><li><a href="index.html">IPS</a></li></ol></nav>'
      + '<nav class="pager"><a href="../../history/x/index.html" rel="prev">Prev</a><a href="../b/index.html" rel="next">Next</a></nav>'
      + '<p><a class="ref" href="../../sources/index.html#a">A source</a> <a href="#top">top</a> <a href="https://example.org/">out</a></p>'
      + '<p class="x" data-package-drop><a href="../../present/ips/index.html">Present</a></p><p data-package-drop><a href="../b/index.html">stays</a></p>';
    expect(pruneLinks(html, 'nb/ips/a/index.html', has)).toBe(
      '<nav><ol><li><a href="index.html">IPS</a></li></ol></nav>'
      + '<nav class="pager"><span></span><a href="../b/index.html" rel="next">Next</a></nav>'
      + '<p><span class="ref">A source</span> <a href="#top">top</a> <a href="https://example.org/">out</a></p>'
      + '<p data-package-drop><a href="../b/index.html">stays</a></p>');
  });

  it('resolves links relative to their page', () => {
    expect(linkTarget('../b/index.html#x', 'nb/ips/a/index.html')).toBe('nb/ips/b/index.html');
    expect(linkTarget('../', 'nb/ips/a/index.html')).toBe('nb/ips/index.html');
    expect(linkTarget('mailto:x@example.org', 'nb/index.html')).toBeUndefined();
  });
});
