/**
 * Reads the whole `content/` folder from disk into typed data, collecting a
 * problem for every file that is missing, unreadable or off-schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languages, type Lang } from '../i18n/languages.ts';
import type { ContentProblem } from './content-problem.ts';
import { parseYamlText, splitFrontmatter, validate, type Parsed } from './parse-files.ts';
import {
  courseSchema, glossarySchema, lessonSchema, moduleTextSchema, sourcesSchema, terminologySchema,
  type Course, type GlossaryEntry, type LessonFrontmatter, type ModuleText, type Source, type Terminology,
} from './schemas.ts';
import { assessmentFileSchema, blocksFileSchema, type AssessmentQuestion, type Block } from './block-schemas.ts';
import { diagramSchema, type Diagram } from './diagram-schemas.ts';

export interface LessonFile {
  file: string;
  lang: Lang;
  moduleId: string;
  lessonId: string;
  frontmatter: LessonFrontmatter;
  body: string;
}

export interface RawContent {
  course?: Course;
  sources?: Source[];
  terminology?: Terminology;
  glossary: Partial<Record<Lang, GlossaryEntry[]>>;
  /** Module texts keyed by `<lang>/<moduleId>`. */
  modules: Map<string, { file: string; text: ModuleText }>;
  lessons: LessonFile[];
  /** Interactive blocks keyed by `<lang>/<moduleId>`. */
  blocks: Map<string, { file: string; blocks: Block[] }>;
  /** Final assessment questions keyed by `<lang>/<moduleId>`. */
  assessment: Map<string, { file: string; questions: AssessmentQuestion[] }>;
  /** Diagrams keyed by id (the file name in `content/diagrams/`); one file holds every language. */
  diagrams: Map<string, { file: string; diagram: Diagram }>;
  /** Every `.mdx`/`.yaml` file found, for spotting strays. */
  files: string[];
  /** The raw text of every file a learner or trainer reads (lessons, module texts, blocks, assessment, glossary), for rules that need lines. */
  texts: { file: string; lang: Lang; text: string }[];
}

export function readContent(projectRoot: string, contentDir = 'content'): { content: RawContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const root = join(projectRoot, contentDir);
  const rel = (path: string) => relative(projectRoot, path).split('\\').join('/');
  const content: RawContent = { glossary: {}, modules: new Map(), lessons: [], blocks: new Map(), assessment: new Map(), diagrams: new Map(), files: [], texts: [] };

  function readData<T>(path: string, parse: (file: string, data: unknown) => Parsed<T>, what: string, lang?: Lang): T | undefined {
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, message: 'is missing', hint: `Create it: it holds ${what}.` });
      return undefined;
    }
    const text = readFileSync(path, 'utf8');
    if (lang) content.texts.push({ file, lang, text });
    const yaml = parseYamlText(file, text);
    const result = yaml.ok ? parse(file, yaml.value) : yaml;
    if (!result.ok) problems.push(...result.problems);
    return result.ok ? result.value : undefined;
  }

  content.course = readData(join(root, 'course.yaml'), (f, d) => validate(f, courseSchema, d), 'the module order, ids and minutes');
  content.sources = readData(join(root, 'sources.yaml'), (f, d) => validate(f, sourcesSchema, d), 'the list of cited sources');
  content.terminology = readData(join(root, 'terminology.yaml'), (f, d) => validate(f, terminologySchema, d), 'the terms this course uses and the variants it rejects, per language');

  // Optional: a course without diagrams has no folder.
  const diagramsDir = join(root, 'diagrams');
  for (const name of listFiles(diagramsDir)) {
    const file = rel(join(diagramsDir, name));
    content.files.push(file);
    if (!name.endsWith('.yaml')) continue;
    const diagram = readData(join(diagramsDir, name), (f, d) => validate(f, diagramSchema, d), 'a diagram');
    if (diagram) content.diagrams.set(name.slice(0, -5), { file, diagram });
  }

  for (const lang of languages) {
    content.glossary[lang] = readData(join(root, 'glossary', `${lang}.yaml`), (f, d) => validate(f, glossarySchema, d), `the glossary in "${lang}"`, lang);

    /** Reads `<folder>/<lang>/<module>.yaml` files; every file is recorded so strays are reported. */
    const perModule = <T>(folder: string, parse: (file: string, data: unknown) => Parsed<T>, what: string, keep: (key: string, file: string, value: T) => void) => {
      const dir = join(root, folder, lang);
      for (const name of listFiles(dir)) {
        const file = rel(join(dir, name));
        content.files.push(file);
        if (!name.endsWith('.yaml')) continue;
        const value = readData(join(dir, name), parse, what, lang);
        if (value) keep(`${lang}/${name.slice(0, -5)}`, file, value);
      }
    };
    perModule('modules', (f, d) => validate(f, moduleTextSchema, d), 'module texts', (key, file, text) => content.modules.set(key, { file, text }));
    perModule('blocks', (f, d) => validate(f, blocksFileSchema, d), 'interactive blocks', (key, file, blocks) => content.blocks.set(key, { file, blocks }));
    perModule('assessment', (f, d) => validate(f, assessmentFileSchema, d), 'final assessment questions', (key, file, questions) => content.assessment.set(key, { file, questions }));

    const lessonsDir = join(root, 'lessons', lang);
    for (const moduleId of listDirs(lessonsDir)) {
      for (const name of listFiles(join(lessonsDir, moduleId))) {
        const path = join(lessonsDir, moduleId, name);
        const file = rel(path);
        content.files.push(file);
        if (!name.endsWith('.mdx')) continue;
        const text = readFileSync(path, 'utf8');
        content.texts.push({ file, lang, text });
        const split = splitFrontmatter(file, text);
        const fm = split.ok ? validate(file, lessonSchema, split.value.data) : split;
        if (!fm.ok) { problems.push(...fm.problems); continue; }
        content.lessons.push({ file, lang, moduleId, lessonId: name.slice(0, -4), frontmatter: fm.value, body: split.ok ? split.value.body : '' });
      }
    }
  }
  return { content, problems };
}

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort() : [];
}
function listDirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
}
