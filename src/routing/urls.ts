/**
 * Every internal link, written root-absolute here and made relative to each
 * page after the build (scripts/relativize.ts), so the site works from any path.
 */
import { languages, type Lang } from '../i18n/languages.ts';

export const urls = {
  home: (lang: Lang) => `/${lang}/`,
  module: (lang: Lang, moduleId: string) => `/${lang}/${moduleId}/`,
  lesson: (lang: Lang, moduleId: string, lessonId: string) => `/${lang}/${moduleId}/${lessonId}/`,
  glossary: (lang: Lang, termId?: string) => `/${lang}/glossary/${termId ? `#${termId}` : ''}`,
  sources: (lang: Lang, sourceId?: string) => `/${lang}/sources/${sourceId ? `#${sourceId}` : ''}`,
  assessment: (lang: Lang) => `/${lang}/assessment/`,
  finish: (lang: Lang) => `/${lang}/finish/`,
  accessibility: (lang: Lang) => `/${lang}/accessibility/`,
  present: (lang: Lang, moduleId: string) => `/${lang}/present/${moduleId}/`,
  asset: (path: string) => `/${path.replace(/^\//, '')}`,
};

/** Reserved page names that a module id may not take. */
export const reservedSegments = ['glossary', 'sources', 'accessibility', 'assessment', 'finish', 'scorm', 'present', '_astro'];

/** This page's address in every language, for the language switch. */
export function alternatesFor(to: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(languages.map((l) => [l, to(l)])) as Record<Lang, string>;
}

/** Static paths for pages that exist once per language. */
export function perLanguagePaths() {
  return languages.map((lang) => ({ params: { lang } }));
}
