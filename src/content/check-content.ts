/**
 * Rules that span files: ids that must match across languages, references
 * that must resolve, lessons that must exist in every language.
 */
import { languages } from '../i18n/languages.ts';
import type { ContentProblem } from './content-problem.ts';
import type { RawContent } from './read-content.ts';
import { findBlockIds } from './block-ids.ts';
import { checkAssessment, checkBlocks } from './check-blocks.ts';
import { checkDiagrams } from './check-diagrams.ts';
import { reservedSegments } from '../routing/urls.ts';
import { hasSlides, lessonSections, slideProblems, trainerMarkupProblems, trainerTagCounts } from './trainer-markup.ts';
import { checkTerminology } from './check-terminology.ts';

export function checkContent(raw: RawContent, contentDir = 'content'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { course, sources } = raw;
  const courseFile = `${contentDir}/course.yaml`;

  if (sources) {
    duplicates(sources.map((s) => s.id)).forEach((id) =>
      problems.push({ file: `${contentDir}/sources.yaml`, field: 'id', message: `id "${id}" is used more than once`, hint: 'Give each source its own id.' }));
  }
  const sourceIds = new Set(sources?.map((s) => s.id));

  if (course) {
    duplicates(course.modules.map((m) => m.id)).forEach((id) =>
      problems.push({ file: courseFile, field: 'modules', message: `module id "${id}" is used more than once`, hint: 'Each module needs its own id.' }));
    course.modules.forEach((m, i) => duplicates(m.lessons).forEach((id) =>
      problems.push({ file: courseFile, field: `modules.${i}.lessons`, message: `lesson id "${id}" is listed more than once in module "${m.id}"`, hint: 'List each lesson once.' })));

    course.modules.forEach((m, i) => {
      if (reservedSegments.includes(m.id)) problems.push({ file: courseFile, field: `modules.${i}.id`, message: `"${m.id}" is reserved for a page of its own`, hint: `Choose another module id; ${reservedSegments.join(', ')} are taken.` });
    });
    const known = new Map(course.modules.map((m) => [m.id, new Set(m.lessons)]));
    for (const lang of languages) {
      for (const m of course.modules) {
        if (!raw.files.includes(`${contentDir}/modules/${lang}/${m.id}.yaml`)) {
          problems.push({ file: `${contentDir}/modules/${lang}/${m.id}.yaml`, message: `is missing: module "${m.id}" has no texts in "${lang}"`, hint: 'Copy the file from another language and translate title, summary, objectives and key points.' });
        }
        for (const lessonId of m.lessons) {
          if (!raw.files.includes(`${contentDir}/lessons/${lang}/${m.id}/${lessonId}.mdx`)) {
            problems.push({ file: `${contentDir}/lessons/${lang}/${m.id}/${lessonId}.mdx`, message: `is missing: lesson "${m.id}/${lessonId}" is listed in ${courseFile} but has no "${lang}" version`, hint: 'Every lesson must exist in nb, sv and en with the same file name.' });
          }
        }
      }
    }
    for (const [key, { file }] of raw.modules) {
      const moduleId = key.split('/')[1];
      if (!known.has(moduleId)) problems.push({ file, message: `unknown module id "${moduleId}"`, hint: `Add "${moduleId}" to modules in ${courseFile}, or rename the file to a listed module id (${[...known.keys()].join(', ')}).` });
    }
    for (const lesson of raw.lessons) {
      const lessons = known.get(lesson.moduleId);
      if (!lessons) problems.push({ file: lesson.file, message: `unknown module id "${lesson.moduleId}" (the folder name)`, hint: `Move the lesson into a folder named after a module in ${courseFile} (${[...known.keys()].join(', ')}).` });
      else if (!lessons.has(lesson.lessonId)) problems.push({ file: lesson.file, message: `lesson "${lesson.lessonId}" is not listed in module "${lesson.moduleId}"`, hint: `Add "${lesson.lessonId}" to the lessons of "${lesson.moduleId}" in ${courseFile} where it belongs in the reading order.` });
    }
  }

  for (const lesson of raw.lessons) {
    lesson.frontmatter.sources.forEach((id, i) => {
      if (sources && !sourceIds.has(id)) problems.push({ file: lesson.file, field: `sources.${i}`, message: `unknown source id "${id}"`, hint: `Add it to ${contentDir}/sources.yaml or use an existing id.` });
    });
  }
  for (const file of raw.files) {
    if (!/\.(mdx|yaml)$/.test(file)) problems.push({ file, message: 'is not a content file', hint: 'Lessons are .mdx files; module texts, blocks and diagrams are .yaml files; remove or rename it.' });
  }

  problems.push(...checkGlossary(raw, contentDir), ...checkBlockIds(raw), ...checkBlocks(raw, contentDir), ...checkAssessment(raw, contentDir), ...checkTrainerMarkup(raw), ...checkTerminology(raw, contentDir), ...checkDiagrams(raw, contentDir));
  return problems;
}

