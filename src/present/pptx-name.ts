/** Where a module's PowerPoint export lives in the built site: next to its presentation page. */
import type { Lang } from '../i18n/languages.ts';

export const pptxFile = (moduleId: string, lang: Lang) => `se-ips-${moduleId}-${lang}.pptx`;
/** The file's path inside the site, without a leading slash. */
export const pptxPath = (moduleId: string, lang: Lang) => `${lang}/present/${moduleId}/${pptxFile(moduleId, lang)}`;

/**
 * Which PowerPoint files a SCORM package carries: a module package its module's
 * file in the package's language (110–210 KB); a full-course package none, as
 * nine files would add about 1.5 MB per language to a package that must stay
 * under 1.6 MB. The presentation page hides its download link where the file is missing.
 */
export function pptxInPackage(file: string, lang: Lang, moduleId?: string): boolean {
  if (!file.endsWith('.pptx')) return true;
  return moduleId !== undefined && file === pptxPath(moduleId, lang);
}
