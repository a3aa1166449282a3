/**
 * Which files of the built site a package holds. The page addresses of
 * src/routing/urls.ts say which pages belong to which module, so the build
 * needs no module-mode variant: the packager picks files and prunes the links
 * that would lead out of the package (prune-links.ts).
 *
 * - Full course: every page of every language (the language switch keeps
 *   working inside the LMS) except the trainer pages, and only its own launch
 *   page. Trainer pages and PowerPoint decks are in the module packages
 *   (pages) and the release downloads (decks): all nine per language would
 *   add about 0.55 MB to a package that must stay under 1.6 MB.
 * - Module: the module's page, its lessons (with their blocks) and its trainer
 *   page in all three languages, the glossary and the accessibility statement
 *   (small, and every lesson links to them), the shared scripts, styles and
 *   icon, and its launch page. Not the course home, the other modules, the
 *   final assessment (a module package is scored on its own graded blocks) or
 *   the sources page (each lesson lists its sources in full).
 */
import type { Lang } from '../i18n/languages.ts';
import { languages } from '../i18n/languages.ts';
import { urls } from '../routing/urls.ts';

export interface Scope {
  lang: Lang;
  /** A module id for a module package; undefined for the whole course. */
  moduleId?: string;
}

/** "/nb/ips/" -> "nb/ips/": a site path as a prefix of built file names. */
const prefix = (path: string) => path.replace(/^\//, '');

/** The launch page of a package, relative to the package root. */
export function launchPage(scope: Scope): string {
  return `${scope.lang}/scorm/${scope.moduleId ? `${scope.moduleId}/` : ''}index.html`;
}

/** Whether a file of the built site (relative, e.g. "nb/ips/fidelity/index.html") belongs in the package. */
export function inScope(file: string, scope: Scope): boolean {
  if (file.endsWith('.map') || file.endsWith('.pptx')) return false;
  // "present" and "scorm" are reserved page names (urls.ts), so no module id can take them.
  const [first, section] = file.split('/');
  const inLanguage = (languages as readonly string[]).includes(first);
  if (inLanguage && section === 'scorm') return file === launchPage(scope);
  if (!scope.moduleId) return !(inLanguage && section === 'present');
  const m = scope.moduleId;
  if (first === '_astro' || file === 'favicon.svg') return true;
  return languages.some((l) => [urls.module(l, m), urls.present(l, m), urls.glossary(l), urls.accessibility(l)].some((p) => file.startsWith(prefix(p))));
}
