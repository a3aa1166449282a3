/**
 * The real course in `content/`: it passes every content check, and the sv and en
 * lessons are true siblings of nb (same sources, length and shape), so no language
 * silently drops a section or a callout.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { formatProblem } from '../../src/content/content-problem.ts';
import { readContent, type LessonFile } from '../../src/content/read-content.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

const { content, problems } = readContent(process.cwd(), 'content');
const all = [...problems, ...checkContent(content, 'content')].map(formatProblem);

/** The parts of a lesson that must match across languages. */
function shape(lesson: LessonFile) {
  return {
    minutes: lesson.frontmatter.minutes,
    sources: lesson.frontmatter.sources,
    sections: lesson.body.match(/^## /gm)?.length ?? 0,
    callouts: [...lesson.body.matchAll(/<Callout kind="(\w+)"/g)].map((m) => m[1]),
  };
}

describe('the course content', () => {
  it('passes every content check', () => {
    expect(all).toEqual([]);
  });

  const reference = content.lessons.filter((l) => l.lang === defaultLang);
  for (const lang of languages.filter((l) => l !== defaultLang)) {
    it(`has ${lang} lessons shaped like the ${defaultLang} ones`, () => {
      expect(reference.length).toBeGreaterThan(0);
      for (const ref of reference) {
        const sibling = content.lessons.find((l) => l.lang === lang && l.moduleId === ref.moduleId && l.lessonId === ref.lessonId);
        expect(sibling, `${ref.moduleId}/${ref.lessonId} in ${lang}`).toBeDefined();
        expect(shape(sibling!), sibling!.file).toEqual(shape(ref));
      }
    });

    it(`has ${lang} module texts with as many objectives and key points as ${defaultLang}`, () => {
      for (const [key, { text }] of content.modules) {
        if (!key.startsWith(`${defaultLang}/`)) continue;
        const other = content.modules.get(key.replace(`${defaultLang}/`, `${lang}/`));
        expect(other, key).toBeDefined();
        expect([other!.text.objectives.length, other!.text.keyPoints.length]).toEqual([text.objectives.length, text.keyPoints.length]);
      }
    });
  }
});