function checkGlossary(raw: RawContent, contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const reference = raw.glossary.nb?.map((e) => e.id);
  for (const lang of languages) {
    const entries = raw.glossary[lang];
    if (!entries) continue;
    const file = `${contentDir}/glossary/${lang}.yaml`;
    duplicates(entries.map((e) => e.id)).forEach((id) => problems.push({ file, field: 'id', message: `term id "${id}" is used more than once`, hint: 'Give each term its own id.' }));
    if (reference && lang !== 'nb') {
      const ids = new Set(entries.map((e) => e.id));
      reference.filter((id) => !ids.has(id)).forEach((id) => problems.push({ file, message: `term "${id}" from the nb glossary is missing`, hint: 'Every glossary term exists in every language with the same id.' }));
      entries.filter((e) => !reference.includes(e.id)).forEach((e) => problems.push({ file, field: 'id', message: `term id "${e.id}" is not in the nb glossary`, hint: 'Add it to content/glossary/nb.yaml too, or fix the id.' }));
    }
  }
  return problems;
}

/** Interactive blocks carry ids shared by all languages, so progress means the same everywhere. */
function checkBlockIds(raw: RawContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, string>();
  const byLesson = new Map<string, Map<string, string[]>>();
  for (const lesson of raw.lessons) {
    const ids = findBlockIds(lesson.body);
    for (const id of ids) {
      const key = `${lesson.moduleId}/${lesson.lessonId}`;
      const previous = owner.get(`${lesson.lang}:${id}`);
      if (previous && previous !== key) problems.push({ file: lesson.file, message: `block id "${id}" is already used in lesson "${previous}"`, hint: 'Block ids must be unique in the whole course.' });
      owner.set(`${lesson.lang}:${id}`, key);
    }
    const key = `${lesson.moduleId}/${lesson.lessonId}`;
    if (!byLesson.has(key)) byLesson.set(key, new Map());
    byLesson.get(key)!.set(lesson.lang, ids);
  }
  for (const lesson of raw.lessons) {
    if (lesson.lang === 'nb') continue;
    const nb = byLesson.get(`${lesson.moduleId}/${lesson.lessonId}`)?.get('nb');
    if (!nb) continue;
    const ids = byLesson.get(`${lesson.moduleId}/${lesson.lessonId}`)!.get(lesson.lang)!;
    if (nb.join(',') !== ids.join(',')) {
      problems.push({ file: lesson.file, message: `block ids [${ids.join(', ')}] differ from the nb lesson's [${nb.join(', ')}]`, hint: 'Use the same blocks with the same ids, in the same order, in every language.' });
    }
  }
  return problems;
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Trainer tags are well formed, and every language has as many of each as nb, so decks line up. */
function checkTrainerMarkup(raw: RawContent): ContentProblem[] {
  const problems = raw.lessons.flatMap((l) => trainerMarkupProblems(l.file, l.body));
  for (const lesson of raw.lessons.filter((l) => l.lang !== 'nb')) {
    const nb = raw.lessons.find((l) => l.lang === 'nb' && l.moduleId === lesson.moduleId && l.lessonId === lesson.lessonId);
    if (!nb) continue;
    const mine = trainerTagCounts(lesson.body), theirs = trainerTagCounts(nb.body);
    for (const tag of Object.keys(mine) as (keyof typeof mine)[]) {
      if (mine[tag] !== theirs[tag]) problems.push({ file: lesson.file, message: `has ${mine[tag]} <${tag}> where nb has ${theirs[tag]}`, hint: `Translate nb's trainer markup too: the same <${tag}> in the same places, so the slides match in every language.` });
    }
  }
  return [...problems, ...checkSlides(raw)];
}

/**
 * Slide texts: each slide within the limits; and once any nb lesson of a module
 * has a `<Slide>`, every section of every lesson of that module needs one in
 * every language, with as many slides and points as nb. A module without any
 * keeps its prose slides until its writers get to it.
 */
function checkSlides(raw: RawContent): ContentProblem[] {
  const problems = raw.lessons.flatMap((l) => slideProblems(l.file, l.body));
  const ready = new Set(raw.lessons.filter((l) => l.lang === 'nb' && hasSlides(l.body)).map((l) => l.moduleId));
  for (const lesson of raw.lessons.filter((l) => ready.has(l.moduleId))) {
    const { sections } = lessonSections(lesson.body);
    const nb = lesson.lang === 'nb' ? undefined : raw.lessons.find((l) => l.lang === 'nb' && l.moduleId === lesson.moduleId && l.lessonId === lesson.lessonId);
    const reference = nb && lessonSections(nb.body).sections;
    sections.forEach((section, i) => {
      const where = `section "${section.heading}"`;
      if (!section.slides.length) {
        problems.push({ file: lesson.file, message: `${where} has no slide version`, hint: `Module "${lesson.moduleId}" has slide texts: after the heading, write <Slide> with one to three short points as a list, then </Slide> (or <Slide diagram /> if its slide is the section's diagram).` });
        return;
      }
      const theirs = reference?.[i];
      if (!theirs?.slides.length) return;
      if (section.slides.length !== theirs.slides.length) {
        problems.push({ file: lesson.file, message: `${where} has ${section.slides.length} <Slide> where nb ("${theirs.heading}") has ${theirs.slides.length}`, hint: 'Translate the nb slides one to one, so the decks match in every language.' });
        return;
      }
      section.slides.forEach((s, n) => {
        const other = theirs.slides[n];
        const what = (x: typeof s) => (x.diagram ? 'a diagram' : `${x.points.length} point${x.points.length === 1 ? '' : 's'}`);
        if (s.diagram !== other.diagram || s.points.length !== other.points.length) problems.push({ file: lesson.file, message: `${where}, slide ${n + 1}: ${what(s)} where nb has ${what(other)}`, hint: 'Translate each nb point as one point, so the decks match in every language.' });
      });
    });
  }
  return problems;
}
