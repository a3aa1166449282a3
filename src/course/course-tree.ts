/**
 * The course as one typed tree: modules and lessons in reading order, with
 * each language's texts, built from what content/read-content.ts read and
 * the content check passed. The site loads it through course.ts (cached);
 * scripts and tests call loadCourseTree directly.
 */
import { languages, type Lang } from '../i18n/languages.ts';
import { ContentError } from '../content/content-problem.ts';
import { checkContent } from '../content/check-content.ts';
import { readContent } from '../content/read-content.ts';
import type { Course, GlossaryEntry, LessonFrontmatter, ModuleText, Source } from '../content/schemas.ts';
import type { AssessmentQuestion, Block, BlockType } from '../content/block-schemas.ts';
import type { Diagram } from '../content/diagram-schemas.ts';
import { findBlockIds } from '../content/block-ids.ts';
import { findDiscussions, type Discussion } from '../content/trainer-markup.ts';
import { contentDir as defaultContentDir } from '../content/content-dir.ts';

export interface LessonNode {
  /** Stable tracking key "<module>/<lesson>", the same in every language. */
  key: string;
  id: string;
  moduleId: string;
  /** Position in the module, from 0. */
  index: number;
  text: Record<Lang, LessonFrontmatter>;
  /** Questions for the room that trainer mode shows and the facilitator guide lists. */
  discussions: Record<Lang, Discussion[]>;
}

export interface ModuleNode {
  id: string;
  minutes: number;
  /** Position in the course, from 0. */
  index: number;
  text: Record<Lang, ModuleText>;
  lessons: LessonNode[];
}

/** An interactive block: a trackable thing with a stable id. */
export interface BlockNode {
  id: string;
  type: BlockType;
  moduleId: string;
  /** Key of the lesson that places it. */
  lessonKey: string;
  text: Record<Lang, Block>;
}

export interface AssessmentNode {
  /** Questions drawn per attempt. */
  drawn: number;
  questions: { id: string; module: string; text: Record<Lang, AssessmentQuestion> }[];
}

export interface CourseTree {
  id: string;
  masteryScore: number;
  modules: ModuleNode[];
  /** Every block in course order (the order the nb lessons place them). */
  blocks: BlockNode[];
  assessment: AssessmentNode;
  sources: Source[];
  glossary: Record<Lang, GlossaryEntry[]>;
  /** Diagrams by id; every word is checked to exist in every language. */
  diagrams: Map<string, Diagram>;
}

/** Reads and checks `content/`; throws a ContentError listing every problem. */
export function loadCourseTree(projectRoot: string, contentDir = defaultContentDir): CourseTree {
  const { content, problems } = readContent(projectRoot, contentDir);
  problems.push(...checkContent(content, contentDir));
  if (problems.length > 0) throw new ContentError(problems);
  const course = content.course as Course;

  const lessonBody = (lang: Lang, moduleId: string, lessonId: string) =>
    content.lessons.find((l) => l.lang === lang && l.moduleId === moduleId && l.lessonId === lessonId)!.body;
  const modules = course.modules.map((m, index): ModuleNode => ({
    id: m.id,
    minutes: m.minutes,
    index,
    text: perLang((lang) => content.modules.get(`${lang}/${m.id}`)!.text),
    lessons: m.lessons.map((id, i) => ({
      key: `${m.id}/${id}`,
      id,
      moduleId: m.id,
      index: i,
      text: perLang((lang) => content.lessons.find((l) => l.lang === lang && l.moduleId === m.id && l.lessonId === id)!.frontmatter),
      discussions: perLang((lang) => findDiscussions(lessonBody(lang, m.id, id))),
    })),
  }));
  const blocks = modules.flatMap((m) => m.lessons.flatMap((l) => findBlockIds(lessonBody('nb', m.id, l.id))
    .filter((id) => content.blocks.get(`nb/${m.id}`)?.blocks.some((b) => b.id === id))
    .map((id): BlockNode => {
      const text = perLang((lang) => content.blocks.get(`${lang}/${m.id}`)!.blocks.find((b) => b.id === id)!);
      return { id, type: text.nb.type, moduleId: m.id, lessonKey: l.key, text };
    })));
  const assessment: AssessmentNode = {
    drawn: course.finalAssessment.drawn,
    questions: modules.flatMap((m) => (content.assessment.get(`nb/${m.id}`)?.questions ?? []).map((q, i) => ({
      id: q.id, module: m.id, text: perLang((lang) => content.assessment.get(`${lang}/${m.id}`)!.questions[i]),
    }))),
  };
  return {
    id: course.id,
    masteryScore: course.masteryScore,
    modules,
    blocks,
    assessment,
    sources: content.sources!,
    glossary: perLang((lang) => content.glossary[lang]!),
    diagrams: new Map([...content.diagrams].map(([id, { diagram }]) => [id, diagram])),
  };
}

function perLang<T>(pick: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(languages.map((lang) => [lang, pick(lang)])) as Record<Lang, T>;
}

/** All lessons in course order, for previous/next links. */
export function lessonSequence(tree: CourseTree): LessonNode[] {
  return tree.modules.flatMap((m) => m.lessons);
}
