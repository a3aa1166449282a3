/**
 * The SCORM packages an organisation imports: manifests valid against the
 * official schemas (and the validator really catches a bad one), every file
 * named in the manifest is in the zip and every file in the zip is named,
 * no source maps, and the same build gives the same bytes.
 */
import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourseTree, type CourseTree } from '../../src/course/course-tree.ts';
import { buildPackage, buildPackages, PackageSource, type BuiltPackage } from '../../src/packaging/build-package.ts';
import { validateManifest } from '../../src/packaging/validate-manifest.ts';

const site = 'dist/site';
let course: CourseTree;
const built: Record<string, BuiltPackage> = {};

beforeAll(async () => {
  if (!existsSync(`${site}/nb/scorm/index.html`)) throw new Error('Build the site first: npm run build (npm test does).');
  course = loadCourseTree(process.cwd());
  [built['2004'], built['1.2'], built.module] = await buildPackages(course, new PackageSource(site), [
    { lang: 'nb', version: '2004' }, { lang: 'nb', version: '1.2' }, { lang: 'sv', version: '2004', moduleId: 'ips' },
  ]);
}, 60_000);

const namedFiles = (manifest: string) => [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe.each(['2004', '1.2', 'module'])('the %s package', (key) => {
  it('has a manifest that is valid against the ADL/IMS schemas', async () => {
    const p = built[key];
    expect(await validateManifest(p.manifest, key === '1.2' ? '1.2' : '2004')).toEqual([]);
  });

  it('names every file it holds, holds every file it names, and ships no source maps', () => {
    const p = built[key];
    const files = Object.keys(unzipSync(p.bytes)).filter((f) => !f.endsWith('/'));
    const named = namedFiles(p.manifest);
    expect(new Set(named).size).toBe(named.length);
    expect([...files].filter((f) => f !== 'imsmanifest.xml').sort()).toEqual([...named].sort());
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});

describe('manifests', () => {
  it('carry title, description, mastery score and launch page', () => {
    expect(built['2004'].manifest).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(built['2004'].manifest).toMatch(/adlcp:scormType="sco" href="nb\/scorm\/index.html"/);
    const meta2004 = new TextDecoder().decode(unzipSync(built['2004'].bytes)['course-metadata.xml']);
    expect(meta2004).toMatch(/<lom xmlns="http:\/\/ltsc.ieee.org\/xsd\/LOM">/);
    expect(meta2004).toContain('<string language="nb">');
    expect(built['1.2'].manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(built['1.2'].manifest).toMatch(/adlcp:scormtype="sco" href="nb\/scorm\/index.html"/);
    const meta = new TextDecoder().decode(unzipSync(built['1.2'].bytes)['course-metadata.xml']);
    expect(meta).toContain('<description>');
    expect(built.module.manifest).toMatch(/href="sv\/scorm\/ips\/index.html"/);
    expect(built.module.manifest).toContain(course.modules.find((m) => m.id === 'ips')!.text.sv.title);
  });

  // ADL's SCORM 2004 test rejected inline LOM whose namespace had no schema in the package ("required files at root").
  it.each(['2004', '1.2'] as const)('(%s) use only namespaces whose schema ships at the package root, metadata in a file of its own', (version) => {
    const p = built[version];
    const files = unzipSync(p.bytes);
    const locations = /xsi:schemaLocation="([^"]*)"/.exec(p.manifest)![1].trim().split(/\s+/);
    const mapped = new Map(locations.flatMap((x, i) => (i % 2 === 0 ? [[x, locations[i + 1]] as const] : [])));
    const used = new Set([...p.manifest.matchAll(/xmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]).filter((ns) => ns !== 'http://www.w3.org/2001/XMLSchema-instance'));
    for (const ns of used) {
      expect(mapped.get(ns), ns).toBeDefined();
      expect(Object.keys(files), ns).toContain(mapped.get(ns));
    }
    expect(p.manifest).not.toContain('<lom');
    expect(p.manifest).toContain('<adlcp:location>course-metadata.xml</adlcp:location>');
  });

  it('are rejected when an ADL extension is wrong, not only the core schema', async () => {
    const bogus = built['2004'].manifest.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect(await validateManifest(bogus, '2004')).not.toEqual([]);
    const bogus12 = built['1.2'].manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect(await validateManifest(bogus12, '1.2')).not.toEqual([]);
  });
});

it('the same build gives byte-identical packages', async () => {
  const again = await buildPackage(course, site, { lang: 'nb', version: '2004' });
  expect(Buffer.from(again.bytes).equals(Buffer.from(built['2004'].bytes))).toBe(true);
});
