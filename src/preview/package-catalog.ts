/** The SCORM zips in dist/scorm/, read once each: name, language, version, scope, launch page and files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { languages } from '../i18n/languages.ts';
import type { ScormVersion } from '../tracking/scorm/scorm-versions.ts';

export interface CatalogEntry {
  name: string;
  lang: string;
  /** A module id, or "course". */
  scope: string;
  version: ScormVersion;
  launch: string;
  /** The pass mark the manifest gives the LMS, in percent, if it gives one. */
  masteryScore?: number;
}

const NAME = new RegExp(`^[a-z0-9-]+?-(${languages.join('|')})(?:-([a-z0-9-]+))?-scorm(12|2004)\\.zip$`);
const cache = new Map<string, { mtime: number; files: Record<string, Uint8Array>; launch: string; masteryScore?: number }>();

function open(dir: string, name: string) {
  const path = join(dir, name);
  const mtime = statSync(path).mtimeMs;
  const hit = cache.get(path);
  if (hit && hit.mtime === mtime) return hit;
  const files = unzipSync(readFileSync(path));
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const launch = /<resource[^>]*\shref="([^"]+)"/.exec(manifest)?.[1] ?? '';
  const mastery12 = /<adlcp:masteryscore>\s*([\d.]+)\s*</.exec(manifest)?.[1];
  const mastery2004 = /<imsss:minNormalizedMeasure>\s*([\d.]+)\s*</.exec(manifest)?.[1];
  const masteryScore = mastery12 !== undefined ? Number(mastery12) : mastery2004 !== undefined ? Math.round(Number(mastery2004) * 100) : undefined;
  const entry = { mtime, files, launch, ...(masteryScore !== undefined ? { masteryScore } : {}) };
  cache.set(path, entry);
  return entry;
}

export function catalog(dir: string): CatalogEntry[] {
  let names: string[] = [];
  try { names = readdirSync(dir); } catch { return []; }
  return names.flatMap((name) => {
    const m = NAME.exec(name);
    if (!m) return [];
    const { launch, masteryScore } = open(dir, name);
    return [{ name, lang: m[1], scope: m[2] ?? 'course', version: m[3] === '12' ? '1.2' : '2004', launch, ...(masteryScore !== undefined ? { masteryScore } : {}) } as CatalogEntry];
  });
}

/** A file inside a package, or undefined. */
export function packageFile(dir: string, name: string, path: string): Uint8Array | undefined {
  if (!NAME.test(name)) return undefined;
  try { return open(dir, name).files[path]; } catch { return undefined; }
}
