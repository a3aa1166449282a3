/**
 * The standard SCORM API discovery: look for the API object on this window and
 * up its parents, then on the opener and up its parents, a bounded number of
 * levels each. SCORM 2004's `API_1484_11` wins over SCORM 1.2's `API` at the
 * same level. Frames from another origin are skipped, never thrown through.
 */
import type { ScormVersion } from './scorm-versions.ts';

/** The methods both API versions share under different names. */
export interface RawApi {
  [method: string]: unknown;
}
export interface FoundApi { version: ScormVersion; api: RawApi }

const MAX_DEPTH = 7;

function apiOn(win: Window): FoundApi | undefined {
  try {
    const w = win as unknown as { API_1484_11?: RawApi; API?: RawApi };
    if (w.API_1484_11 && typeof w.API_1484_11 === 'object') return { version: '2004', api: w.API_1484_11 };
    if (w.API && typeof w.API === 'object') return { version: '1.2', api: w.API };
  } catch {
    // Cross-origin frame: not ours to read.
  }
  return undefined;
}

function searchUp(start: Window): FoundApi | undefined {
  let win: Window = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const found = apiOn(win);
    if (found) return found;
    let parent: Window | null = null;
    try { parent = win.parent; } catch { parent = null; }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

export function findLmsApi(start: Window = window): FoundApi | undefined {
  const found = searchUp(start);
  if (found) return found;
  let opener: Window | null = null;
  try { opener = start.top?.opener ?? start.opener; } catch { opener = null; }
  return opener ? searchUp(opener) : undefined;
}
