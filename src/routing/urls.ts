/**
 * Every internal link, written root-absolute here and made relative to each
 * page after the build (scripts/relativize.ts), so the site works from any path.
 */
import type { Lang } from '../i18n/languages.ts';

export const urls = {
  home: (lang: Lang) => `/${lang}/`,
  module: (lang: Lang, moduleId: string) => `/${lang}/${moduleId}/`,
  lesson: (lang: Lang, moduleId: string, lessonId: string) => `/${lang}/${moduleId}/${lessonId}/`,
  glossary: (lang: Lang, termId?: string) => `/${lang}/glossary/${termId ? `#${termId}` : ''}`,
  sources: (lang: Lang, sourceId?: string) => `/${lang}/sources/${sourceId ? `#${sourceId}` : ''}`,
  asset: (path: string) => `/${path.replace(/^\//, '')}`,
};

/** Reserved page names that a module id may not take. */
export const reservedSegments = ['glossary', 'sources', '_astro'];
