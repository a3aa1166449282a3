/**
 * Where a module's PowerPoint export lives in the built site: next to its presentation page.
 * SCORM packages carry no decks (src/packaging/package-scope.ts); the release attaches them.
 */
import type { Lang } from '../i18n/languages.ts';

export const pptxFile = (moduleId: string, lang: Lang) => `se-ips-${moduleId}-${lang}.pptx`;
/** The file's path inside the site, without a leading slash. */
export const pptxPath = (moduleId: string, lang: Lang) => `${lang}/present/${moduleId}/${pptxFile(moduleId, lang)}`;
