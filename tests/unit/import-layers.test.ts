/**
 * The folders of `src/` form layers, and imports only run down them:
 *
 *   i18n, styles, server (leaves) → routing → content → course, diagrams, glossary → progress
 *     → tracking → islands, present, settings → packaging → build → components, preview → pages → bench
 *
 * i18n (languages and UI strings), styles and server (the small static server)
 * import nothing of ours; routing only knows the languages. content reads and
 * checks files, course builds the tree and the index, progress holds the pure
 * state, codec, scoring and the backend interface, tracking the backends behind
 * it (browser, SCORM, launcher) and the page's one store. islands, present
 * (trainer slides) and packaging (SCORM zips) each use what lies below; build
 * (Astro integrations, URL rewriting) may use them all, components place
 * islands and slides, preview serves the LMS preview, pages put it together,
 * and bench measures everything. `virtual:course-index` belongs to course.
 *
 * A file that imports upward, or two folders that import each other, fail
 * here: that is how a back-and-forth like the old progress ↔ tracking pair
 * would come back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const layers: string[][] = [
  ['i18n', 'styles', 'server', 'accessibility'],
  ['routing'],
  ['content'],
  ['course', 'diagrams', 'glossary'],
  ['progress'],
  ['tracking'],
  ['islands', 'present', 'settings'],
  // A package carries its module's PowerPoint deck, so packaging sits above present.
  ['packaging'],
  ['build'],
  ['components', 'preview'],
  ['pages'],
  ['bench'],
];
const rank = new Map(layers.flatMap((names, i) => names.map((n) => [n, i] as const)));
/** Files at the root of src/: Astro's content config sits with the pages; `.d.ts` files declare, they do not import. */
const rootFiles = 'pages';
const virtualModules: Record<string, string> = { 'virtual:course-index': 'course' };

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|astro|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const folderOf = (file: string) => {
  const parts = relative('src', file).split(/[\\/]/);
  return parts.length > 1 ? parts[0] : rootFiles;
};

/** Every import of one src folder into another: [from file, from folder, to folder]. */
function crossFolderImports(): [string, string, string][] {
  const edges: [string, string, string][] = [];
  for (const file of sourceFiles('src')) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      let to: string | undefined = virtualModules[spec];
      if (!to && spec.startsWith('.')) {
        const target = normalize(join(dirname(file), spec));
        if (target.startsWith(`src${'/'}`) || target.startsWith('src\\')) to = folderOf(target);
      }
      const from = folderOf(file);
      if (to && to !== from) edges.push([relative('.', file), from, to]);
    }
  }
  return edges;
}

describe('import layers of src/', () => {
  const edges = crossFolderImports();

  it('reads the imports it checks', () => {
    // A broken pattern would find nothing and pass everything.
    expect(edges.some(([, from, to]) => from === 'tracking' && to === 'progress')).toBe(true);
    expect(edges.some(([, from, to]) => from === 'pages' && to === 'components')).toBe(true);
  });

  it('places every folder of src/ in a layer', () => {
    const folders = readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !rank.has(f))).toEqual([]);
  });

  it('has no two folders that import each other', () => {
    const pairs = new Set(edges.map(([, from, to]) => `${from} → ${to}`));
    const both = [...pairs].filter((p) => pairs.has(p.split(' → ').reverse().join(' → ')));
    expect(both).toEqual([]);
  });

  it('has no file that imports a folder above its own', () => {
    const upward = edges.filter(([, from, to]) => rank.get(to)! >= rank.get(from)!).map(([file, , to]) => `${file} imports ${to}/`);
    expect(upward).toEqual([]);
  });
});
