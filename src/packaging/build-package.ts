/**
 * One SCORM package: the files of the built site its scope holds
 * (package-scope.ts), each page's links kept inside the package
 * (prune-links.ts), the manifest and the schema files, zipped with a fixed
 * date so the same build gives byte-identical zips.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CourseTree } from '../course/course-tree.ts';
import type { Lang } from '../i18n/languages.ts';
import { strings } from '../i18n/strings.ts';
import { manifest12, manifest2004, METADATA_FILE, metadata12, metadata2004, schemaFiles, type ManifestInput } from './manifest.ts';
import { schemaDir, validateManifests } from './validate-manifest.ts';
import { inScope, launchPage } from './package-scope.ts';
import { linkTarget, pruneLinks } from './prune-links.ts';
import { externalizeScripts, findSharedScripts, sharedScriptFile } from './shared-scripts.ts';
import { zipArchive, zipEntry, type ZipEntry } from './zip.ts';

export type PackageVersion = '1.2' | '2004';

export interface PackageSpec {
  lang: Lang;
  version: PackageVersion;
  /** A module id for a module package; undefined for the whole course. */
  moduleId?: string;
}

export interface BuiltPackage {
  name: string;
  bytes: Uint8Array;
  files: number;
  manifest: string;
}

export function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.map'))
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * The built site, read once for all packages: each file is read and
 * compressed once, and a page whose links had to be pruned once per distinct
 * result, so 60 packages cost little more than the bytes they share.
 */
export class PackageSource {
  readonly dir: string;
  /** The site's files and the shared scripts taken out of its pages (shared-scripts.ts). */
  readonly files: string[];
  private readonly bytes = new Map<string, Buffer>();
  private readonly entries = new Map<string, ZipEntry>();
  private readonly shared: Map<string, string>;

  constructor(dir: string) {
    this.dir = dir;
    const site = siteFiles(dir);
    this.shared = findSharedScripts(site.filter((f) => f.endsWith('.html')).map((f) => this.read(f).toString('utf8')));
    for (const [text, file] of this.shared) this.bytes.set(file, Buffer.from(sharedScriptFile(text)));
    this.files = [...site, ...this.shared.values()].sort();
  }

  read(file: string): Buffer {
    let b = this.bytes.get(file);
    if (!b) this.bytes.set(file, (b = readFileSync(join(this.dir, file))));
    return b;
  }

  /** The zip entry of a file as the package holds it (`has` says which files the package holds). */
  entry(file: string, has: (file: string) => boolean): ZipEntry {
    if (!file.endsWith('.html')) return this.cached(file, () => this.read(file));
    // A page's pruned form depends only on which of its link targets the package holds.
    const held = this.targets(file).map((t) => (has(t) ? '1' : '0')).join('');
    return this.cached(`${file}\u0000${held}`, () => {
      const text = this.read(file).toString('utf8');
      return Buffer.from(pruneLinks(externalizeScripts(text, file, this.shared), file, has));
    }, file);
  }

  private readonly linkTargets = new Map<string, string[]>();
  private targets(file: string): string[] {
    let t = this.linkTargets.get(file);
    if (!t) {
      const hrefs = [...this.read(file).toString('utf8').matchAll(/\shref=(["'])([^"']*)\1/g)].map((m) => linkTarget(m[2].replace(/&amp;/g, '&'), file));
      this.linkTargets.set(file, (t = [...new Set(hrefs.filter((h): h is string => h !== undefined))].sort()));
    }
    return t;
  }

  private cached(key: string, bytes: () => Buffer, name = key): ZipEntry {
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = zipEntry(name, bytes())));
    return e;
  }
}

const schemaEntries = new Map<string, ZipEntry>();
function schemaEntry(version: PackageVersion, file: string): ZipEntry {
  const key = `${version}/${file}`;
  let e = schemaEntries.get(key);
  if (!e) schemaEntries.set(key, (e = zipEntry(file, readFileSync(join(schemaDir(version), file)))));
  return e;
}

export function packageName(course: CourseTree, spec: PackageSpec): string {
  return `${course.id}-${spec.lang}${spec.moduleId ? `-${spec.moduleId}` : ''}-scorm${spec.version === '2004' ? '2004' : '12'}.zip`;
}

/** One package; for many, buildPackages validates their manifests in one run. */
export async function buildPackage(course: CourseTree, site: PackageSource | string, spec: PackageSpec): Promise<BuiltPackage> {
  return (await buildPackages(course, site, [spec]))[0];
}

interface Planned { spec: PackageSpec; input: ManifestInput; manifest: string; files: string[] }

function plan(course: CourseTree, source: PackageSource, spec: PackageSpec): Planned {
  const module = spec.moduleId ? course.modules.find((m) => m.id === spec.moduleId) : undefined;
  if (spec.moduleId && !module) throw new Error(`No module "${spec.moduleId}" in the course.`);
  const files = source.files.filter((f) => inScope(f, spec));
  const launch = launchPage(spec);
  if (!files.includes(launch)) throw new Error(`The launch page ${launch} is missing from ${source.dir}: build the site first (npm run build).`);
  const siteTitle = strings[spec.lang].siteTitle;
  const input: ManifestInput = {
    identifier: packageName(course, spec).replace(/\.zip$/, ''),
    lang: spec.lang,
    title: module ? `${module.text[spec.lang].title} – ${siteTitle}` : siteTitle,
    description: module ? module.text[spec.lang].summary : strings[spec.lang].homeIntro,
    masteryScore: course.masteryScore,
    launch,
    files: [...schemaFiles[spec.version], METADATA_FILE, ...files],
  };
  return { spec, input, manifest: spec.version === '2004' ? manifest2004(input) : manifest12(input), files };
}

export async function buildPackages(course: CourseTree, site: PackageSource | string, specs: PackageSpec[]): Promise<BuiltPackage[]> {
  const source = typeof site === 'string' ? new PackageSource(site) : site;
  const planned = specs.map((spec) => plan(course, source, spec));
  for (const version of ['1.2', '2004'] as const) {
    const these = planned.filter((p) => p.spec.version === version);
    const errors = await validateManifests(these.map((p) => p.manifest), version);
    const bad = these.map((p, i) => [p.input.identifier, errors[i]] as const).filter(([, e]) => e.length > 0);
    if (bad.length) throw new Error(`Generated manifests are not valid:\n${bad.map(([id, e]) => `  ${id}:\n    ${e.join('\n    ')}`).join('\n')}`);
  }
  return planned.map(({ spec, input, manifest, files }) => {
    const held = new Set(files);
    const has = (f: string) => held.has(f);
    const entries = [
      zipEntry('imsmanifest.xml', Buffer.from(manifest)),
      zipEntry(METADATA_FILE, Buffer.from(spec.version === '2004' ? metadata2004(input) : metadata12(input))),
      ...schemaFiles[spec.version].map((f) => schemaEntry(spec.version, f)),
      ...files.map((f) => source.entry(f, has)),
    ];
    return { name: packageName(course, spec), bytes: zipArchive(entries), files: entries.length, manifest };
  });
}
