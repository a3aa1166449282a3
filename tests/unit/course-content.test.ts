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

/** What the course promises a new job specialist: practice in every module, cases from module 3 on, a real final assessment. */
describe('the course as a whole', () => {
  const blocks = [...content.blocks].filter(([key]) => key.startsWith(`${defaultLang}/`));
  const modules = content.course!.modules;

  it('has blocks in every module, and a knowledge check in each', () => {
    for (const m of modules) {
      const list = content.blocks.get(`${defaultLang}/${m.id}`)?.blocks ?? [];
      expect(list.some((b) => b.type === 'choice'), m.id).toBe(true);
    }
  });

  it('has a branching scenario in every module from the third on, and at least eight in all', () => {
    for (const m of modules.slice(2)) {
      expect(content.blocks.get(`${defaultLang}/${m.id}`)?.blocks.some((b) => b.type === 'scenario'), m.id).toBe(true);
    }
    expect(blocks.flatMap(([, v]) => v.blocks).filter((b) => b.type === 'scenario').length).toBeGreaterThanOrEqual(8);
  });

  it('practises ordering, matching and reflection somewhere', () => {
    const types = new Set(blocks.flatMap(([, v]) => v.blocks.map((b) => b.type)));
    expect([...types].sort()).toEqual(['choice', 'matching', 'ordering', 'reflection', 'scenario']);
  });

  it('draws its final assessment from a pool of at least 30 questions that covers every module', () => {
    const pool = [...content.assessment].filter(([key]) => key.startsWith(`${defaultLang}/`));
    expect(pool.reduce((n, [, v]) => n + v.questions.length, 0)).toBeGreaterThanOrEqual(30);
    expect(pool.map(([key]) => key.split('/')[1]).sort()).toEqual(modules.map((m) => m.id).sort());
    expect(content.course!.finalAssessment.drawn).toBe(15);
  });

  // Issue 12 added lessons (ethics and law, NAV and the health services), so a module may now run to 35 minutes.
  it('keeps every module between 10 and 35 minutes, matching the sum of its lessons', () => {
    for (const m of modules) {
      const sum = content.lessons.filter((l) => l.lang === defaultLang && l.moduleId === m.id).reduce((n, l) => n + l.frontmatter.minutes, 0);
      expect([m.id, m.minutes]).toEqual([m.id, sum]);
      expect(m.minutes).toBeGreaterThanOrEqual(10);
      expect(m.minutes).toBeLessThanOrEqual(35);
    }
  });
});
