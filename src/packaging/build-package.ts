/**
 * One SCORM package: the built site (every language, so the language switch
 * keeps working inside the LMS), the manifest and the schema files, zipped
 * with a fixed date so the same build gives byte-identical zips.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { CourseTree } from '../course/course-tree.ts';
import type { Lang } from '../i18n/languages.ts';
import { strings } from '../i18n/strings.ts';
import { manifest12, manifest2004, METADATA_12, metadata12, schemaFiles } from './manifest.ts';
import { schemaDir, validateManifest } from './validate-manifest.ts';
import { pptxInPackage } from '../present/pptx-name.ts';

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

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.map'))
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

export function packageName(course: CourseTree, spec: PackageSpec): string {
  return `${course.id}-${spec.lang}${spec.moduleId ? `-${spec.moduleId}` : ''}-scorm${spec.version === '2004' ? '2004' : '12'}.zip`;
}

export async function buildPackage(course: CourseTree, siteDir: string, spec: PackageSpec): Promise<BuiltPackage> {
  const module = spec.moduleId ? course.modules.find((m) => m.id === spec.moduleId) : undefined;
  if (spec.moduleId && !module) throw new Error(`No module "${spec.moduleId}" in the course.`);
  const site = siteFiles(siteDir).filter((f) => pptxInPackage(f, spec.lang, spec.moduleId));
  const schemas = [...schemaFiles[spec.version]];
  const launch = `${spec.lang}/scorm/${module ? `${module.id}/` : ''}index.html`;
  if (!site.includes(launch)) throw new Error(`The launch page ${launch} is missing from ${siteDir}: build the site first (npm run build).`);
  const siteTitle = strings[spec.lang].siteTitle;
  const input = {
    identifier: packageName(course, spec).replace(/\.zip$/, ''),
    lang: spec.lang,
    title: module ? `${module.text[spec.lang].title} – ${siteTitle}` : siteTitle,
    description: module ? module.text[spec.lang].summary : strings[spec.lang].homeIntro,
    masteryScore: course.masteryScore,
    launch,
    files: [...schemas, ...(spec.version === '1.2' ? [METADATA_12] : []), ...site],
  };
  const manifest = spec.version === '2004' ? manifest2004(input) : manifest12(input);
  const errors = await validateManifest(manifest, spec.version);
  if (errors.length) throw new Error(`The generated manifest for ${input.identifier} is not valid:\n  ${errors.join('\n  ')}`);

  const zip: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime: FIXED_DATE }] };
  if (spec.version === '1.2') zip[METADATA_12] = [new TextEncoder().encode(metadata12(input)), { mtime: FIXED_DATE }];
  for (const f of schemas) zip[f] = [readFileSync(join(schemaDir(spec.version), f)), { mtime: FIXED_DATE }];
  for (const f of site) zip[f] = [readFileSync(join(siteDir, f)), { mtime: FIXED_DATE, level: /\.(png|jpe?g|webp|woff2?)$/.test(f) ? 0 : 9 }];
  return { name: packageName(course, spec), bytes: zipSync(zip), files: Object.keys(zip).length, manifest };
}
